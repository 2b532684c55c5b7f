/**
 * The only component that touches Monaco (lazy-loaded). A thin wrapper around
 * `monaco.editor.create`: one model at file:///pod.yaml (the schema's fileMatch), engine
 * diagnostics as markers (owner 'podlife'), and decorations for the selected cause.
 */
import { useEffect, useRef } from 'react';
import type { Diagnostic } from '@/engine';
import type { Selection, Theme } from '@/state/types';
import { MODEL_URI, monaco } from './monacoSetup';
import { MARKER_OWNER, toMonacoMarkers } from './toMonacoMarkers';

export interface MonacoYamlEditorProps {
  text: string;
  onChange(text: string): void;
  diagnostics: readonly Diagnostic[];
  selection: Selection | null;
  theme: Theme;
  ariaLabel: string;
}

export default function MonacoYamlEditor(props: MonacoYamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChange = useRef(props.onChange);
  useEffect(() => {
    onChange.current = props.onChange;
  });

  useEffect(() => {
    const uri = monaco.Uri.parse(MODEL_URI);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(props.text, 'yaml', uri);
    if (model.getValue() !== props.text) model.setValue(props.text);
    const editor = monaco.editor.create(host.current!, {
      model,
      automaticLayout: true,
      fontSize: 14,
      lineHeight: 21,
      fontFamily: "ui-monospace, 'SF Mono', 'Cascadia Code', Menlo, Consolas, 'Liberation Mono', monospace",
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      renderLineHighlight: 'line',
      lineNumbersMinChars: 3,
      padding: { top: 8, bottom: 8 },
      fixedOverflowWidgets: true,
      hideCursorInOverviewRuler: true,
      overviewRulerBorder: false,
      stickyScroll: { enabled: false },
      scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
      quickSuggestions: { other: true, comments: false, strings: true },
      ariaLabel: props.ariaLabel,
    });
    editorRef.current = editor;
    const sub = model.onDidChangeContent(() => onChange.current(model.getValue()));
    return () => {
      sub.dispose();
      editor.dispose();
      editorRef.current = null;
    };
    // The editor is created once, from the first text and aria label; text, markers, theme and the
    // aria label are synchronised by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // External text changes (scenario load, import): replace the text as one undoable edit.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() === props.text) return;
    editorRef.current!.executeEdits('podlife', [{ range: model.getFullModelRange(), text: props.text }]);
    editorRef.current!.pushUndoStop();
  }, [props.text]);

  useEffect(() => {
    monaco.editor.setTheme(props.theme === 'dark' ? 'podlife-dark' : 'podlife-light');
  }, [props.theme]);

  // A language switch renames the editor for screen readers too.
  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: props.ariaLabel });
  }, [props.ariaLabel]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const markers = toMonacoMarkers(props.diagnostics, model.getLineCount(), (l) => model.getLineLength(l));
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
  }, [props.diagnostics]);

  // Highlight (and scroll to) the lines the selection points at; a problem also moves the caret.
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    decorations.current?.clear();
    const lines = props.selection?.lines;
    if (!lines) return;
    decorations.current = editor.createDecorationsCollection([
      {
        range: new monaco.Range(lines.start, 1, lines.end, 1),
        options: { isWholeLine: true, className: 'editor-highlight-line', linesDecorationsClassName: 'editor-highlight-gutter' },
      },
    ]);
    editor.revealLinesInCenterIfOutsideViewport(lines.start, lines.end);
    if (props.selection?.kind === 'problem') {
      editor.setPosition({ lineNumber: lines.start, column: 1 });
      editor.focus();
    }
  }, [props.selection]);

  return <div ref={host} className="monaco-host" data-testid="editor.monaco" />;
}

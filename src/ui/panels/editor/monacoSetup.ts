/**
 * Monaco + monaco-yaml, bundled (never a CDN) and only imported from the lazily loaded editor.
 * Recipe and shim from STACK.md: monaco-yaml 5.5.1 still calls the pre-0.55 createWebWorker API,
 * so it gets an adapted copy of monaco (upstream remcohaszing/monaco-yaml#272).
 */
import * as monaco from 'monaco-editor/editor';
// The features a manifest editor uses, not `register.all`: the diff editor, inline completions,
// GPU rendering, sticky scroll, rename, references, colour picker … were a large part of the chunk
// and of the ~350 ms it takes to evaluate, which is on the page's path to interactive (§8).
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/tokenization/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/links/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// register.all got the suggest controller (Ctrl+Space, the completion widget) only through inline
// completions; without those it is imported itself.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/documentSymbols/register';
import 'monaco-editor/features/quickOutline/register';
import 'monaco-editor/features/quickCommand/register';
import 'monaco-editor/features/placeholderText/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { configureMonacoYaml, type SchemasSettings } from 'monaco-yaml';
import YamlWorker from './yaml.worker?worker';
import k8sSchema from '@/schemas/k8s.schema.json';

export const MODEL_URI = 'file:///pod.yaml';

const newWorker = (label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker());
globalThis.MonacoEnvironment = { getWorker: (_id: string, label: string) => newWorker(label) };

function createWebWorkerCompat(opts: {
  worker?: Worker;
  label?: string;
  createData?: unknown;
  host?: Record<string, (...a: unknown[]) => unknown>;
  keepIdleModels?: boolean;
}) {
  if (opts.worker) return monaco.editor.createWebWorker(opts as never);
  const worker = newWorker(opts.label ?? '');
  worker.postMessage('ignore'); // the first message boots the worker
  worker.postMessage(opts.createData); // the second carries monaco-yaml's createData
  return monaco.editor.createWebWorker({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels } as never);
}
const monacoForYaml = { ...monaco, editor: { ...monaco.editor, createWebWorker: createWebWorkerCompat } };

// The behaviour annotation's own schema, if the manifest part of the team has written it.
const extra = import.meta.glob<{ default: object }>('/src/schemas/behavior.schema.json', { eager: true });
const schemas: SchemasSettings[] = [
  { fileMatch: ['**/pod.yaml'], uri: 'inmemory://schemas/podlife/k8s.json', schema: k8sSchema as never },
  // The annotation's value is a YAML string inside the manifest, which monaco-yaml cannot reach; the
  // schema is registered for stand-alone behaviour files (behavior.yaml) so it is ready when needed.
  ...Object.values(extra).map((m) => ({ fileMatch: ['**/behavior.yaml'], uri: 'inmemory://schemas/podlife/behavior.json', schema: m.default as never })),
];

configureMonacoYaml(monacoForYaml as never, {
  enableSchemaRequest: false,
  isKubernetes: true,
  completion: true,
  hover: true,
  validate: true,
  format: { enable: true },
  schemas,
});

monaco.editor.defineTheme('podlife-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#fbfcfd' },
});
monaco.editor.defineTheme('podlife-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#141a26', 'editorGutter.background': '#141a26' },
});

export { monaco };

import { useSessionApi, useSession } from '@/state/hooks';
import { findScenario } from '@/state/scenarioCatalog';
import { useWs } from '../presenter/strings';
import { downloadBlob, fileStem } from './download';
import { traceJsonText, transcriptText } from './textExports';

/**
 * The export menu's entries for the run on screen: the timeline as SVG and PNG (whole run, 1280 px
 * wide; PNG at 2×), the kubectl transcript at the cursor, the trace as JSON. `onDone` closes the menu.
 */
export function ExportItems({ onDone }: { onDone(): void }) {
  const ws = useWs();
  const { store, actions } = useSessionApi();
  const hasTrace = useSession((s) => s.run.trace !== null);

  const withTrace = async (fn: (s: ReturnType<typeof store.getState>, stem: string) => Promise<void> | void) => {
    onDone();
    const s = store.getState();
    if (!s.run.trace) return;
    try {
      await fn(s, fileStem(s.scenarioId ?? s.run.trace.pod.name));
    } catch (e) {
      actions.notify({ kind: 'error', key: 'notice.import.bad', vars: { error: e instanceof Error ? e.message : String(e) } });
    }
  };
  // The picture code (off-screen React root, canvas) loads only when someone exports.
  const picture = async (s: ReturnType<typeof store.getState>) => {
    const { timelineSvg } = await import('./timelineImage');
    const trace = s.run.trace!;
    const title = findScenario(s.scenarioId)?.title[s.settings.lang] ?? `pod/${trace.pod.name}`;
    return timelineSvg({ trace, title, cursor: s.cursor, lang: s.settings.lang });
  };

  if (!hasTrace) return <span className="menu-item" aria-disabled="true">{ws('exportNone')}</span>;
  return (
    <>
      <button type="button" role="menuitem" className="menu-item" data-testid="export.svg"
        onClick={() => void withTrace(async (s, stem) => downloadBlob(`${stem}.timeline.svg`, new Blob([await picture(s)], { type: 'image/svg+xml' })))}>
        {ws('exportSvg')}
      </button>
      <button type="button" role="menuitem" className="menu-item" data-testid="export.png"
        onClick={() => void withTrace(async (s, stem) => {
          const { svgToPng } = await import('./timelineImage');
          downloadBlob(`${stem}.timeline.png`, await svgToPng(await picture(s)));
        })}>
        {ws('exportPng')}
      </button>
      <button type="button" role="menuitem" className="menu-item" data-testid="export.transcript"
        onClick={() => void withTrace((s, stem) => downloadBlob(`${stem}.kubectl.txt`, new Blob([transcriptText(s.run.trace!, s.cursor)], { type: 'text/plain' })))}>
        {ws('exportText')}
      </button>
      <button type="button" role="menuitem" className="menu-item" data-testid="export.json"
        onClick={() => void withTrace((s, stem) => downloadBlob(`${stem}.trace.json`, new Blob([traceJsonText(s.run.trace!)], { type: 'application/json' })))}>
        {ws('exportJson')}
      </button>
    </>
  );
}

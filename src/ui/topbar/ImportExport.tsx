import { useRef } from 'react';
import { findScenario } from '@/state/scenarioCatalog';
import { useActions, useSessionApi } from '@/state/hooks';
import { Icon } from '../components/Icon';
import { useT } from '../useT';
import { ExportItems } from '../export/ExportItems';

function download(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Import a scenario file or manifest (JSON/YAML); export the session as a scenario file. */
export function ImportExport() {
  const t = useT();
  const { store } = useSessionApi();
  const actions = useActions();
  const input = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      // The scenario-file reader (and the `yaml` library) loads on first use: not startup code.
      const { importScenario } = await import('@/state/scenarioFile');
      const data = importScenario(await file.text());
      actions.loadData(data, 'custom');
    } catch (e) {
      actions.notify({ kind: 'error', key: 'notice.import.bad', vars: { error: e instanceof Error ? e.message : String(e) } });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  const onExport = async (format: 'json' | 'yaml') => {
    const { exportScenario } = await import('@/state/scenarioFile');
    const s = store.getState();
    const base = s.scenarioId ?? 'podlife';
    const title = findScenario(s.scenarioId)?.title.en;
    download(`${base}.podlife.${format}`, exportScenario(s, format, title), format === 'json' ? 'application/json' : 'application/yaml');
    menu.current?.removeAttribute('open');
  };

  return (
    <div className="btn-group">
      <button type="button" className="btn" onClick={() => input.current?.click()} data-testid="top.import">
        <Icon name="upload" />
        <span className="btn-text">{t('top.import')}</span>
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
        hidden
        onChange={(e) => void onFile(e.target.files?.[0])}
        data-testid="top.import.file"
      />
      <details ref={menu} className="menu">
        <summary className="btn" data-testid="top.export">
          <Icon name="download" />
          <span className="btn-text">{t('top.export')}</span>
        </summary>
        <div className="menu-items" role="menu">
          <button type="button" role="menuitem" className="menu-item" onClick={() => void onExport('yaml')}>
            YAML (.podlife.yaml)
          </button>
          <button type="button" role="menuitem" className="menu-item" onClick={() => void onExport('json')}>
            JSON (.podlife.json)
          </button>
          <ExportItems onDone={() => menu.current?.removeAttribute('open')} />
        </div>
      </details>
    </div>
  );
}

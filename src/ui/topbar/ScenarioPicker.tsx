import { useState } from 'react';
import { scenariosByTopic, findScenario } from '@/state/scenarioCatalog';
import { useActions, useSession } from '@/state/hooks';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useT } from '../useT';
import { useDirty } from './useDirty';

const CUSTOM = '';

/** Scenario picker grouped by topic; asks before replacing edits. */
export function ScenarioPicker() {
  const t = useT();
  const lang = useSession((s) => s.settings.lang);
  const scenarioId = useSession((s) => s.scenarioId);
  const actions = useActions();
  const dirty = useDirty();
  const [pending, setPending] = useState<string | null>(null);
  const groups = scenariosByTopic();
  const pendingScenario = findScenario(pending);

  const choose = (id: string) => {
    if (id === CUSTOM || id === scenarioId) return;
    if (dirty) setPending(id);
    else actions.loadScenario(id);
  };

  return (
    <label className="picker">
      <span className="picker-label">{t('top.scenario')}</span>
      <select
        className="select"
        value={scenarioId && findScenario(scenarioId) ? scenarioId : CUSTOM}
        onChange={(e) => choose(e.target.value)}
        data-testid="top.scenario"
      >
        {!scenarioId && <option value={CUSTOM}>{t('top.scenario.custom')}</option>}
        {groups.map((g) => (
          <optgroup key={g.topic} label={g.topic}>
            {g.items.map((s) => (
              <option key={s.id} value={s.id} title={s.summary[lang]}>
                {s.title[lang]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {pendingScenario && (
        <ConfirmDialog
          title={pendingScenario.title[lang]}
          body={t('top.switch.body', { title: pendingScenario.title[lang] })}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            actions.loadScenario(pendingScenario.id);
            setPending(null);
          }}
        />
      )}
    </label>
  );
}

import { useState } from 'react';
import { findScenario } from '@/state/scenarioCatalog';
import { useActions, useSession } from '@/state/hooks';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Icon } from '../components/Icon';
import { useT } from '../useT';
import { useDirty } from './useDirty';

/** "Reset to scenario": asks before discarding the user's edits. */
export function ResetButton() {
  const t = useT();
  const lang = useSession((s) => s.settings.lang);
  const sc = useSession((s) => findScenario(s.scenarioId));
  const dirty = useDirty();
  const actions = useActions();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        disabled={!sc || !dirty}
        onClick={() => setAsking(true)}
        title={t('top.reset.title')}
        data-testid="top.reset"
      >
        <Icon name="reset" />
        <span className="btn-text">{t('top.reset')}</span>
      </button>
      {asking && sc && (
        <ConfirmDialog
          title={t('top.reset.title')}
          body={t('top.reset.body', { title: sc.title[lang] })}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            actions.loadScenario(sc.id);
            setAsking(false);
          }}
        />
      )}
    </>
  );
}

import { useState } from 'react';
import { findScenario } from '@/state/scenarioCatalog';
import { useSession } from '@/state/hooks';
import { useT } from '../useT';
import { Icon } from '../components/Icon';

/** One line under the top bar: what the open scenario demonstrates (click to read all of it). */
export function ScenarioBrief() {
  const t = useT();
  const lang = useSession((s) => s.settings.lang);
  const origin = useSession((s) => s.origin);
  const sc = useSession((s) => findScenario(s.scenarioId));
  const [open, setOpen] = useState(false);
  if (origin === 'shared') {
    return (
      <div className="brief brief-shared" data-testid="top.shared">
        <span className="chip chip-accent">{t('top.shared')}</span>
        <span className="brief-text">{t('top.shared.hint')}</span>
      </div>
    );
  }
  if (!sc) return null;
  return (
    <button
      type="button"
      className={`brief${open ? ' is-open' : ''}`}
      onClick={() => setOpen(!open)}
      aria-expanded={open}
      data-testid="top.brief"
    >
      <Icon name="info" size={14} />
      <strong className="brief-title">{sc.title[lang]}</strong>
      <span className="brief-text">{sc.summary[lang]}</span>
    </button>
  );
}

import { useState } from 'react';
import { encodeShare } from '@/state/share';
import { formatClock } from '@/state/selectors';
import { useActions, useSessionApi } from '@/state/hooks';
import { Icon } from '../components/Icon';
import { useT } from '../useT';

/** Builds a `#s=` link for the moment on screen and copies it. */
export function ShareButton() {
  const t = useT();
  const { store } = useSessionApi();
  const actions = useActions();
  const [url, setUrl] = useState('');

  const share = async () => {
    const s = store.getState();
    try {
      const hash = await encodeShare({
        text: s.text, interventions: s.interventions, seed: s.seed, until: s.until,
        cursor: s.cursor, speed: s.speed, scenarioId: s.scenarioId,
      });
      const link = `${window.location.origin}${window.location.pathname}${hash}`;
      setUrl(link);
      await navigator.clipboard?.writeText(link).catch(() => undefined);
      actions.notify({ kind: 'info', key: 'top.share.copied', vars: { time: formatClock(s.cursor) } });
    } catch (e) {
      actions.notify({ kind: 'error', key: 'top.share.failed', vars: { error: e instanceof Error ? e.message : String(e) } });
    }
  };

  return (
    <button type="button" className="btn" onClick={() => void share()} data-testid="top.share" data-share-url={url}>
      <Icon name="share" />
      <span className="btn-text">{t('top.share')}</span>
    </button>
  );
}

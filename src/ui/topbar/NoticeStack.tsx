import { useEffect } from 'react';
import { useActions, useSession } from '@/state/hooks';
import type { Notice } from '@/state/types';
import { Icon } from '../components/Icon';
import { useT } from '../useT';

const INFO_MS = 5000;

function NoticeItem({ notice }: { notice: Notice }) {
  const t = useT();
  const actions = useActions();
  useEffect(() => {
    if (notice.kind !== 'info') return;
    const id = setTimeout(() => actions.dismiss(notice.id), INFO_MS);
    return () => clearTimeout(id);
  }, [notice, actions]);
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid={`notice.${notice.key}`}>
      <Icon name={notice.kind === 'error' ? 'error' : 'info'} />
      <span className="notice-text">{t(notice.key, notice.vars)}</span>
      <button type="button" className="btn btn-icon btn-ghost btn-sm" onClick={() => actions.dismiss(notice.id)} aria-label={t('notice.dismiss')}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

/** Toasts for share/storage/import messages; errors stay until dismissed. */
export function NoticeStack() {
  const notices = useSession((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}

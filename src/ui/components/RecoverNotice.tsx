import { useStore } from 'zustand';
import { useSession, useSessionApi } from '@/state/hooks';
import { lessonUrl } from '@/lessons/progress';
import { Icon } from './Icon';

const WORDS = {
  en: { kept: 'Your previous text was replaced and kept here.', restore: 'Undo / restore my text', forget: 'Forget it' },
  zh: { kept: '你之前的文本已被替换，并保留在这里。', restore: '撤销 / 恢复我的文本', forget: '不需要' },
} as const;

/**
 * Bringing the text back is the user choosing it over the link that replaced it: the `?lesson=`
 * link leaves the address, so a reload does not replace the text again and a lessons panel that
 * is still loading (its chunk is lazy) does not load the lesson over the restored text.
 */
function dropLessonLink() {
  if (typeof window === 'undefined') return;
  const url = new URL(window.location.href);
  const next = lessonUrl(url, null);
  if (next.href !== url.href) window.history.replaceState(window.history.state, '', next.href);
}

/**
 * The visible half of the recovery slot (src/state/recovery.ts): while a replaced text is kept,
 * offer to bring it back. It stays until the user chooses, so nothing is lost to a missed toast.
 */
export function RecoverNotice() {
  const { recovery, actions } = useSessionApi();
  const kept = useStore(recovery, (r) => r.kept);
  const lang = useSession((s) => s.settings.lang);
  if (!kept) return null;
  const w = WORDS[lang === 'zh' ? 'zh' : 'en'];
  const firstLine = kept.text.split('\n', 1)[0]?.slice(0, 60) ?? '';
  return (
    <div className="notices recover-notice" style={{ top: 'auto', bottom: 16, left: 16, right: 'auto' }}>
      <div className="notice" role="status" data-testid="recover">
        <Icon name="info" />
        <span className="notice-text">
          {w.kept} <code className="mono">{firstLine}</code>
        </span>
        <button type="button" className="btn btn-sm btn-primary" onClick={() => { dropLessonLink(); actions.restorePrevious(); }} data-testid="recover.restore">
          {w.restore}
        </button>
        <button type="button" className="btn btn-icon btn-ghost btn-sm" onClick={() => actions.dismissRecovery()} aria-label={w.forget} data-testid="recover.dismiss">
          <Icon name="close" size={14} />
        </button>
      </div>
    </div>
  );
}

import { LANGS } from '@/i18n';
import { useActions, useSession } from '@/state/hooks';
import { Icon } from '../components/Icon';
import { useT } from '../useT';

/** Language (EN/中文) and light/dark theme. */
export function SettingsControls() {
  const t = useT();
  const lang = useSession((s) => s.settings.lang);
  const theme = useSession((s) => s.settings.theme);
  const actions = useActions();
  return (
    <>
      <div className="segmented" role="group" aria-label={t('top.language')}>
        {LANGS.map((l) => (
          <button
            key={l.id}
            type="button"
            className="segment"
            aria-pressed={l.id === lang}
            onClick={() => actions.setSettings({ lang: l.id })}
            data-testid={`top.lang.${l.id}`}
          >
            {l.label}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="btn btn-icon"
        onClick={() => actions.setSettings({ theme: theme === 'dark' ? 'light' : 'dark' })}
        aria-label={theme === 'dark' ? t('top.theme.light') : t('top.theme.dark')}
        title={theme === 'dark' ? t('top.theme.light') : t('top.theme.dark')}
        data-testid="top.theme"
      >
        <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
      </button>
    </>
  );
}

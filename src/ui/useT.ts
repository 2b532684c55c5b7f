import { useMemo } from 'react';
import { translator, type Translate } from '@/i18n';
import { useSession } from '@/state/hooks';

/** The translator for the session's current language. */
export function useT(): Translate {
  const lang = useSession((s) => s.settings.lang);
  return useMemo(() => translator(lang), [lang]);
}

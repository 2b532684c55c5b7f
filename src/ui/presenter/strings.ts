/**
 * Words of the workshop features (presenter view, comparison, real pods, export). The strings live
 * in src/i18n (keys `ws.*`, English and Chinese); this keeps the short `ws('key')` calls the
 * workshop components (and export/ExportItems) already use.
 */
import { useMemo } from 'react';
import type { MessageKey, Vars } from '@/i18n';
import { useT } from '../useT';

/** A workshop key: the part after `ws.` of an i18n key. */
export type WsKey = { [K in MessageKey]: K extends `ws.${infer R}` ? R : never }[MessageKey];

/** The workshop translator for the session language. */
export function useWs(): (key: WsKey, vars?: Vars) => string {
  const t = useT();
  return useMemo(() => (key: WsKey, vars?: Vars) => t(`ws.${key}`, vars), [t]);
}

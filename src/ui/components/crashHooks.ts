/**
 * Test hook: arm a panel so it throws on its next render. Browser tests use it (through
 * `window.__podlife.crashPanel`) to prove that one broken panel never takes the editor or the
 * user's text with it. A tiny external store, read with useSyncExternalStore.
 */
export type PanelName = 'editor' | 'problems' | 'status' | 'timebar' | 'timeline' | 'flow';

const armed = new Set<PanelName>();
const listeners = new Set<() => void>();
let version = 0;

const emit = () => {
  version++;
  listeners.forEach((l) => l());
};

/** Makes `panel` throw on its next render (until disarmed). */
export function armCrash(panel: PanelName): void {
  armed.add(panel);
  emit();
}

/** Stops `panel` from throwing (the panel's retry button calls this). */
export function disarmCrash(panel: PanelName): void {
  if (armed.delete(panel)) emit();
}

/** True when `panel` is armed to throw. */
export function isArmed(panel: PanelName): boolean {
  return armed.has(panel);
}

/** useSyncExternalStore adapter. */
export function subscribeCrash(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** useSyncExternalStore snapshot: changes whenever the armed set changes. */
export const crashVersion = (): number => version;

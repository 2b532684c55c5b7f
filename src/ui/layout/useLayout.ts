import { useCallback, useSyncExternalStore } from 'react';
import { useActions, useSession, useSessionApi } from '@/state/hooks';
import type { LayoutMode, PanelSizes } from '@/state/types';
import { dragTo, layoutFor, storyFolded, type Layout } from './presets';

const subscribe = (cb: () => void) => {
  window.addEventListener('resize', cb);
  return () => window.removeEventListener('resize', cb);
};
const height = () => window.innerHeight;

/** The window height, following resizes (presets and the narration fold depend on it). */
export function useViewportHeight(): number {
  return useSyncExternalStore(subscribe, height, () => 800);
}

export interface LayoutApi {
  mode: LayoutMode;
  /** The sizes on screen. */
  shown: Layout;
  /** Whether the narration strip is folded to one line. */
  folded: boolean;
  /** Commit a dragged divider (switches to `custom`). */
  drag(patch: Partial<Layout>): void;
  setMode(mode: LayoutMode): void;
  setFolded(folded: boolean): void;
}

/** The layout on screen and how to change it; every change is saved with the settings. */
export function useLayout(): LayoutApi {
  const sizes = useSession((s) => s.settings.sizes);
  const actions = useActions();
  const { store } = useSessionApi();
  const h = useViewportHeight();
  const mode = sizes.mode ?? 'custom';
  const shown = layoutFor(mode, h, sizes);
  // Read the latest sizes at call time: two quick changes must not undo each other.
  const patch = useCallback((p: Partial<PanelSizes>) => {
    actions.setSettings({ sizes: { ...store.getState().settings.sizes, ...p } });
  }, [actions, store]);
  const setMode = useCallback((m: LayoutMode) => patch({ mode: m }), [patch]);
  const setFolded = useCallback((f: boolean) => patch({ storyCollapsed: f }), [patch]);
  return {
    mode,
    shown,
    folded: storyFolded(sizes, h),
    drag: (p) => actions.setSettings({ sizes: dragTo(store.getState().settings.sizes, shown, p) }),
    setMode,
    setFolded,
  };
}

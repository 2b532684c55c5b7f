/**
 * Layout presets over the persisted panel sizes. `edit` gives the editor the height, `watch` gives
 * it to the timeline and flow diagram, `custom` is what the user dragged. Presets are computed
 * from the window height so they read the same on a 1280×720 projector and a 1080p monitor.
 */
import type { LayoutMode, PanelSizes } from '@/state/types';

/** Sizes actually on screen (every field filled in). */
export interface Layout {
  /** Left column width, %. */
  left: number;
  /** Problems list height, px. */
  problems: number;
  /** Dock height (time bar + timeline/flow), px. */
  dock: number;
  /** Timeline share of the dock width, %. */
  timeline: number;
  /** Narration strip share of the right column, % (when not folded). */
  story: number;
}

/** Top bar (52) + scenario banner (~33) + workspace padding (16): height the splits never get. */
export const TOP_CHROME = 100;
/** The dock's time bar and intervention bar with their gap: the dock minus its panels. */
export const DOCK_CHROME = 92;
/** Handle between the main area and the dock, px. */
const HANDLE = 8;
/** The main area (editor, status) never gets less than this in any mode, px. */
export const MIN_MAIN = 160;
/** Watch mode's main area floor: status header, `kubectl get`, its tabs and the folded narration, px. */
export const WATCH_MIN_MAIN = 232;
/** A panel showing only its header (38 px + borders), px. */
export const PROBLEMS_HEADER = 40;
/** Below this window height the narration strip starts folded, so the status panel gets its room. */
export const FOLD_STORY_BELOW = 800;
/** The narration strip share used before anyone dragged it. */
export const DEFAULT_STORY = 36;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Height the workspace splits share at this window height, px. */
export function workspaceHeight(innerHeight: number): number {
  return Math.max(360, Math.round(innerHeight) - TOP_CHROME);
}

/**
 * The sizes a mode puts on screen at a window height. Custom sizes are taken as saved, except that
 * a dock dragged tall on a big monitor is capped so the editor and status keep MIN_MAIN px.
 */
export function layoutFor(mode: LayoutMode, innerHeight: number, custom: PanelSizes): Layout {
  const avail = workspaceHeight(innerHeight);
  const maxDock = avail - HANDLE - MIN_MAIN;
  if (mode === 'edit') {
    // The timeline keeps its toolbar, axis and a few lanes; everything else goes to the editor.
    const panels = clamp(Math.round(avail * 0.24), 140, 320);
    return {
      left: 46,
      problems: clamp(Math.round(avail * 0.12), 64, 160),
      dock: Math.min(maxDock, DOCK_CHROME + panels),
      timeline: 64,
      story: 38,
    };
  }
  if (mode === 'watch') {
    // Under two fifths for editor + status: enough for `kubectl get` with the status tabs and a few
    // manifest lines; the problems list shrinks to its header (its count still shows).
    const main = clamp(Math.round(avail * 0.38), WATCH_MIN_MAIN, 440);
    return { left: 42, problems: PROBLEMS_HEADER, dock: avail - HANDLE - main, timeline: 58, story: 34 };
  }
  return {
    left: custom.left,
    problems: custom.problems,
    dock: Math.max(96, Math.min(custom.dock, maxDock)),
    timeline: custom.timeline,
    story: custom.story ?? DEFAULT_STORY,
  };
}

/**
 * The settings after dragging a divider: every size on screen becomes the user's own (so nothing
 * jumps), with the dragged one replaced, and the mode switches to `custom`.
 */
export function dragTo(current: PanelSizes, shown: Layout, patch: Partial<Layout>): PanelSizes {
  return { ...current, ...shown, ...patch, mode: 'custom' };
}

/** Whether the narration strip is folded: the user's choice, else folded on short windows. */
export function storyFolded(sizes: PanelSizes, innerHeight: number): boolean {
  return sizes.storyCollapsed ?? innerHeight < FOLD_STORY_BELOW;
}

/** The layout modes in the order the top bar shows them, with their keyboard shortcut. */
export const LAYOUT_MODES: readonly { id: LayoutMode; key: string }[] = [
  { id: 'edit', key: 'e' },
  { id: 'watch', key: 'w' },
  { id: 'custom', key: 'c' },
];

/** The mode a key selects, or null (never a key the timeline uses: space, arrows, Home/End, digits, ?). */
export function modeForKey(e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): LayoutMode | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const k = e.key.toLowerCase();
  return LAYOUT_MODES.find((m) => m.key === k)?.id ?? null;
}

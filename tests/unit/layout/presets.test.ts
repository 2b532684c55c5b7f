import { describe, expect, it } from 'vitest';
import {
  DOCK_CHROME, MIN_MAIN, PROBLEMS_HEADER, WATCH_MIN_MAIN, dragTo, layoutFor, modeForKey, storyFolded, workspaceHeight,
} from '@/ui/layout/presets';
import { DEFAULT_SIZES } from '@/state/persistence';
import type { PanelSizes } from '@/state/types';

/** Editor lines at 21 px a line: the panel minus its 38 px header. */
const editorLines = (h: number, mode: 'edit' | 'watch' | 'custom', sizes: PanelSizes = DEFAULT_SIZES) => {
  const l = layoutFor(mode, h, sizes);
  const main = workspaceHeight(h) - 8 - l.dock;
  return Math.floor((main - l.problems - 8 - 38) / 21);
};

describe('layout presets', () => {
  it('Edit at 1280×720 gives the editor at least 10 lines and leaves the timeline its toolbar and a few lanes', () => {
    const l = layoutFor('edit', 720, DEFAULT_SIZES);
    expect(editorLines(720, 'edit')).toBeGreaterThanOrEqual(10);
    expect(l.dock - DOCK_CHROME).toBeGreaterThanOrEqual(140);
    // Today's fixed 300 px dock left the editor 8 lines at this height.
    expect(editorLines(720, 'custom')).toBeLessThan(editorLines(720, 'edit'));
  });

  it('Watch at 1280×720 gives the timeline and flow at least 280 px and still shows kubectl get above', () => {
    const l = layoutFor('watch', 720, DEFAULT_SIZES);
    expect(l.dock - DOCK_CHROME).toBeGreaterThanOrEqual(280);
    expect(workspaceHeight(720) - 8 - l.dock).toBeGreaterThanOrEqual(WATCH_MIN_MAIN);
    expect(l.problems).toBe(PROBLEMS_HEADER);
  });

  it('presets follow the window height: at 1080 px both modes give more to their own side than at 720 px', () => {
    expect(layoutFor('edit', 1080, DEFAULT_SIZES).dock).toBeGreaterThan(layoutFor('edit', 720, DEFAULT_SIZES).dock);
    expect(editorLines(1080, 'edit')).toBeGreaterThanOrEqual(20);
    expect(layoutFor('watch', 1080, DEFAULT_SIZES).dock - DOCK_CHROME).toBeGreaterThanOrEqual(480);
    // Watch is always the taller dock, at every common height.
    for (const h of [600, 720, 768, 900, 1080, 1440, 2160])
      expect(layoutFor('watch', h, DEFAULT_SIZES).dock).toBeGreaterThan(layoutFor('edit', h, DEFAULT_SIZES).dock);
  });

  it('custom sizes are used as saved, but a dock dragged tall on a big screen leaves the editor and status MIN_MAIN px', () => {
    const mine: PanelSizes = { left: 30, problems: 70, dock: 520, timeline: 72, story: 50 };
    expect(layoutFor('custom', 1080, mine)).toEqual({ left: 30, problems: 70, dock: 520, timeline: 72, story: 50 });
    const small = layoutFor('custom', 600, mine);
    expect(workspaceHeight(600) - 8 - small.dock).toBe(MIN_MAIN);
  });

  it('dragging a divider makes everything on screen the user’s own and switches to custom (nothing jumps)', () => {
    const saved: PanelSizes = { ...DEFAULT_SIZES, mode: 'watch', storyCollapsed: true };
    const shown = layoutFor('watch', 720, saved);
    const next = dragTo(saved, shown, { left: 55 });
    expect(next).toMatchObject({ mode: 'custom', left: 55, dock: shown.dock, problems: shown.problems, timeline: shown.timeline, storyCollapsed: true });
    expect(layoutFor('custom', 720, next)).toEqual({ ...shown, left: 55 });
  });

  it('the narration strip is folded by default under 800 px tall, and the user’s choice wins at any height', () => {
    expect(storyFolded(DEFAULT_SIZES, 720)).toBe(true);
    expect(storyFolded(DEFAULT_SIZES, 800)).toBe(false);
    expect(storyFolded({ ...DEFAULT_SIZES, storyCollapsed: false }, 720)).toBe(false);
    expect(storyFolded({ ...DEFAULT_SIZES, storyCollapsed: true }, 1080)).toBe(true);
  });

  it('mode keys are E, W and C (either case) and never a timeline key or a modified key', () => {
    expect(modeForKey({ key: 'e' })).toBe('edit');
    expect(modeForKey({ key: 'W' })).toBe('watch');
    expect(modeForKey({ key: 'c' })).toBe('custom');
    expect(modeForKey({ key: 'e', ctrlKey: true })).toBeNull();
    // Keys the timeline owns (useTimelineKeys): none of them switches the layout.
    for (const key of [' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End', '?', 'n', 'p', 'i', 'f', 'z', '+', '-', '1', '6', 'Escape'])
      expect(modeForKey({ key })).toBeNull();
  });
});

/** Presenter keys: what a presentation remote's buttons do. */
import { describe, expect, it } from 'vitest';
import { presenterAction } from '@/ui/presenter/keys';

const idle = { blank: false, fullscreen: false };

describe('presenterAction', () => {
  it('PageDown / PageUp step to the next / previous event (what remotes send for next/previous slide)', () => {
    expect(presenterAction({ key: 'PageDown' }, idle)).toBe('next');
    expect(presenterAction({ key: 'PageUp' }, idle)).toBe('prev');
  });
  it('B and "." blank the screen; F and F5 toggle fullscreen', () => {
    for (const key of ['b', 'B', '.']) expect(presenterAction({ key }, idle)).toBe('blank');
    for (const key of ['f', 'F', 'F5']) expect(presenterAction({ key }, idle)).toBe('fullscreen');
  });
  it('while blank, any key only brings the picture back', () => {
    expect(presenterAction({ key: 'PageDown' }, { blank: true, fullscreen: false })).toBe('unblank');
  });
  it('Escape ends the presenter view, except in fullscreen where the browser leaves fullscreen first', () => {
    expect(presenterAction({ key: 'Escape' }, idle)).toBe('exit');
    expect(presenterAction({ key: 'Escape' }, { blank: false, fullscreen: true })).toBeNull();
  });
  it('other keys and modified keys are left to the timeline (arrows, space, Ctrl+F)', () => {
    expect(presenterAction({ key: 'ArrowRight' }, idle)).toBeNull();
    expect(presenterAction({ key: ' ' }, idle)).toBeNull();
    expect(presenterAction({ key: 'f', ctrlKey: true }, idle)).toBeNull();
  });
});

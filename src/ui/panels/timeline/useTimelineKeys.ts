/**
 * Global keyboard shortcuts for time control. They never fire while the user types: not in the
 * editor (Monaco), an input, a select or a textarea, and Space is left to a focused button.
 */
import { useEffect, useRef } from 'react';

export interface KeyHandlers {
  toggle(): void;
  prevEvent(): void;
  nextEvent(): void;
  coarse(dir: -1 | 1): void;
  prevChange(): void;
  nextChange(): void;
  home(): void;
  end(): void;
  speedKey(n: number): void;
  skipIdle(): void;
  zoom(dir: -1 | 1): void;
  fit(): void;
  zoomSelection(): void;
  help(): void;
  escape(): void;
}

/** Whether a key event comes from somewhere the user types. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.monaco-editor, [contenteditable="true"]')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Installs the shortcuts on window; handlers are read through a ref so they can change freely. */
export function useTimelineKeys(handlers: KeyHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const h = ref.current;
      const onButton = e.target instanceof HTMLElement && !!e.target.closest('button, a, [role="tab"], [role="separator"]');
      let done = true;
      switch (e.key) {
        case ' ':
          if (onButton) return;
          h.toggle();
          break;
        case 'ArrowLeft':
          if (onButton && e.target instanceof HTMLElement && e.target.closest('[role="tab"], [role="separator"]')) return;
          if (e.shiftKey) h.coarse(-1);
          else h.prevEvent();
          break;
        case 'ArrowRight':
          if (onButton && e.target instanceof HTMLElement && e.target.closest('[role="tab"], [role="separator"]')) return;
          if (e.shiftKey) h.coarse(1);
          else h.nextEvent();
          break;
        case 'Home': h.home(); break;
        case 'End': h.end(); break;
        case 'n': case 'N': h.nextChange(); break;
        case 'p': case 'P': h.prevChange(); break;
        case 'i': case 'I': h.skipIdle(); break;
        case '+': case '=': h.zoom(1); break;
        case '-': case '_': h.zoom(-1); break;
        case 'f': case 'F': h.fit(); break;
        case 'z': case 'Z': h.zoomSelection(); break;
        case '?': h.help(); break;
        case 'Escape': h.escape(); done = false; break;
        default:
          if (/^[1-6]$/.test(e.key)) h.speedKey(Number(e.key));
          else done = false;
      }
      if (done) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

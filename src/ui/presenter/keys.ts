/**
 * Presenter keys, as a pure mapping so it is tested without a browser. Presentation remotes
 * (Logitech, Kensington, phone apps) send PageDown/PageUp for next/previous, "." or "b" to blank,
 * F5 / Shift+F5 to start the show and Escape to end it; a keyboard adds F for fullscreen.
 */
export type PresenterAction = 'next' | 'prev' | 'blank' | 'fullscreen' | 'exit' | 'unblank';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** What a key does in the presenter view (null: leave it to the timeline's own shortcuts). */
export function presenterAction(e: KeyInput, state: { blank: boolean; fullscreen: boolean }): PresenterAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  // While blanked, every key first brings the picture back (nobody should step in the dark).
  if (state.blank) return 'unblank';
  switch (e.key) {
    case 'PageDown': return 'next';
    case 'PageUp': return 'prev';
    case 'b': case 'B': case '.': return 'blank';
    case 'f': case 'F': case 'F5': return 'fullscreen';
    // In fullscreen the browser's Escape leaves fullscreen first; a second Escape ends the show.
    case 'Escape': return state.fullscreen ? null : 'exit';
    default: return null;
  }
}

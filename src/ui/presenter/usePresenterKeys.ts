import { useEffect, useRef } from 'react';
import { isTyping } from '../panels/timeline/useTimelineKeys';
import { presenterAction, type PresenterAction } from './keys';
import { useWorkshop } from './presenterStore';

/**
 * Installs the presenter keys on window in the capture phase, ahead of the timeline's shortcuts
 * (whose F means "fit"): a handled key is consumed so the timeline never sees it.
 */
export function usePresenterKeys(run: (a: PresenterAction) => void): void {
  const ref = useRef(run);
  useEffect(() => {
    ref.current = run;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const action = presenterAction(e, { blank: useWorkshop.getState().blank, fullscreen: !!document.fullscreenElement });
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      ref.current(action);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/**
 * Lesson steps for the presenter's remote: when a guided lesson is open (`?lesson=&step=` in the
 * address, as the lessons panel keeps it), PageDown/PageUp move between its steps instead of
 * events. Loads a step exactly as the lessons panel does (stepRun → loadData, cursor at `seek`) and
 * updates the address, so the panel shows the same step when the presenter view closes.
 */
import { lessonById, lessonFromUrl, lessonUrl, stepRun } from '@/lessons';
import type { Lesson } from '@/lessons';
import type { Session } from '@/state/createSession';

export interface OpenLesson {
  lesson: Lesson;
  /** 0-based. */
  step: number;
}

/** The lesson open in the address, if any (an unknown id counts as none). */
export function openLesson(href: string): OpenLesson | null {
  const at = lessonFromUrl(new URL(href));
  const lesson = at ? lessonById(at.id) : undefined;
  if (!at || !lesson) return null;
  return { lesson, step: Math.min(at.step, lesson.steps.length - 1) };
}

/** The step `delta` away, clamped; null when already at that end. */
export function neighbourStep(open: OpenLesson, delta: 1 | -1): number | null {
  const next = open.step + delta;
  return next >= 0 && next < open.lesson.steps.length ? next : null;
}

/** Whether the session already shows the step's run (same text, interventions and horizon). */
export function showsStep(session: Session, lesson: Lesson, step: number): boolean {
  const s = lesson.steps[step];
  if (!s) return true;
  try {
    const run = stepRun(s);
    const cur = session.store.getState();
    return cur.text === run.text && cur.until === run.until && cur.interventions.join('\n') === run.interventions.join('\n');
  } catch {
    return true;
  }
}

/**
 * Opens step `step` of `lesson` in the session and the address. Returns false when the step's
 * scenario cannot be built (a broken lesson file), leaving everything as it was.
 */
export function goToStep(session: Session, lesson: Lesson, step: number): boolean {
  const s = lesson.steps[step];
  if (!s) return false;
  let run;
  try {
    run = stepRun(s);
  } catch {
    return false;
  }
  session.actions.loadData(
    { text: run.text, interventions: run.interventions, until: run.until, scenarioId: run.scenarioId, cursor: s.seek * 1000 },
    'scenario',
  );
  window.history.replaceState(window.history.state, '', lessonUrl(new URL(window.location.href), lesson.id, step).href);
  return true;
}

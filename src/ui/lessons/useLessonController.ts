/**
 * Lesson navigation: which lesson and step are open, loading each step's scenario into the
 * session, remembering progress (localStorage, versioned) and keeping `?lesson=&step=` in the URL
 * so the address bar is always a shareable link to the current step.
 */
import { useCallback, useEffect, useState } from 'react';
import { useSessionApi } from '@/state/hooks';
import { browserStorage } from '@/state/persistence';
import { lessonById, lessonFromUrl, lessonUrl, readProgress, stepRun, updateLesson, writeProgress } from '@/lessons';
import type { Lesson, Progress } from '@/lessons';

export interface LessonController {
  lesson: Lesson | null;
  step: number;
  progress: Progress;
  /** Id from a link that matches no lesson. */
  unknownId: string | null;
  open(id: string, step?: number): void;
  go(step: number): void;
  close(): void;
  /** Records the first answer of the current step and returns the new progress. */
  answer(correct: boolean): void;
  finish(): void;
  /** Full URL of the current step. */
  link(): string;
}

const storage = () => browserStorage();

/** Drives the lessons panel; one per mounted panel. */
export function useLessonController(): LessonController {
  const session = useSessionApi();
  const [progress, setProgress] = useState<Progress>(() => readProgress(storage()));
  const [state, setState] = useState<{ id: string | null; step: number; unknownId: string | null }>(() => {
    const fromUrl = typeof window !== 'undefined' ? lessonFromUrl(new URL(window.location.href)) : null;
    if (!fromUrl) return { id: null, step: 0, unknownId: null };
    return lessonById(fromUrl.id) ? { id: fromUrl.id, step: fromUrl.step, unknownId: null } : { id: null, step: 0, unknownId: fromUrl.id };
  });
  const lesson = lessonById(state.id) ?? null;
  const step = lesson ? Math.min(state.step, lesson.steps.length - 1) : 0;

  const save = useCallback((p: Progress) => {
    setProgress(p);
    writeProgress(storage(), p);
  }, []);

  // Load the step's scenario (unless it is already on screen) and put the cursor where the step starts.
  useEffect(() => {
    if (!lesson) return;
    const s = lesson.steps[step];
    if (!s) return;
    let run;
    try {
      run = stepRun(s);
    } catch {
      return;
    }
    const cur = session.store.getState();
    const same = cur.text === run.text && cur.until === run.until && cur.scenarioId === run.scenarioId &&
      cur.interventions.join('\n') === run.interventions.join('\n');
    if (same) session.actions.seek(s.seek * 1000);
    else session.actions.loadData({ text: run.text, interventions: run.interventions, until: run.until, scenarioId: run.scenarioId, cursor: s.seek * 1000 }, 'scenario');
    window.history.replaceState(null, '', lessonUrl(new URL(window.location.href), lesson.id, step).href);
  }, [lesson, step, session]);

  return {
    lesson,
    step,
    progress,
    unknownId: state.unknownId,
    open(id, at) {
      const saved = progress.lessons[id];
      const startAt = at ?? (saved && !saved.done ? saved.step : 0);
      setState({ id, step: startAt, unknownId: null });
      save(updateLesson(progress, id, { step: startAt }));
    },
    go(n) {
      if (!lesson) return;
      const next = Math.max(0, Math.min(lesson.steps.length - 1, n));
      setState((s) => ({ ...s, step: next }));
      save(updateLesson(progress, lesson.id, { step: next }));
    },
    close() {
      setState({ id: null, step: 0, unknownId: null });
      window.history.replaceState(null, '', lessonUrl(new URL(window.location.href), null).href);
    },
    answer(correct) {
      if (!lesson || progress.lessons[lesson.id]?.answers[step] !== undefined) return;
      save(updateLesson(progress, lesson.id, { answers: { [step]: correct } }));
    },
    finish() {
      if (lesson) save(updateLesson(progress, lesson.id, { done: true, step: 0 }));
    },
    link: () => (lesson ? lessonUrl(new URL(window.location.href), lesson.id, step).href : window.location.href),
  };
}

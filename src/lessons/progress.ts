/**
 * Lesson progress in localStorage (versioned; anything malformed is ignored) and the share link
 * `?lesson=<id>&step=<n>` (n is 1-based, as people count steps).
 */
export const PROGRESS_KEY = 'podlife.lessons';
export const PROGRESS_VERSION = 1;

export interface LessonProgress {
  /** 0-based step the learner is on. */
  step: number;
  /** Step index → answered correctly (first try). */
  answers: Record<number, boolean>;
  done: boolean;
}

export interface Progress {
  version: 1;
  lessons: Record<string, LessonProgress>;
}

type Store = { getItem(k: string): string | null; setItem(k: string, v: string): void };

const empty = (): Progress => ({ version: PROGRESS_VERSION, lessons: {} });

/** Reads progress; a missing, corrupt or other-version value gives empty progress. */
export function readProgress(store: Store | null): Progress {
  try {
    const raw = store?.getItem(PROGRESS_KEY);
    if (!raw) return empty();
    const p = JSON.parse(raw) as Partial<Progress>;
    if (p.version !== PROGRESS_VERSION || !p.lessons || typeof p.lessons !== 'object') return empty();
    const lessons: Record<string, LessonProgress> = {};
    for (const [id, v] of Object.entries(p.lessons)) {
      if (v && typeof v.step === 'number' && v.step >= 0) lessons[id] = { step: Math.floor(v.step), answers: v.answers && typeof v.answers === 'object' ? v.answers : {}, done: v.done === true };
    }
    return { version: PROGRESS_VERSION, lessons };
  } catch {
    return empty();
  }
}

/** Writes progress; returns an error message instead of throwing (quota, private mode). */
export function writeProgress(store: Store | null, p: Progress): string | null {
  try {
    store?.setItem(PROGRESS_KEY, JSON.stringify(p));
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Progress with one lesson updated (immutable). */
export function updateLesson(p: Progress, id: string, patch: Partial<LessonProgress>): Progress {
  const cur = p.lessons[id] ?? { step: 0, answers: {}, done: false };
  return { ...p, lessons: { ...p.lessons, [id]: { ...cur, ...patch, answers: { ...cur.answers, ...(patch.answers ?? {}) } } } };
}

/** `?lesson=<id>&step=<n>` from a URL; step is returned 0-based and clamped at 0. */
export function lessonFromUrl(url: URL): { id: string; step: number } | null {
  const id = url.searchParams.get('lesson');
  if (!id) return null;
  const n = Number(url.searchParams.get('step') ?? '1');
  return { id, step: Number.isFinite(n) && n >= 1 ? Math.floor(n) - 1 : 0 };
}

/** The URL with `lesson`/`step` set (or removed when id is null). */
export function lessonUrl(url: URL, id: string | null, step = 0): URL {
  const next = new URL(url.href);
  if (id) {
    next.searchParams.set('lesson', id);
    next.searchParams.set('step', String(step + 1));
  } else {
    next.searchParams.delete('lesson');
    next.searchParams.delete('step');
  }
  return next;
}

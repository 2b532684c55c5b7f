/**
 * Loads the lesson data files at build time (Vite eager glob) and validates them, so a typo in a
 * trainer's JSON shows up as a clear message instead of a broken panel.
 */
import type { Ask, Lesson, LessonStep, Text } from './types';

const ASK_KINDS: ReadonlySet<Ask['kind']> = new Set(['status', 'phase', 'ready', 'restarts', 'condition', 'exitCode', 'containerState', 'eventTime', 'endpoint']);

const isText = (x: unknown): x is Text =>
  !!x && typeof (x as Text).en === 'string' && typeof (x as Text).zh === 'string' && (x as Text).en !== '' && (x as Text).zh !== '';

/** Problems in one lesson object (empty = valid). Paths are like `steps[2].question.ask`. */
export function validateLesson(x: unknown): string[] {
  const errs: string[] = [];
  const l = x as Partial<Lesson> | null;
  if (!l || typeof l !== 'object') return ['not an object'];
  if (typeof l.id !== 'string' || !/^[a-z0-9-]+$/.test(l.id)) errs.push('id: kebab-case string required');
  if (typeof l.order !== 'number') errs.push('order: number required');
  if (!isText(l.title)) errs.push('title: {en, zh} required');
  if (!isText(l.summary)) errs.push('summary: {en, zh} required');
  if (!Array.isArray(l.steps) || l.steps.length === 0) errs.push('steps: at least one step');
  (l.steps ?? []).forEach((s: Partial<LessonStep>, i) => {
    const p = `steps[${i}]`;
    if (!isText(s.title)) errs.push(`${p}.title: {en, zh} required`);
    if (!isText(s.text)) errs.push(`${p}.text: {en, zh} required`);
    if (!isText(s.explain)) errs.push(`${p}.explain: {en, zh} required`);
    if (typeof s.scenario !== 'string') errs.push(`${p}.scenario: scenario id required`);
    if (typeof s.seek !== 'number' || s.seek < 0) errs.push(`${p}.seek: seconds ≥ 0 required`);
    if (s.interventions !== undefined && !(Array.isArray(s.interventions) && s.interventions.every((v) => typeof v === 'string'))) errs.push(`${p}.interventions: list of strings`);
    if (s.edits !== undefined && !(Array.isArray(s.edits) && s.edits.every((e) => typeof e?.find === 'string' && typeof e.replace === 'string'))) errs.push(`${p}.edits: list of {find, replace}`);
    const q = s.question;
    if (q !== undefined) {
      if (!isText(q.prompt)) errs.push(`${p}.question.prompt: {en, zh} required`);
      if (typeof q.at !== 'number') errs.push(`${p}.question.at: seconds required`);
      if (!q.ask || !ASK_KINDS.has(q.ask.kind)) errs.push(`${p}.question.ask.kind: one of ${[...ASK_KINDS].join(', ')}`);
      if (q.choices !== undefined && !(Array.isArray(q.choices) && q.choices.length >= 2 && q.choices.every((c) => typeof c === 'string'))) errs.push(`${p}.question.choices: at least two strings`);
    }
  });
  return errs;
}

export interface LoadedLessons {
  lessons: Lesson[];
  /** `file: problem` for every invalid file (those lessons are left out). */
  problems: string[];
}

/** Validates raw modules (file name → JSON) and orders the valid lessons. */
export function loadLessons(files: Record<string, unknown>): LoadedLessons {
  const lessons: Lesson[] = [];
  const problems: string[] = [];
  for (const [file, raw] of Object.entries(files)) {
    const errs = validateLesson(raw);
    if (errs.length) problems.push(...errs.map((e) => `${file}: ${e}`));
    else lessons.push(raw as Lesson);
  }
  lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { lessons, problems };
}

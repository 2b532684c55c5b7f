/**
 * The built-in lessons (src/lessons/data/*.json, bundled at build time) and their helpers.
 */
import { loadLessons } from './loader';
import type { Lesson } from './types';

const files = import.meta.glob<unknown>('./data/*.json', { eager: true, import: 'default' });
const loaded = loadLessons(files);

export type { Lesson, LessonStep, Question, Ask, Text, Edit } from './types';
export { computeAnswer, isCorrect } from './answers';
export { stepRun } from './session';
export type { StepRun } from './session';
export { validateLesson, loadLessons } from './loader';
export * from './progress';

/** Every valid lesson, in order. */
export const lessons: readonly Lesson[] = loaded.lessons;
/** Problems found in lesson files (shown in the lessons list, checked by the unit tests). */
export const lessonProblems: readonly string[] = loaded.problems;

/** A lesson by id, or undefined. */
export function lessonById(id: string | null | undefined): Lesson | undefined {
  return id ? lessons.find((l) => l.id === id) : undefined;
}

/** The presenter's lesson stepping: which lesson the address opens and where PageDown/PageUp go. */
import { describe, expect, it } from 'vitest';
import { lessons } from '@/lessons';
import { neighbourStep, openLesson } from '@/ui/presenter/lessonSteps';

const first = lessons[0]!;
const at = (q: string) => `http://127.0.0.1/${q}`;

describe('openLesson', () => {
  it('reads ?lesson=&step= (1-based in the address, 0-based here)', () => {
    expect(openLesson(at(`?lesson=${first.id}&step=2`))).toMatchObject({ step: 1 });
    expect(openLesson(at(`?lesson=${first.id}&step=2`))!.lesson.id).toBe(first.id);
  });
  it('clamps a step past the end to the last step', () => {
    expect(openLesson(at(`?lesson=${first.id}&step=99`))!.step).toBe(first.steps.length - 1);
  });
  it('no lesson, or an unknown id, is none (PageDown then steps events)', () => {
    expect(openLesson(at('?present=1'))).toBeNull();
    expect(openLesson(at('?lesson=no-such-lesson'))).toBeNull();
  });
});

describe('neighbourStep', () => {
  it('moves one step and stops at both ends', () => {
    expect(neighbourStep({ lesson: first, step: 0 }, 1)).toBe(1);
    expect(neighbourStep({ lesson: first, step: 0 }, -1)).toBeNull();
    expect(neighbourStep({ lesson: first, step: first.steps.length - 1 }, 1)).toBeNull();
  });
});

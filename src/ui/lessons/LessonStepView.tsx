import { useEffect, useState } from 'react';
import { useActions, useSession } from '@/state/hooks';
import { computeAnswer, isCorrect, stepRun } from '@/lessons';
import { useLocal } from '@/ui/panels/narration/strings';
import type { LessonController } from './useLessonController';

/** The manifest the step runs, or null if its scenario/edits are broken (then no answer is shown). */
function stepText(step: Parameters<typeof stepRun>[0]): string | null {
  try {
    return stepRun(step).text;
  } catch {
    return null;
  }
}

type Result = { given: string; answer: string; correct: boolean } | { revealed: true; answer: string };

/**
 * One lesson step: the setup text, the question (choices or free input), Check/Reveal, the
 * computed answer with its explanation, and navigation. The answer comes from the trace of the
 * step's own scenario, so it is shown only once that run is on screen.
 */
export function LessonStepView({ ctl }: { ctl: LessonController }) {
  const { t, lang } = useLocal();
  const actions = useActions();
  const lesson = ctl.lesson!;
  const step = lesson.steps[ctl.step]!;
  const q = step.question;
  const [given, setGiven] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [copied, setCopied] = useState(false);
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    setGiven('');
    setResult(null);
    setCopied(false);
    setComplete(false);
  }, [lesson.id, ctl.step]);

  const text = useSession((s) => s.text);
  const run = useSession((s) => s.run);
  const expected = stepText(step);
  const ready = run.status === 'ok' && !run.stale && run.trace !== null && text === expected;
  const answer = ready && q ? computeAnswer(run.trace!, q) : null;
  const show = (a: string) => (a === '(none)' ? `(none) ${t('lessons.none')}` : a);

  // An "at which second" question reveals at the moment it asks about.
  const eventAt = q?.ask.kind === 'eventTime' && answer !== null && /^\d+$/.test(answer) ? Number(answer) + 0.5 : undefined;
  const revealAt = step.revealAt ?? eventAt ?? q?.at ?? step.seek;
  const check = () => {
    if (answer === null) return;
    const correct = isCorrect(given, answer);
    setResult({ given, answer, correct });
    ctl.answer(correct);
    actions.seek(revealAt * 1000);
  };
  const reveal = () => {
    if (q && answer === null) return;
    setResult({ revealed: true, answer: answer ?? '' });
    if (q) ctl.answer(false);
    actions.seek(revealAt * 1000);
  };
  const last = ctl.step === lesson.steps.length - 1;
  const score = Object.values(ctl.progress.lessons[lesson.id]?.answers ?? {}).filter(Boolean).length;
  const total = lesson.steps.filter((s) => s.question).length;
  const copy = () => {
    void navigator.clipboard?.writeText(ctl.link()).then(() => setCopied(true), () => setCopied(false));
  };

  return (
    <div className="lesson" data-testid="lesson" data-lesson={lesson.id} data-step={ctl.step + 1}>
      <div className="lesson-head">
        <button type="button" className="btn btn-sm" onClick={ctl.close} data-testid="lesson.close">← {t('lessons.close')}</button>
        <span className="lesson-title">{lesson.title[lang]}</span>
        <span className="muted" data-testid="lesson.progress">{t('lessons.step', { n: ctl.step + 1, total: lesson.steps.length })}</span>
        <button type="button" className="btn btn-sm" onClick={copy} data-testid="lesson.link">{copied ? t('lessons.copied') : t('lessons.copyLink')}</button>
      </div>
      <h3 className="lesson-step-title">{step.title[lang]}</h3>
      <p className="lesson-text">{step.text[lang]}</p>
      {q && (
        <fieldset className="lesson-question" disabled={result !== null}>
          <legend data-testid="lesson.prompt">{q.prompt[lang]}</legend>
          {q.choices ? (
            <div className="lesson-choices" role="radiogroup">
              {q.choices.map((c) => (
                <label key={c} className={`lesson-choice${given === c ? ' is-picked' : ''}${result && isCorrect(c, result.answer) ? ' is-answer' : ''}`}>
                  <input type="radio" name="lesson-choice" value={c} checked={given === c} onChange={() => setGiven(c)} data-testid="lesson.choice" />
                  <span className="mono">{c === '(none)' ? show(c) : c}</span>
                </label>
              ))}
            </div>
          ) : (
            <label className="lesson-free">
              {t('lessons.yourAnswer')}
              <input type="text" className="input mono" value={given} onChange={(e) => setGiven(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && given && check()} data-testid="lesson.input" />
            </label>
          )}
        </fieldset>
      )}
      {!ready && <p className="hint" aria-busy="true">{t('lessons.loading')}</p>}
      {result === null ? (
        <div className="lesson-actions">
          {q && <button type="button" className="btn btn-primary" disabled={!given || answer === null} onClick={check} data-testid="lesson.check">{t('lessons.check')}</button>}
          <button type="button" className="btn" disabled={!!q && answer === null} onClick={reveal} data-testid="lesson.reveal">{t('lessons.reveal')}</button>
        </div>
      ) : (
        <div className={`lesson-result${'correct' in result ? (result.correct ? ' is-correct' : ' is-wrong') : ''}`} data-testid="lesson.result" role="status">
          {'correct' in result && <strong>{result.correct ? t('lessons.correct') : t('lessons.wrong')} </strong>}
          {q && <span data-testid="lesson.answer">{t('lessons.answerIs', { answer: show(result.answer) })}</span>}
          <p className="lesson-explain" data-testid="lesson.explain">{step.explain[lang]}</p>
        </div>
      )}
      {complete && <p className="lesson-complete" data-testid="lesson.complete" role="status">{t('lessons.complete', { score, total })}</p>}
      <div className="lesson-nav">
        <button type="button" className="btn btn-sm" disabled={ctl.step === 0} onClick={() => ctl.go(ctl.step - 1)} data-testid="lesson.back">{t('lessons.back')}</button>
        {last ? (
          <button type="button" className="btn btn-sm btn-primary" disabled={result === null || complete} onClick={() => { ctl.finish(); setComplete(true); }} data-testid="lesson.finish">{t('lessons.finish')}</button>
        ) : (
          <button type="button" className="btn btn-sm btn-primary" disabled={result === null} onClick={() => ctl.go(ctl.step + 1)} data-testid="lesson.next">{t('lessons.next')}</button>
        )}
      </div>
    </div>
  );
}

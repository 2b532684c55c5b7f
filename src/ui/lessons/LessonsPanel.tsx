import { lessons, lessonProblems } from '@/lessons';
import { useLocal } from '@/ui/panels/narration/strings';
import { LessonStepView } from './LessonStepView';
import { useLessonController } from './useLessonController';
import './lessons.css';

/** The lessons tab: the list of lessons with progress, or the open lesson's current step. */
export function LessonsPanel() {
  const { t, lang } = useLocal();
  const ctl = useLessonController();
  if (ctl.lesson) return <LessonStepView ctl={ctl} />;
  return (
    <div className="lessons" data-testid="lessons.list">
      {ctl.unknownId && <p className="hint warn-text" role="alert">{t('lessons.unknown', { id: ctl.unknownId })}</p>}
      <p className="hint">{t('lessons.intro')}</p>
      <ol className="lesson-list">
        {lessons.map((l) => {
          const p = ctl.progress.lessons[l.id];
          const label = p?.done ? t('lessons.done') : p && p.step > 0 ? t('lessons.continue', { n: p.step + 1 }) : t('lessons.start');
          return (
            <li key={l.id} className="lesson-card">
              <div className="lesson-card-text">
                <strong>{l.order}. {l.title[lang]}</strong>
                <span className="muted">{l.summary[lang]} · {t('lessons.steps', { n: l.steps.length })}</span>
              </div>
              <button type="button" className={`btn btn-sm${p?.done ? '' : ' btn-primary'}`} onClick={() => ctl.open(l.id)} data-testid={`lesson.open.${l.id}`}>
                {label}
              </button>
            </li>
          );
        })}
      </ol>
      {lessonProblems.length > 0 && <pre className="lesson-problems">{lessonProblems.join('\n')}</pre>}
    </div>
  );
}

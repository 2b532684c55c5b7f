/**
 * Every lesson file is valid, every step's scenario runs, and every question's answer is computed
 * from the simulation and is exactly one of the offered choices (so a lesson cannot silently go
 * wrong when the simulator changes).
 */
import { describe, expect, it } from 'vitest';
import { parseAction, simulate } from '../../../src/engine';
import type { Trace } from '../../../src/engine';
import { computeAnswer, isCorrect, lessonFromUrl, lessonProblems, lessons, lessonUrl, PROGRESS_KEY, readProgress, stepRun, updateLesson, validateLesson, writeProgress } from '../../../src/lessons';
import type { LessonStep } from '../../../src/lessons';

const traces = new Map<string, Trace>();
function traceOf(step: LessonStep): Trace {
  const run = stepRun(step);
  const key = JSON.stringify([run.text, run.interventions, run.until]);
  let tr = traces.get(key);
  if (!tr) {
    tr = simulate({
      manifest: run.text,
      interventions: run.interventions.map((s) => parseAction(s, (n) => run.files[n] ?? '')),
      until: run.until, seed: 1, ...(run.options ? { options: run.options } : {}),
    });
    traces.set(key, tr);
  }
  return tr;
}

/**
 * The answer each question should have, written from Kubernetes semantics (not read back from the
 * simulator), keyed `<lesson>#<step index>`. A range is for a time that depends on a poll loop.
 */
const EXPECTED: Record<string, string | [number, number]> = {
  'phases-and-conditions#0': 'Pending', // image still pulling: no container running yet (getPhase: waiting → Pending)
  'phases-and-conditions#1': 'True', // container running, no readiness probe → Ready=True (status_manager)
  'phases-and-conditions#2': 'Failed', // restartPolicy Never, container exited 1 → Failed (getPhase)
  'phases-and-conditions#3': 'Running', // node lost: the kubelet cannot report, the last phase stays (Ready goes Unknown, not the phase)
  'init-containers#0': 'Init:0/1', // init container still looping (kubectl printPod Init:<done>/<total>)
  'init-containers#1': [20, 23], // Service at 20 s, next nslookup within 2 s, then myapp-container starts
  'init-containers#2': 'Failed', // init container failed with restartPolicy Never → Pod Failed
  'hooks#0': 'ContainerCreating', // postStart blocks: status stays Waiting/ContainerCreating until the hook returns
  'hooks#1': 'CrashLoopBackOff', // failed postStart kills the container; restarts back off
  'hooks#2': '137', // preStop outlives the grace period → SIGKILL → 128+9 (killContainer)
  'probes#0': '45', // liveness 5 s period, failureThreshold 3: failures at 35, 40, 45 → kill at 45 (prober/worker.go)
  'probes#1': '1', // one restart after the kill at 45 s; the next kill is not due by 80 s
  'probes#2': '0/1', // readiness initialDelaySeconds not yet elapsed at 10 s → not ready
  'probes#3': 'CrashLoopBackOff', // without a startup probe liveness kills the slow starter again and again
  'probes#4': '0', // the startup probe holds liveness off until the app is up: no restart
  'restarts-and-backoff#0': 'CrashLoopBackOff', // Always restarts even exit 0, with back-off
  'restarts-and-backoff#1': 'Succeeded', // OnFailure + exit 0 → no restart, Succeeded
  'restarts-and-backoff#2': '3', // back-off 0, 10, 20 s (doBackOff)
  'restarts-and-backoff#3': '7', // … 40, 80, 160, 300 (cap)
  'termination#0': 'Terminating', // deletionTimestamp set, grace period 30 s still running
  'termination#1': '137', // SIGTERM ignored → SIGKILL at the end of the grace period
  'termination#2': '(none)', // grace period 5 s: the Pod is gone by 20 s
  'sidecars#0': 'Init:1/2', // the restartable sidecar counts as done once started; the next init is running
  'sidecars#1': 'Running', // sidecars stop after the main containers (reverse order)
  'jobs#0': '2', // fails twice, third run succeeds (OnFailure restarts in place)
  'jobs#1': 'Failed', // restartPolicy Never, exit non-zero → Failed
  'jobs#2': 'DeadlineExceeded', // activeDeadlineSeconds: kubelet fails the Pod with reason DeadlineExceeded
};

describe('lesson files', () => {
  it('all load without problems, cover the eight topics in order, ids unique', () => {
    expect(lessonProblems).toEqual([]);
    expect(lessons.map((l) => l.id)).toEqual(['phases-and-conditions', 'init-containers', 'hooks', 'probes', 'restarts-and-backoff', 'termination', 'sidecars', 'jobs']);
  });

  it('the validator names the broken field', () => {
    expect(validateLesson({ id: 'x', order: 1, title: { en: 'a', zh: 'b' }, summary: { en: 'a', zh: 'b' }, steps: [{ title: { en: 'a' }, scenario: 'liveness-exec', seek: 0, text: { en: 'a', zh: 'b' }, explain: { en: 'a', zh: 'b' }, question: { prompt: { en: 'a', zh: 'b' }, at: 1, ask: { kind: 'colour' } } }] }))
      .toEqual(['steps[0].title: {en, zh} required', expect.stringMatching(/^steps\[0\]\.question\.ask\.kind/)]);
  });

  for (const lesson of lessons) {
    describe(lesson.id, () => {
      lesson.steps.forEach((step, i) => {
        it(`step ${i + 1} "${step.title.en}": runs, and the answer is computed from the simulation`, () => {
          const trace = traceOf(step);
          expect(trace.frames.length).toBeGreaterThan(0);
          expect(step.seek * 1000).toBeLessThanOrEqual(stepRun(step).until);
          const q = step.question;
          if (!q) return;
          const answer = computeAnswer(trace, q);
          const want = EXPECTED[`${lesson.id}#${i}`];
          expect(want, 'every question needs an expected answer in EXPECTED').toBeDefined();
          if (Array.isArray(want)) {
            expect(Number(answer)).toBeGreaterThanOrEqual(want[0]);
            expect(Number(answer)).toBeLessThanOrEqual(want[1]);
          } else {
            expect(answer).toBe(want);
          }
          if (q.choices) {
            expect(q.choices.filter((c) => isCorrect(c, answer)), `answer ${answer}`).toHaveLength(1);
          } else {
            expect(answer).not.toBe('(none)');
          }
        });
      });
    });
  }
});

describe('computed answers follow kubelet semantics', () => {
  const find = (id: string, n: number) => lessons.find((l) => l.id === id)!.steps[n]!;
  it('liveness kill at the third failure: 35, 40, 45 → 45 s (prober/worker.go)', () => {
    const s = find('probes', 0);
    expect(computeAnswer(traceOf(s), s.question!)).toBe('45');
  });
  it('SIGKILL after an ignored SIGTERM gives 137 (kuberuntime_container.go killContainer)', () => {
    const s = find('termination', 1);
    expect(computeAnswer(traceOf(s), s.question!)).toBe('137');
  });
  it('a step\'s interventions replace the scenario\'s: --grace-period=5 → gone by 20 s', () => {
    const s = find('termination', 2);
    expect(stepRun(s).interventions).toEqual(['10 delete --grace-period=5']);
    expect(computeAnswer(traceOf(s), s.question!)).toBe('(none)');
  });
  it('crash-loop back-off 0, 10, 20, 40 … capped at 300 s: 3 restarts by 60 s, 7 by 620 s (doBackOff)', () => {
    expect(computeAnswer(traceOf(find('restarts-and-backoff', 2)), find('restarts-and-backoff', 2).question!)).toBe('3');
    expect(computeAnswer(traceOf(find('restarts-and-backoff', 3)), find('restarts-and-backoff', 3).question!)).toBe('7');
  });
});

describe('isCorrect', () => {
  it('ignores case, spaces and a seconds unit, but not a different value', () => {
    expect(isCorrect(' crashloopbackoff ', 'CrashLoopBackOff')).toBe(true);
    expect(isCorrect('45 s', '45')).toBe(true);
    expect(isCorrect('45秒', '45')).toBe(true);
    expect(isCorrect('40', '45')).toBe(false);
    expect(isCorrect('', '')).toBe(false);
  });
});

describe('progress and links', () => {
  const mem = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
  };
  it('round-trips through storage under a versioned key; first answers stick', () => {
    const store = mem();
    let p = readProgress(store);
    expect(p).toEqual({ version: 1, lessons: {} });
    p = updateLesson(p, 'probes', { step: 2, answers: { 0: true } });
    p = updateLesson(p, 'probes', { answers: { 1: false } });
    expect(writeProgress(store, p)).toBeNull();
    expect(JSON.parse(store.m.get(PROGRESS_KEY)!).version).toBe(1);
    expect(readProgress(store).lessons.probes).toEqual({ step: 2, answers: { 0: true, 1: false }, done: false });
  });
  it('ignores corrupt or other-version data and reports a full storage instead of throwing', () => {
    const store = mem();
    store.setItem(PROGRESS_KEY, '{not json');
    expect(readProgress(store).lessons).toEqual({});
    store.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, lessons: { a: { step: 1 } } }));
    expect(readProgress(store).lessons).toEqual({});
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeProgress(full, readProgress(null))).toBe('QuotaExceededError');
  });
  it('?lesson=<id>&step=<n> is 1-based in the URL and 0-based inside', () => {
    const url = lessonUrl(new URL('http://x/?scenario=a'), 'jobs', 2);
    expect(url.search).toBe('?scenario=a&lesson=jobs&step=3');
    expect(lessonFromUrl(url)).toEqual({ id: 'jobs', step: 2 });
    expect(lessonFromUrl(new URL('http://x/?lesson=jobs&step=zero'))).toEqual({ id: 'jobs', step: 0 });
    expect(lessonFromUrl(new URL('http://x/'))).toBeNull();
    expect(lessonUrl(url, null).search).toBe('?scenario=a');
  });
});

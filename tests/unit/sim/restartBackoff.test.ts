import { describe, expect, it } from 'vitest';
import { container, pod } from '../../support/podBuilder';
import { at, csAt, events, phaseAt, restarts, run, stateAt } from '../../support/simHarness';

const present = { presentImages: ['registry.example/app:1.0'] };
const crashing = (restartPolicy: 'Always' | 'OnFailure' | 'Never', code = 1) => ({
  pod: pod({ restartPolicy }),
  behaviours: { app: { exit: { after: 0, code } } },
  options: present,
});

describe('CrashLoopBackOff (kuberuntime_manager.go doBackOff, kubelet.go back-off constants)', () => {
  it('restart delays are 0, 10, 20, 40, 80, 160, 300, 300 s after each crash', () => {
    const trace = run({ ...crashing('Always'), until: 1200 });
    const starts = events(trace, 'Started').map((e) => e.t / 1000);
    const crashes = trace.transitions.filter((x) => x.machine === 'app' && x.to === 'exited').map((x) => x.t / 1000);
    const delays = starts.slice(1).map((s, i) => s - crashes[i]!);
    // the first restart waits only for the PLEG relist (1 s), i.e. no back-off
    expect(delays.slice(0, 8)).toEqual([1, 10, 20, 40, 80, 160, 300, 300]);
  });

  it('the waiting message and BackOff event use kubelet wording and Go durations', () => {
    const trace = run({ ...crashing('Always'), until: 200 });
    const msgs = new Set(trace.frames.map((f) => f.pod?.status.containerStatuses?.[0]?.state.waiting?.message).filter(Boolean));
    expect([...msgs]).toEqual(
      ['10s', '20s', '40s', '1m20s', '2m40s'].map((d) => `back-off ${d} restarting failed container=app pod=web_default(6f1c2a4e-0000-4000-8000-000000000001)`),
    );
    expect(events(trace, 'BackOff')[0]).toMatchObject({ type: 'Warning', message: 'Back-off restarting failed container app in pod web_default(6f1c2a4e-0000-4000-8000-000000000001)' });
  });

  it('restartCount increments when the replacement is created, lastState carries the previous termination', () => {
    const trace = run({ ...crashing('Always', 3), until: 30 });
    // crash at 1, restart at 2 (count 1), crash at 2, back-off 10 s → restart at 12 (count 2)
    expect(restarts(trace, 'app')).toEqual([
      [2, 1],
      [12, 2],
    ]);
    expect(stateAt(trace, 5, 'app')).toBe('waiting:CrashLoopBackOff');
    expect(csAt(trace, 5, 'app')?.restartCount).toBe(1);
    expect(csAt(trace, 5, 'app')?.lastState.terminated).toMatchObject({ exitCode: 3, reason: 'Error', finishedAt: '2025-01-01T00:00:02Z' });
  });

  it('the back-off resets after the container ran for more than 10 minutes', () => {
    const trace = run({
      pod: pod(),
      behaviours: { app: { runs: [{ exit: { after: 0, code: 1 } }, { exit: { after: 0, code: 1 } }, { exit: { after: 0, code: 1 } }, { exit: { after: 700_000, code: 1 } }, { exit: { after: 0, code: 1 } }] } },
      options: present,
      until: 800,
    });
    const starts = events(trace, 'Started').map((e) => e.t / 1000);
    // crashes at once: 1, 2 (immediate), 12 (+10), 32 (+20); attempt 3 runs 700 s until 732 →
    // the next decision (733) restarts at once, and the following crash waits the initial 10 s again
    expect(starts.slice(0, 6)).toEqual([1, 2, 12, 32, 733, 743]);
  });
});

describe('restart policies (container/helpers.go ShouldContainerBeRestarted, getPhase)', () => {
  it('Always restarts a container that exited 0, phase stays Running', () => {
    const trace = run({ ...crashing('Always', 0), until: 30 });
    expect(restarts(trace, 'app').length).toBeGreaterThan(1);
    expect(phaseAt(trace, 29)).toBe('Running');
    expect(csAt(trace, 1, 'app')?.state.terminated?.reason).toBe('Completed');
  });

  it('OnFailure restarts on non-zero exit and Succeeds after an exit 0', () => {
    const trace = run({ pod: pod({ restartPolicy: 'OnFailure' }), behaviours: { app: { runs: [{ exit: { after: 1000, code: 1 } }, { exit: { after: 1000, code: 0 } }] } }, options: present, until: 30 });
    expect(restarts(trace, 'app')).toEqual([[3, 1]]);
    expect(phaseAt(trace, 3)).toBe('Running');
    expect(phaseAt(trace, 4)).toBe('Succeeded');
    expect(stateAt(trace, 30, 'app')).toBe('terminated:Completed:0');
  });

  it('Never does not restart; a non-zero exit makes the pod Failed, with Ready reason PodFailed', () => {
    const trace = run({ ...crashing('Never', 2), until: 30 });
    expect(restarts(trace, 'app')).toEqual([]);
    expect(phaseAt(trace, 30)).toBe('Failed');
    expect(podAt30(trace)?.conditions?.find((c) => c.type === 'ContainersReady')).toMatchObject({ status: 'False', reason: 'PodFailed' });
  });

  it('OOM kill reports OOMKilled with 137', () => {
    const trace = run({ pod: pod({ restartPolicy: 'Never' }), behaviours: { app: { memory: { oomAfter: 2000 } } }, options: present, until: 10 });
    expect(stateAt(trace, 10, 'app')).toBe('terminated:OOMKilled:137');
  });

  it('kubectl kill --signal=KILL and OOM interventions end PID 1 with 137', () => {
    const trace = run({ pod: pod({ restartPolicy: 'Never', containers: [container('app'), container('b')] }), options: present, interventions: [at(5, { type: 'kill', container: 'app', signal: 'KILL' }), at(6, { type: 'kill', container: 'b', signal: 'OOM' })], until: 10 });
    expect(stateAt(trace, 10, 'app')).toBe('terminated:Error:137');
    expect(stateAt(trace, 10, 'b')).toBe('terminated:OOMKilled:137');
  });
});

describe('exec that signals PID 1', () => {
  it('`kubectl exec app -- kill 1` is noticed at once (the simulator lets PID 1 react after the exec)', () => {
    const trace = run({ pod: pod({ restartPolicy: 'Never' }), options: present, interventions: [at(5, { type: 'exec', container: 'app', command: ['kill', '1'] })], until: 10 });
    expect(stateAt(trace, 5, 'app')).toBe('terminated:Error:143');
  });
});

describe('termination messages (terminationMessagePath / FallbackToLogsOnError)', () => {
  it('terminated.message comes from the termination-log file', () => {
    const trace = run({
      pod: pod({ restartPolicy: 'Never' }),
      behaviours: { app: { exit: { after: 5000, code: 1 } } },
      options: present,
      interventions: [at(2, { type: 'exec', container: 'app', command: ['echo', 'disk', 'full', '>', '/dev/termination-log'] })],
      until: 10,
    });
    expect(csAt(trace, 10, 'app')?.state.terminated?.message).toBe('disk full\n');
  });

  it('FallbackToLogsOnError uses the log tail, trailing newline kept, when the file is empty and the container failed (kuberuntime_container.go readLastStringFromContainerLogs)', () => {
    const trace = run({ pod: pod({ restartPolicy: 'Never', containers: [container('app', { terminationMessagePolicy: 'FallbackToLogsOnError' })] }), behaviours: { app: { exit: { after: 1000, code: 1 } } }, options: present, until: 10 });
    expect(csAt(trace, 10, 'app')?.state.terminated?.message).toBe('app started\nexiting with 1\n');
  });
});

function podAt30(trace: ReturnType<typeof run>) {
  return trace.frames[trace.frames.length - 1]?.pod?.status;
}

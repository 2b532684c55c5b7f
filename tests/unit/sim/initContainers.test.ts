import { describe, expect, it } from 'vitest';
import { container, pod } from '../../support/podBuilder';
import { conditionAt, entered, events, phaseAt, podAt, restarts, run, stateAt } from '../../support/simHarness';

const present = { presentImages: ['registry.example/app:1.0'] };
const twoInits = (restartPolicy: 'Always' | 'OnFailure' | 'Never' = 'Always') =>
  pod({ restartPolicy, initContainers: [container('init-a'), container('init-b')], containers: [container('app')] });

describe('init containers run strictly in order (computeInitContainerActions)', () => {
  it('starts the next init container one PLEG period (1 s) after the previous exited 0, then the app containers', () => {
    const trace = run({
      pod: twoInits(),
      behaviours: { 'init-a': { exit: { after: 3000, code: 0 } }, 'init-b': { exit: { after: 2000, code: 0 } } },
      options: present,
      until: 20,
    });
    expect(entered(trace, 'init-a', 'running')).toEqual([1]);
    expect(entered(trace, 'init-b', 'running')).toEqual([5]); // exits at 4, next sync at 5
    expect(entered(trace, 'app', 'running')).toEqual([8]); // init-b exits at 7
    expect(stateAt(trace, 2, 'app')).toBe('waiting:PodInitializing');
    expect(stateAt(trace, 2, 'init-b')).toBe('waiting:PodInitializing');
    expect(stateAt(trace, 4, 'init-a')).toBe('terminated:Completed:0');
    expect(entered(trace, 'pod', 'initializing')).toEqual([1]);
    expect(entered(trace, 'pod', 'running')).toEqual([8]);
  });

  it('Initialized is False with the incomplete list until the last init container is done, and never goes back', () => {
    const trace = run({
      pod: twoInits(),
      behaviours: { 'init-a': { exit: { after: 3000, code: 0 } }, 'init-b': { exit: { after: 2000, code: 0 } }, app: { exit: { after: 1000, code: 1 } } },
      options: present,
      until: 60,
    });
    expect(conditionAt(trace, 2, 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init-a init-b]' });
    expect(conditionAt(trace, 5, 'Initialized')?.message).toBe('containers with incomplete status: [init-b]');
    expect(conditionAt(trace, 7, 'Initialized')).toMatchObject({ status: 'True', lastTransitionTime: '2025-01-01T00:00:07Z' });
    expect(conditionAt(trace, 60, 'Initialized')).toMatchObject({ status: 'True', lastTransitionTime: '2025-01-01T00:00:07Z' });
    expect(phaseAt(trace, 3)).toBe('Pending');
  });

  it('a failing init container with restartPolicy Always is restarted with back-off while the pod stays Pending', () => {
    const trace = run({ pod: twoInits('Always'), behaviours: { 'init-a': { exit: { after: 1000, code: 1 } } }, options: present, until: 60 });
    expect(restarts(trace, 'init-a').map(([t]) => t)).toEqual([3, 14, 35]);
    expect(stateAt(trace, 5, 'init-a')).toBe('waiting:CrashLoopBackOff');
    expect(phaseAt(trace, 59)).toBe('Pending');
    expect(entered(trace, 'init-b', 'starting')).toEqual([]);
    expect(entered(trace, 'app', 'starting')).toEqual([]);
  });

  it('a failing init container with restartPolicy Never fails the pod (getPhase rule 1) and nothing else starts', () => {
    const trace = run({ pod: twoInits('Never'), behaviours: { 'init-a': { exit: { after: 1000, code: 2 } } }, options: present, until: 30 });
    expect(phaseAt(trace, 2)).toBe('Failed');
    expect(stateAt(trace, 30, 'init-a')).toBe('terminated:Error:2');
    expect(entered(trace, 'init-b', 'starting')).toEqual([]);
    expect(events(trace, 'Started', 'app')).toHaveLength(0);
    expect(conditionAt(trace, 30, 'Ready')?.reason).toBe('PodFailed');
  });

  it('regular init containers are ready only once they exited 0', () => {
    const trace = run({ pod: twoInits(), behaviours: { 'init-a': { exit: { after: 3000, code: 0 } } }, options: present, until: 10 });
    const ready = (s: number) => podAt(trace, s)?.status.initContainerStatuses?.[0]?.ready;
    expect(ready(2)).toBe(false);
    expect(ready(4)).toBe(true);
  });
});

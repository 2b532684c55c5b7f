import { describe, expect, it } from 'vitest';
import { container, exec, pod, sleep } from '../../support/podBuilder';
import { csAt, entered, events, restarts, run, stateAt } from '../../support/simHarness';

const present = { presentImages: ['registry.example/app:1.0'] };

describe('postStart hooks (kuberuntime_container.go startContainer)', () => {
  it('the container is reported Waiting ContainerCreating until the hook returns, then Running since its real start', () => {
    const trace = run({ pod: pod({ containers: [container('app', { postStart: sleep(5) })] }), options: present, until: 10 });
    expect(stateAt(trace, 3, 'app')).toBe('waiting:ContainerCreating');
    expect(stateAt(trace, 6, 'app')).toBe('running');
    expect(csAt(trace, 6, 'app')?.state.running?.startedAt).toBe('2025-01-01T00:00:01Z');
    expect(trace.spans.find((s) => s.kind === 'postStart')).toMatchObject({ container: 'app', start: 1000, end: 6000, ok: true });
  });

  it('blocks the start of the next container in the same sync (containers start in spec order)', () => {
    const trace = run({ pod: pod({ containers: [container('a', { postStart: sleep(4) }), container('b')] }), options: present, until: 10 });
    expect(entered(trace, 'a', 'running')).toEqual([5]);
    expect(entered(trace, 'b', 'starting')).toEqual([5]);
    expect(events(trace, 'Started').map((e) => [e.container, e.t / 1000])).toEqual([
      ['a', 1],
      ['b', 5],
    ]);
  });

  it('a failing hook: FailedPostStartHook, Killing "FailedPostStartHook", then the restart policy applies', () => {
    const trace = run({ pod: pod({ containers: [container('app', { postStart: exec('false') })] }), options: present, until: 15 });
    expect(events(trace, 'FailedPostStartHook')[0]).toMatchObject({ t: 1000, type: 'Warning', message: 'PostStartHook failed', cause: 'spec.containers[0].lifecycle.postStart' });
    expect(events(trace, 'Killing')[0]).toMatchObject({ t: 1000, message: 'FailedPostStartHook' });
    const order = trace.events.filter((e) => e.t === 1000).map((e) => e.reason);
    expect(order.indexOf('FailedPostStartHook')).toBeLessThan(order.indexOf('Killing'));
    // until the next sync the container waits with the start error, the killed one in lastState
    expect(stateAt(trace, 1.5, 'app')).toBe('waiting:PostStartHookError');
    expect(csAt(trace, 1.5, 'app')?.lastState.terminated?.exitCode).toBe(143);
    expect(restarts(trace, 'app')[0]).toEqual([2, 1]);
    expect(trace.spans.find((s) => s.kind === 'postStart')?.ok).toBe(false);
  });
});

describe('a container that exits while its postStart hook runs', () => {
  it('is terminated, the hook span is closed as failed, and the restart policy applies', () => {
    const trace = run({ pod: pod({ containers: [container('app', { postStart: sleep(10) })] }), behaviours: { app: { runs: [{ exit: { after: 2000, code: 1 } }, {}] } }, options: present, until: 30 });
    expect(trace.spans.find((s) => s.kind === 'postStart')).toMatchObject({ start: 1000, end: 3000, ok: false });
    expect(stateAt(trace, 3, 'app')).toBe('terminated:Error:1');
    expect(restarts(trace, 'app')[0]).toEqual([4, 1]);
  });
});

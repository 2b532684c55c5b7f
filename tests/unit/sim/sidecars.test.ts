import { describe, expect, it } from 'vitest';
import { container, exec, pod, probe } from '../../support/podBuilder';
import { at, conditionAt, entered, events, phaseAt, restarts, run, stateAt } from '../../support/simHarness';

const present = { presentImages: ['registry.example/app:1.0'] };

describe('sidecar containers (KEP-753, computeInitContainerActions, kuberuntime_termination_order.go)', () => {
  it('the next init container starts one sync after the sidecar is running and started', () => {
    const p = pod({ sidecars: ['proxy'], initContainers: [container('proxy'), container('setup')], containers: [container('app')] });
    const trace = run({ pod: p, behaviours: { setup: { exit: { after: 2000, code: 0 } } }, options: present, until: 20 });
    expect(entered(trace, 'proxy', 'running')).toEqual([1]);
    expect(entered(trace, 'setup', 'running')).toEqual([2]);
    expect(entered(trace, 'app', 'running')).toEqual([5]); // setup exits at 4, next sync 5
    expect(stateAt(trace, 10, 'proxy')).toBe('running');
    expect(conditionAt(trace, 10, 'Initialized')?.status).toBe('True');
  });

  it('with a startup probe the next init container waits for the probe to succeed', () => {
    const proxy = container('proxy', { startupProbe: probe('startup', exec('cat', '/tmp/ready'), { periodSeconds: 2 }) });
    const p = pod({ sidecars: ['proxy'], initContainers: [proxy], containers: [container('app')] });
    const trace = run({
      pod: p,
      options: present,
      interventions: [at(7, { type: 'exec', container: 'proxy', command: ['touch', '/tmp/ready'] })],
      until: 20,
    });
    // worker ticks at 2,4,6,8: fails at 2,4,6; succeeds at 8 → app starts at 8 (probe-triggered sync)
    expect(trace.probes.filter((r) => r.container === 'proxy').map((r) => [r.t / 1000, r.result])).toEqual([
      [2, 'failure'],
      [4, 'failure'],
      [6, 'failure'],
      [8, 'success'],
    ]);
    expect(entered(trace, 'app', 'running')).toEqual([8]);
    expect(phaseAt(trace, 5)).toBe('Pending');
  });

  it('a sidecar restarts whatever the pod restartPolicy (Never), and Initialized stays True', () => {
    const p = pod({ restartPolicy: 'Never', sidecars: ['proxy'], initContainers: [container('proxy')], containers: [container('app')] });
    const trace = run({ pod: p, behaviours: { proxy: { exit: { after: 5000, code: 1 } } }, options: present, until: 40 });
    expect(restarts(trace, 'proxy').map(([t, n]) => [t, n])).toEqual([
      [7, 1],
      [22, 2],
    ]);
    expect(conditionAt(trace, 40, 'Initialized')).toMatchObject({ status: 'True' });
    expect(phaseAt(trace, 40)).toBe('Running');
  });

  it('a Job-like pod completes from its regular containers; sidecars are then stopped and the pod Succeeds', () => {
    const p = pod({ restartPolicy: 'Never', sidecars: ['proxy'], initContainers: [container('proxy')], containers: [container('job')] });
    const trace = run({ pod: p, behaviours: { job: { exit: { after: 3000, code: 0 } } }, options: present, until: 30 });
    // job runs 2..5; decision at 6 (PLEG): KillPod stops the sidecar with TERM → 143, ignored for phase
    expect(events(trace, 'Killing', 'proxy')[0]).toMatchObject({ t: 6000, message: 'Stopping container proxy' });
    expect(stateAt(trace, 7, 'proxy')).toBe('terminated:Error:143');
    expect(phaseAt(trace, 7)).toBe('Succeeded');
    expect(phaseAt(trace, 30)).toBe('Succeeded');
    // the sidecar exits at 6 s on TERM; the kubelet records it at the 7 s relist
    expect(entered(trace, 'proxy', 'done')).toEqual([7]);
  });

  it('on deletion sidecars stop after the regular containers, in reverse declaration order', () => {
    const p = pod({ sidecars: ['a', 'b'], initContainers: [container('a'), container('b')], containers: [container('app')] });
    const trace = run({
      pod: p,
      behaviours: { app: { sigterm: { exitAfter: 4000, code: 0 } }, b: { sigterm: { exitAfter: 1000, code: 0 } }, a: { sigterm: { exitAfter: 1000, code: 0 } } },
      options: present,
      interventions: [at(10, { type: 'delete' })],
      until: 40,
    });
    // Real exits: app 14 s, b 15 s (TERM when app stopped), a 16 s (TERM when b stopped): the order follows
    // killContainer returning, while each status shows the exit at the next PLEG relist (+1 s).
    const exits = trace.transitions.filter((x) => x.to === 'exited').map((x) => [x.machine, x.t / 1000]);
    expect(exits).toEqual([
      ['app', 15],
      ['b', 16],
      ['a', 17],
    ]);
    expect(trace.spans.filter((s) => s.kind === 'sigterm').map((s) => [s.container, s.start / 1000, s.end! / 1000])).toEqual([
      ['app', 10, 14],
      ['b', 14, 15],
      ['a', 15, 16],
    ]);
    // Killing events are sent to all at once, before the ordered TERM
    expect(events(trace, 'Killing').map((e) => [e.container, e.t / 1000])).toEqual([
      ['a', 10],
      ['b', 10],
      ['app', 10],
    ]);
  });
});

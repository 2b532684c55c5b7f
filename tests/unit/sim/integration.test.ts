/**
 * The simulator, the real behaviour runtime and the manifest parser working as one: signals sent
 * from inside an exec reach PID 1, deletion is visible as Terminating, runtime problems become
 * diagnostics.
 */
import { describe, expect, it } from 'vitest';
import { kubectlGet, simulate, statusAt } from '@/engine';
import type { Intervention, PodObject, Trace } from '@/engine';

const pod = (containers: string, extra = ''): string => `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
${extra}  containers:
${containers}`;

const NGINX_QUIT = pod(`  - name: web
    image: nginx:1.27
    lifecycle:
      preStop:
        exec:
          command: ["sh", "-c", "nginx -s quit; sleep 5"]
`);

const del = (s: number): Intervention => ({ at: s * 1000, action: { type: 'delete' } });
const exitOf = (trace: Trace, name: string) =>
  trace.frames
    .map((f) => f.pod?.status.containerStatuses?.find((c) => c.name === name)?.state.terminated)
    .find((t) => t !== undefined);
const secondsOf = (ts: string | undefined): number => (Date.parse(ts ?? '') - Date.parse('2025-01-01T00:00:00Z')) / 1000;

describe('signals from inside an exec wake PID 1 (the runtime contract: run() after signal)', () => {
  it('preStop `nginx -s quit; sleep 5` on nginx: graceful exit (0) ~0.5 s into the hook, not when the hook ends (TERM) or at the grace deadline — kuberuntime_container.go killContainer', () => {
    const trace = simulate({ manifest: NGINX_QUIT, interventions: [del(20)], until: 60_000 });
    const term = exitOf(trace, 'web');
    expect(term).toMatchObject({ exitCode: 0, reason: 'Completed' });
    // nginx's graceful QUIT takes ~0.5 s: it exits while the hook still sleeps (TERM would only come at 25 s).
    expect(secondsOf(term?.finishedAt)).toBeGreaterThanOrEqual(20);
    expect(secondsOf(term?.finishedAt)).toBeLessThan(21);
    expect(trace.spans.filter((s) => s.kind === 'sigterm')).toEqual([]);
    expect(trace.goneAt).toBeLessThan(25_000);
  });

  it('`kubectl exec web -- kill 1` delivers TERM to nginx, which exits at once and is restarted (restartPolicy Always)', () => {
    const trace = simulate({
      manifest: pod('  - name: web\n    image: nginx:1.27\n'),
      interventions: [{ at: 20_000, action: { type: 'exec', container: 'web', command: ['kill', '1'] } }],
      until: 60_000,
    });
    const at21 = statusAt(trace, 21_500)?.status.containerStatuses?.[0];
    expect(at21?.restartCount).toBe(1);
    expect(at21?.lastState.terminated?.finishedAt).toBe('2025-01-01T00:00:20Z');
  });
});

describe('deletion is published before the containers stop (kubectl get -w shows Terminating)', () => {
  it('the first frame with deletionTimestamp still has the container running: STATUS Terminating; the exit is seen at the next PLEG relist (1 s)', () => {
    // nginx exits ~0.1 s after TERM; without the relist delay, deletion and the terminal status shared one frame.
    const trace = simulate({ manifest: pod('  - name: web\n    image: nginx:1.27\n'), interventions: [del(20)], until: 60_000 });
    const first = trace.frames.find((f) => f.pod?.metadata.deletionTimestamp !== undefined);
    expect(first?.t).toBe(20_000);
    const p = first!.pod as PodObject;
    expect(p.status.containerStatuses?.[0]?.state.running).toBeDefined();
    expect(kubectlGet(p, first!.t).status).toBe('Terminating');
    const terminal = trace.frames.find((f) => f.pod?.status.phase === 'Succeeded' || f.pod?.status.phase === 'Failed');
    expect(terminal!.t).toBeGreaterThanOrEqual(21_000);
    expect(terminal!.t).toBeLessThan(22_000);
  });
});

describe('runtime problems become diagnostics (InspectableProcess.problems)', () => {
  it('a runaway loop in PID 1 is one R006 warning per container attempt on the command field', () => {
    const manifest = pod(`  - name: spin
    image: busybox
    command: ["sh", "-c", "while true; do :; done"]
`);
    const trace = simulate({ manifest, until: 30_000 });
    const r006 = trace.diagnostics.filter((d) => d.code === 'R006');
    expect(r006).toHaveLength(1);
    expect(r006[0]).toMatchObject({ severity: 'warning', path: 'spec.containers[0].command' });
    expect(r006[0]!.message).toMatch(/container spin \(restart 0\).*runaway loop/);
  });

  it('a well-behaved container produces no R006', () => {
    const manifest = pod('  - name: s\n    image: busybox\n    command: ["sh", "-c", "while true; do sleep 1; done"]\n');
    expect(simulate({ manifest, until: 30_000 }).diagnostics.filter((d) => d.code === 'R006')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { exec, runUntil, shell, startMain } from './harness';

/** Start, run to `t`, deliver `sig`, and run on to `until`. */
function signalAt(s: ReturnType<typeof shell>, t: number, sig: 'TERM' | 'KILL' | 'QUIT' | 'INT', until: number) {
  runUntil(s.p, s.world, t);
  s.p.signal(sig);
  return runUntil(s.p, s.world, until);
}

describe('signals as on a node (PID 1 is the namespace init)', () => {
  it('sh -c "sleep 3600" execs sleep as PID 1, which has no handler and ignores SIGTERM', () => {
    const s = shell('sleep 3600');
    expect(signalAt(s, 1000, 'TERM', 40_000)).toEqual({ state: 'running', wakeAt: 3_600_000 });
  });
  it('SIGKILL ends PID 1 at once with 137', () => {
    const s = shell('sleep 3600');
    expect(signalAt(s, 1000, 'KILL', 1000)).toEqual({ state: 'exited', code: 137, signal: 'KILL' });
  });
  it('a direct argv ["sleep","3600"] also ignores TERM as PID 1', () => {
    const s = startMain({ command: ['sleep', '3600'] });
    expect(signalAt(s, 0, 'TERM', 5000).state).toBe('running');
  });
  it("trap 'exit 0' TERM; sleep 600: the trap waits for the foreground sleep (dash/ash/bash), so TERM does not end it early", () => {
    const s = shell("trap 'echo got TERM; exit 0' TERM; sleep 600");
    expect(signalAt(s, 1000, 'TERM', 31_000).state).toBe('running');
    // …it only runs once sleep finishes (a real pod is SIGKILLed at the grace deadline before that).
    expect(runUntil(s.p, s.world, 700_000)).toEqual({ state: 'exited', code: 0 });
    expect(s.p.output()).toBe('got TERM\n');
  });
  it("trap 'exit 0' TERM; sleep 600 & wait: wait is interrupted, the trap runs at once", () => {
    const s = shell("trap 'echo bye; exit 0' TERM; sleep 600 & wait");
    expect(signalAt(s, 1000, 'TERM', 1000)).toEqual({ state: 'exited', code: 0 });
    expect(s.p.output()).toBe('bye\n');
  });
  it('a trap without exit lets the script continue after wait returns 143', () => {
    const s = shell("trap 'echo caught' TERM; sleep 600 & wait; echo status=$?");
    expect(signalAt(s, 10, 'TERM', 10)).toEqual({ state: 'exited', code: 0 });
    expect(s.p.output()).toBe('caught\nstatus=143\n');
  });
  it('a non-PID-1 child without a handler dies of TERM with 143 (seen by wait)', () => {
    const s = shell('sleep 600 & pid=$!; kill $pid; wait $pid; echo $?');
    expect(runUntil(s.p, s.world, 10)).toEqual({ state: 'exited', code: 0 });
    expect(s.p.output()).toBe('143\n');
  });
  it('kill -9 gives 137 to a child; kill -s INT gives 130', () => {
    const a = shell('sleep 60 & kill -9 $!; wait $!; echo $?');
    runUntil(a.p, a.world, 10);
    expect(a.p.output()).toBe('137\n');
    const b = shell('sleep 60 & kill -s INT $!; wait $!; echo $?');
    runUntil(b.p, b.world, 10);
    expect(b.p.output()).toBe('130\n');
  });
  it('an EXIT trap runs when the script ends', () => {
    const s = shell("trap 'echo cleanup' EXIT; echo work");
    expect(runUntil(s.p, s.world, 10)).toEqual({ state: 'exited', code: 0 });
    expect(s.p.output()).toBe('work\ncleanup\n');
  });
  it('a spinning PID 1 with a TERM trap still runs the trap when signalled (the loop checks traps between commands)', () => {
    const s = shell("trap 'exit 7' TERM; while true; do :; done");
    expect(runUntil(s.p, s.world, 1000)).toEqual({ state: 'running' });
    s.p.signal('TERM');
    expect(s.p.run()).toEqual({ state: 'exited', code: 7 });
  });
  it('when PID 1 exits, background children die with it', () => {
    const s = shell('sleep 100 & sleep 100 & exit 4');
    expect(runUntil(s.p, s.world, 10)).toEqual({ state: 'exited', code: 4 });
    expect(s.p.run()).toEqual({ state: 'exited', code: 4 });
  });
});

describe('image programs and signals', () => {
  it('nginx: TERM is a fast shutdown, exit 0 within ~0.1 s', () => {
    const s = startMain({ image: 'nginx' });
    runUntil(s.p, s.world, 1000);
    expect(s.p.listening().has(80)).toBe(true);
    s.p.signal('TERM');
    expect(runUntil(s.p, s.world, 2000)).toEqual({ state: 'exited', code: 0 });
    expect(s.world.t).toBe(1100);
  });
  it('nginx -s quit (the seed preStop hook) sends QUIT to the main nginx: graceful exit 0', () => {
    const s = startMain({ image: 'centos:nginx' });
    runUntil(s.p, s.world, 1000);
    const r = exec(s, ['/usr/local/nginx/sbin/nginx', '-s', 'quit'], 1000);
    expect(r.st).toEqual({ state: 'exited', code: 0 });
    expect(runUntil(s.p, s.world, 5000)).toEqual({ state: 'exited', code: 0 });
  });
  it('kill 1 from kubectl exec reaches PID 1 (ignored by a handler-less sleep, fatal for an app)', () => {
    const a = shell('sleep 3600');
    runUntil(a.p, a.world, 10);
    expect(exec(a, ['kill', '1'], 10).st).toEqual({ state: 'exited', code: 0 });
    expect(a.p.run().state).toBe('running');
    const b = startMain({ image: 'example.com/team/app:1', ports: [{ containerPort: 8080, protocol: 'TCP' }] });
    runUntil(b.p, b.world, 1000);
    exec(b, ['sh', '-c', 'kill 1'], 1000);
    expect(b.p.run()).toEqual({ state: 'exited', code: 143 });
  });
  it('pause handles TERM with exit 0; redis saves and exits 0; postgres smart-shuts down with 0', () => {
    for (const image of ['registry.k8s.io/pause:3.9', 'redis:7', 'postgres:16']) {
      const s = startMain({ image, env: [{ name: 'POSTGRES_PASSWORD', value: 'x' }] });
      runUntil(s.p, s.world, 5000);
      s.p.signal('TERM');
      expect(runUntil(s.p, s.world, 10_000)).toEqual({ state: 'exited', code: 0 });
    }
  });
  it('an unknown image is a typical app: TERM → 143', () => {
    const s = startMain({ image: 'example.com/team/app:1' });
    runUntil(s.p, s.world, 1000);
    s.p.signal('TERM');
    expect(s.p.run()).toEqual({ state: 'exited', code: 143 });
  });
});

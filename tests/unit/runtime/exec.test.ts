import { describe, expect, it } from 'vitest';
import { makePod } from './fakeWorld';
import { exec, rt, runUntil, shell, startMain } from './harness';

describe('exec processes: probes, hooks, kubectl exec', () => {
  const running = () => {
    const s = shell('touch /tmp/healthy; sleep 3600');
    runUntil(s.p, s.world, 10);
    return s;
  };
  it('cat /tmp/healthy succeeds while the file exists and fails with its message after rm', () => {
    const s = running();
    expect(exec(s, ['cat', '/tmp/healthy'], 10)).toEqual({ st: { state: 'exited', code: 0 }, out: '' });
    exec(s, ['rm', '/tmp/healthy'], 10);
    expect(exec(s, ['cat', '/tmp/healthy'], 10)).toEqual({ st: { state: 'exited', code: 1 }, out: "cat: can't open '/tmp/healthy': No such file or directory\n" });
  });
  it('fast-path and full-path execs agree (sh -c with && / || and redirects)', () => {
    const s = running();
    expect(exec(s, ['sh', '-c', 'test -f /tmp/healthy && echo ok || echo no'], 10).out).toBe('ok\n');
    expect(exec(s, ['sh', '-c', 'x=/tmp/healthy; test -f $x && echo ok || echo no'], 10).out).toBe('ok\n');
    expect(exec(s, ['sh', '-c', 'cat /tmp/missing 2>/dev/null || echo gone'], 10).out).toBe('gone\n');
    expect(exec(s, ['sh', '-c', 'exit 3'], 10).st).toEqual({ state: 'exited', code: 3 });
  });
  it('a missing binary fails with the runtime message and 127', () => {
    const s = running();
    const r = exec(s, ['healthcheck'], 10);
    expect(r.st).toEqual({ state: 'exited', code: 127 });
    expect(r.out).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "healthcheck": executable file not found in $PATH: unknown\n');
    expect(exec(s, ['sh', '-c', 'healthcheck'], 10).out).toBe('sh: healthcheck: not found\n');
  });
  it('an image without a shell cannot exec sh (pause)', () => {
    const s = startMain({ image: 'registry.k8s.io/pause:3.9' });
    runUntil(s.p, s.world, 10);
    expect(exec(s, ['sh', '-c', 'true'], 10).st).toEqual({ state: 'exited', code: 127 });
  });
  it('a hanging exec (sleep in a hook) blocks in simulated time and can be killed', () => {
    const s = running();
    const p = rt.startExec({ command: ['sh', '-c', 'sleep 20'], spec: s.spec, pod: makePod([s.spec]), fs: s.fs, world: s.world });
    expect(p.run()).toEqual({ state: 'running', wakeAt: 20_010 });
    p.signal('TERM');
    expect(p.run()).toEqual({ state: 'exited', code: 143, signal: 'TERM' });
  });
  it('curl against the pod itself reaches its own nginx; the Debian-based nginx image has no wget', () => {
    const s = startMain({ image: 'nginx' });
    runUntil(s.p, s.world, 1000);
    expect(exec(s, ['sh', '-c', 'curl -s http://localhost/ | grep -c nginx'], 1000).out).toBe('2\n');
    expect(exec(s, ['sh', '-c', 'wget -q http://localhost/'], 1000)).toEqual({ st: { state: 'exited', code: 127 }, out: 'sh: wget: not found\n' });
  });
});

describe('Kubernetes command/args rules', () => {
  it('command replaces ENTRYPOINT and drops CMD; $(VAR) expands from env; $$ escapes', () => {
    const s = startMain({ image: 'busybox', command: ['sh', '-c', 'echo $(GREETING) $$(GREETING)'], env: [{ name: 'GREETING', value: 'hello' }] });
    runUntil(s.p, s.world, 10);
    // Kubernetes leaves the shell `echo hello $(GREETING)`; the shell then runs GREETING as a command.
    expect(s.p.output()).toBe('sh: GREETING: not found\nhello\n');
  });
  it('an undefined $(VAR) stays as written', () => {
    const s = startMain({ image: 'busybox', command: ['echo', '$(NOPE)'] });
    runUntil(s.p, s.world, 10);
    expect(s.p.output()).toBe('$(NOPE)\n');
  });
  it('a missing binary as PID 1 cannot start: exit 128 with the runtime message', () => {
    const s = startMain({ image: 'busybox', command: ['frob'] });
    expect(s.p.run()).toEqual({ state: 'exited', code: 128 });
    expect(s.p.output()).toContain('exec: "frob": executable file not found in $PATH');
  });
  it('unknown app launchers (java -jar, python app.py) run as long-lived servers', () => {
    const s = startMain({ image: 'eclipse-temurin:21', command: ['java', '-jar', 'app.jar'], ports: [{ containerPort: 8080, protocol: 'TCP' }] });
    runUntil(s.p, s.world, 5000);
    expect(s.p.listening().get(8080)?.http('/')).toMatchObject({ status: 200 });
  });
});

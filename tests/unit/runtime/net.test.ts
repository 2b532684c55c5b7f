import { describe, expect, it } from 'vitest';
import { anyServer, staticServer } from '@/engine/runtime/servers';
import type { Server } from '@/engine/runtime/types';
import { FakeWorld } from './fakeWorld';
import { runScript, runUntil, startMain } from './harness';

function withService(world: FakeWorld, name: string, ip: string, ports: [number, Server][]) {
  world.services.set(name, ip);
  world.remote.set(ip, new Map(ports));
}

function run(script: string, image: string, setup: (w: FakeWorld) => void, until = 60_000) {
  const world = new FakeWorld();
  setup(world);
  const s = startMain({ image, command: ['sh', '-c', script] }, {}, new Map(), world);
  const st = runUntil(s.p, world, until);
  return { st, out: s.p.output(), world };
}

describe('nslookup against cluster DNS', () => {
  it('the seed init container loops "until nslookup myservice…" and ends once the Service exists', () => {
    const world = new FakeWorld();
    const s = startMain({ image: 'busybox', command: ['sh', '-c', 'until nslookup myservice.default.svc.cluster.local; do echo waiting for myservice; sleep 2; done'] }, {}, new Map(), world);
    expect(runUntil(s.p, world, 5000)).toEqual({ state: 'running', wakeAt: 6000 });
    expect(s.p.output()).toContain("** server can't find myservice.default.svc.cluster.local: NXDOMAIN");
    expect(s.p.output()).toContain('waiting for myservice');
    world.services.set('myservice', '10.96.12.34');
    expect(runUntil(s.p, world, 7000)).toEqual({ state: 'exited', code: 0 });
    expect(s.p.output()).toMatch(/Name:\tmyservice\.default\.svc\.cluster\.local\nAddress: 10\.96\.12\.34/);
  });
});

describe('wget (busybox exit codes: 0 ok, 1 on any failure)', () => {
  const svc = (w: FakeWorld) => withService(w, 'web', '10.96.0.20', [[80, anyServer(200, 'hello')]]);
  it('-q -O - prints the body and exits 0', () => {
    expect(run('wget -q -O - http://web/', 'busybox', svc)).toMatchObject({ st: { state: 'exited', code: 0 }, out: 'hello' });
  });
  it('bad address, refused and HTTP 404 all exit 1 with busybox messages', () => {
    expect(run('wget -q http://nope/', 'busybox', svc)).toMatchObject({ st: { code: 1 }, out: "wget: bad address 'nope'\n" });
    expect(run('wget -q http://web:81/', 'busybox', svc)).toMatchObject({ st: { code: 1 }, out: "wget: can't connect to remote host (10.96.0.20): Connection refused\n" });
    const nginx = (w: FakeWorld) => withService(w, 'web', '10.96.0.20', [[80, staticServer(startMain({ image: 'nginx' }).fs, '/usr/share/nginx/html')]]);
    expect(run('wget -q http://web/missing.html', 'busybox', nginx)).toMatchObject({ st: { code: 1 }, out: 'wget: server returned error: HTTP/1.1 404 Not Found\n' });
  });
  it('-T 5 against a server that never answers costs 5 s of simulated time, then exits 1', () => {
    const hang = (w: FakeWorld) => withService(w, 'slow', '10.96.0.30', [[80, { http: () => 'hang' }]]);
    const r = run('wget -q -T 5 http://slow/; echo $?', 'busybox', hang);
    expect(r.out).toBe('wget: download timed out\n1\n');
    expect(r.world.t).toBe(5000);
  });
  it('--spider checks without downloading', () => {
    expect(run('wget -q --spider http://web/ && ls', 'busybox', svc).out).toBe('bin\ndev\netc\nproc\nroot\ntmp\nusr\nvar\n');
  });
});

describe('curl (exit codes: 6 unresolved, 7 refused, 28 timeout, 22 with -f on ≥400)', () => {
  const svc = (w: FakeWorld) => withService(w, 'api', '10.96.0.40', [[8080, { http: (p) => (p === '/ok' ? { status: 200, body: 'fine' } : { status: 503 }) }]]);
  const code = (script: string) => run(`${script}; echo $?`, 'radial/busyboxplus:curl', svc).out.trim().split('\n').pop();
  it('maps each failure to its exit code', () => {
    expect(code('curl -s http://api:8080/ok >/dev/null')).toBe('0');
    expect(code('curl -s http://ghost/')).toBe('6');
    expect(code('curl -s http://api:9/')).toBe('7');
    expect(code('curl -s http://api:8080/bad')).toBe('0');
    expect(code('curl -sf http://api:8080/bad')).toBe('22');
  });
  it('-m bounds a hanging request: exit 28 after m seconds', () => {
    const r = run('curl -m 3 http://slow/; echo $?', 'radial/busyboxplus', (w) => withService(w, 'slow', '10.0.0.9', [[80, { http: () => 'hang' }]]), 10_000);
    expect(r.out).toBe('curl: (28) Operation timed out after 3000 milliseconds with 0 bytes received\n28\n');
  });
  it('prints curl error messages unless -s', () => {
    expect(run('curl http://ghost/', 'radial/busyboxplus', svc).out).toBe('curl: (6) Could not resolve host: ghost\n');
  });
  it('busybox has no curl: "sh: curl: not found", 127', () => {
    expect(runScript('curl http://x/; echo $?').out).toBe('sh: curl: not found\n127\n');
  });
});

describe('nc -z and the pod\'s own ports', () => {
  it('nc -z localhost 80 succeeds once nginx listens (~0.3 s after start) — sidecar checks', () => {
    const world = new FakeWorld();
    const web = startMain({ image: 'nginx' }, {}, new Map(), world);
    runUntil(web.p, world, 100);
    const probeEarly = startMain({ command: ['sh', '-c', 'nc -z localhost 80'] }, {}, new Map(), world);
    world.local = () => web.p.listening();
    expect(runUntil(probeEarly.p, world, 100)).toEqual({ state: 'exited', code: 1 });
    runUntil(web.p, world, 400);
    const probeLate = startMain({ command: ['sh', '-c', 'nc -z localhost 80'] }, {}, new Map(), world);
    world.local = () => web.p.listening();
    expect(runUntil(probeLate.p, world, 400)).toEqual({ state: 'exited', code: 0 });
  });
});

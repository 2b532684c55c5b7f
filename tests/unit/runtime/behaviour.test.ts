import { describe, expect, it } from 'vitest';
import { runUntil, startMain } from './harness';

const ports = [{ containerPort: 8080, protocol: 'TCP' as const, name: 'http' }];

describe('podlife/behavior overlay (ARCHITECTURE §6 layer 1)', () => {
  it('startup: the ports open only after N ms, even for nginx', () => {
    const s = startMain({ image: 'nginx' }, { startup: 5000 });
    runUntil(s.p, s.world, 4999);
    expect(s.p.listening().size).toBe(0);
    runUntil(s.p, s.world, 5000);
    expect(s.p.listening().has(80)).toBe(true);
  });
  it('exit {after, code}: the program exits by itself at that time with that code', () => {
    const s = startMain({ image: 'nginx' }, { exit: { after: 7000, code: 3 } });
    expect(runUntil(s.p, s.world, 60_000)).toEqual({ state: 'exited', code: 3 });
    expect(s.world.t).toBe(7000);
  });
  it('memory.oomAfter: killed with 137 and oom=true', () => {
    const s = startMain({ image: 'example.com/app' }, { memory: { oomAfter: 2000 } });
    expect(runUntil(s.p, s.world, 60_000)).toEqual({ state: 'exited', code: 137, oom: true });
    expect(s.world.t).toBe(2000);
  });
  it('sigterm {exitAfter, code} replaces the program reaction; ignore leaves only SIGKILL', () => {
    const a = startMain({ image: 'nginx' }, { sigterm: { exitAfter: 4000, code: 0 } });
    runUntil(a.p, a.world, 1000);
    a.p.signal('TERM');
    expect(runUntil(a.p, a.world, 60_000)).toEqual({ state: 'exited', code: 0 });
    expect(a.world.t).toBe(5000);
    const b = startMain({ image: 'nginx' }, { sigterm: 'ignore' });
    runUntil(b.p, b.world, 1000);
    b.p.signal('TERM');
    expect(runUntil(b.p, b.world, 31_000).state).toBe('running');
    b.p.signal('KILL');
    expect(b.p.run()).toEqual({ state: 'exited', code: 137, signal: 'KILL' });
  });
  it('http schedule: /healthz 200 then 500 from 20 s; other paths fall through to the program', () => {
    const s = startMain({ image: 'example.com/app', ports }, { http: { '/healthz': [{ from: 0, status: 200 }, { from: 20_000, status: 500 }] } });
    runUntil(s.p, s.world, 1000);
    expect(s.p.listening().get(8080)?.http('/healthz')).toMatchObject({ status: 200 });
    runUntil(s.p, s.world, 20_000);
    expect(s.p.listening().get(8080)?.http('/healthz')).toMatchObject({ status: 500 });
    expect(s.p.listening().get(8080)?.http('/')).toMatchObject({ status: 200 });
  });
  it('http status 0 means the request hangs (a probe timeout)', () => {
    const s = startMain({ image: 'example.com/app', ports }, { http: { '*': [{ from: 0, status: 0 }] } });
    runUntil(s.p, s.world, 1000);
    expect(s.p.listening().get(8080)?.http('/x')).toBe('hang');
  });
  it('http on a container whose command listens on nothing opens its declared ports', () => {
    const s = startMain({ image: 'busybox', command: ['sleep', '3600'], ports }, { http: { '/ready': [{ from: 0, status: 503 }, { from: 5000, status: 200 }] } });
    runUntil(s.p, s.world, 100);
    expect(s.p.listening().get(8080)?.http('/ready')).toMatchObject({ status: 503 });
    runUntil(s.p, s.world, 5000);
    expect(s.p.listening().get(8080)?.http('/ready')).toMatchObject({ status: 200 });
  });
  it('tcp schedule opens and closes ports by number or name', () => {
    const s = startMain({ image: 'example.com/app', ports }, { tcp: { http: [{ from: 0, open: false }, { from: 3000, open: true }] } });
    runUntil(s.p, s.world, 1000);
    expect(s.p.listening().has(8080)).toBe(false);
    runUntil(s.p, s.world, 3000);
    expect(s.p.listening().has(8080)).toBe(true);
  });
  it('wakeAt includes overlay change times so the simulator re-runs at them', () => {
    const s = startMain({ image: 'busybox', command: ['sleep', 'infinity'] }, { exit: { after: 9000, code: 1 } });
    expect(s.p.run()).toEqual({ state: 'running', wakeAt: 9000 });
  });
});

describe('exit override over a program that ends on its own', () => {
  it('busybox (default sh exits at once) with exit {after: 10 s, code: 1} runs 10 s, then exits 1', () => {
    const s = startMain({ image: 'busybox' }, { exit: { after: 10_000, code: 1 } });
    expect(s.p.run()).toEqual({ state: 'running', wakeAt: 10_000 });
    expect(runUntil(s.p, s.world, 60_000)).toEqual({ state: 'exited', code: 1 });
    expect(s.world.t).toBe(10_000);
  });
  it('a SIGKILL before then ends it with 137', () => {
    const s = startMain({ image: 'busybox' }, { exit: { after: 10_000, code: 1 } });
    runUntil(s.p, s.world, 2000);
    s.p.signal('KILL');
    expect(s.p.run()).toEqual({ state: 'exited', code: 137, signal: 'KILL' });
  });
});

describe('annotation-only programs', () => {
  it('busybox with exit and http annotations serves the declared port until it exits', () => {
    const s = startMain({ image: 'busybox', ports }, { exit: { after: 10_000, code: 0 }, http: { '/': [{ from: 0, status: 200 }] } });
    runUntil(s.p, s.world, 5000);
    expect(s.p.listening().get(8080)?.http('/')).toMatchObject({ status: 200 });
    runUntil(s.p, s.world, 20_000);
    expect(s.p.listening().size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { exec, rt, runUntil, startMain } from './harness';

describe('container file systems and volumes', () => {
  it('each attempt gets a fresh fs from the image: a file written by attempt 0 is gone in attempt 1', () => {
    const a = startMain({ image: 'nginx', command: ['sh', '-c', 'echo hi > /tmp/state; sleep 10'] });
    runUntil(a.p, a.world, 1);
    expect(a.fs.read('/tmp/state')).toBe('hi\n');
    const fresh = rt.createFs(a.spec, new Map());
    expect(fresh.exists('/tmp/state')).toBe(false);
    expect(fresh.read('/usr/share/nginx/html/index.html')).toContain('Welcome to nginx!');
    expect(fresh.exists('/usr/share/nginx/html/50x.html')).toBe(true);
  });
  it('an emptyDir volume is shared by containers and survives a restart', () => {
    const vol = rt.createVolume('data');
    const vols = new Map([['data', vol]]);
    const writer = startMain({ command: ['sh', '-c', 'echo ready > /work/flag'], volumeMounts: [{ name: 'data', mountPath: '/work', readOnly: false }] }, {}, vols);
    expect(runUntil(writer.p, writer.world, 10)).toEqual({ state: 'exited', code: 0 });
    // Another container mounting the same volume elsewhere sees the file…
    const reader = startMain({ name: 'b', command: ['sh', '-c', 'cat /data/flag'], volumeMounts: [{ name: 'data', mountPath: '/data', readOnly: false }] }, {}, vols);
    runUntil(reader.p, reader.world, 10);
    expect(reader.p.output()).toBe('ready\n');
    // …and so does the writer's next attempt, while its own /tmp is fresh.
    const again = rt.createFs(writer.spec, vols);
    expect(again.read('/work/flag')).toBe('ready\n');
  });
  it('a script written into a volume by one container can be run by path in another', () => {
    const vols = new Map([['v', rt.createVolume('v')]]);
    const a = startMain({ command: ['sh', '-c', 'printf "#!/bin/sh\\necho from-script\\nexit 3\\n" > /v/run.sh'], volumeMounts: [{ name: 'v', mountPath: '/v', readOnly: false }] }, {}, vols);
    runUntil(a.p, a.world, 10);
    const b = startMain({ command: ['/v/run.sh'], volumeMounts: [{ name: 'v', mountPath: '/v', readOnly: false }] }, {}, vols);
    expect(runUntil(b.p, b.world, 10)).toEqual({ state: 'exited', code: 3 });
    expect(b.p.output()).toBe('from-script\n');
  });
  it('/dev/termination-log is written by the program and readable through Fs.read', () => {
    const s = startMain({ command: ['sh', '-c', 'echo "database unreachable" > /dev/termination-log; exit 1'] });
    expect(runUntil(s.p, s.world, 10)).toEqual({ state: 'exited', code: 1 });
    expect(s.fs.read('/dev/termination-log')).toBe('database unreachable\n');
  });
  it('a custom terminationMessagePath exists from the start', () => {
    const fs = rt.createFs(startMain({}).spec, new Map());
    expect(fs.exists('/tmp')).toBe(true);
    const custom = rt.createFs({ ...startMain({}).spec, terminationMessagePath: '/var/log/why' }, new Map());
    expect(custom.exists('/var/log/why')).toBe(true);
  });
  it('/etc/hostname holds the pod name; hostname prints it', () => {
    const s = startMain({ command: ['sh', '-c', 'cat /etc/hostname; hostname'] });
    runUntil(s.p, s.world, 10);
    expect(s.p.output()).toBe('web\nweb\n');
  });
  it('the docs liveness exec example: touch at t=0, rm at 30 s, keeps running', () => {
    const s = startMain({ image: 'registry.k8s.io/busybox', args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'] });
    expect(s.p.run()).toEqual({ state: 'running', wakeAt: 30_000 });
    expect(exec(s, ['cat', '/tmp/healthy'], 0).st).toEqual({ state: 'exited', code: 0 });
    runUntil(s.p, s.world, 29_999);
    expect(s.fs.exists('/tmp/healthy')).toBe(true);
    expect(runUntil(s.p, s.world, 30_000)).toEqual({ state: 'running', wakeAt: 630_000 });
    expect(s.fs.exists('/tmp/healthy')).toBe(false);
    const probe = exec(s, ['cat', '/tmp/healthy'], 30_000);
    expect(probe.st).toEqual({ state: 'exited', code: 1 });
    expect(probe.out).toBe("cat: can't open '/tmp/healthy': No such file or directory\n");
    expect(runUntil(s.p, s.world, 600_000).state).toBe('running');
  });
});

import { describe, expect, it } from 'vitest';
import type { ProbeSpec } from '@/engine/model/spec';
import { exec, probe as probeSpec } from '../../support/podBuilder';
import { makeSpec } from './fakeWorld';
import { rt } from './harness';

const probe = (command: string[]): ProbeSpec => probeSpec('liveness', exec(...command), { path: 'spec.containers[0].livenessProbe' });

describe('runtime.analyze', () => {
  it('reports an unterminated quote in sh -c with the field path of the script', () => {
    const d = rt.analyze(makeSpec({ command: ['sh', '-c', "echo 'oops"] }));
    expect(d).toEqual([expect.objectContaining({ code: 'S001', severity: 'warning', path: 'spec.containers[0].command[2]', message: expect.stringContaining('unterminated quoted string') })]);
  });
  it('reports syntax errors in exec probes and hooks', () => {
    const d = rt.analyze(makeSpec({ livenessProbe: probe(['sh', '-c', 'if true; then echo']), preStop: { kind: 'exec', command: ['/bin/sh', '-c', 'done'] } }));
    expect(d.map((x) => x.path)).toEqual(['spec.containers[0].livenessProbe.exec.command[2]', 'spec.containers[0].lifecycle.preStop.exec.command[2]']);
  });
  it('an unknown program in the main command is an info: it runs as a generic server', () => {
    const d = rt.analyze(makeSpec({ image: 'example.com/app', command: ['/usr/local/bin/myserver', '--port', '80'] }));
    expect(d).toEqual([expect.objectContaining({ code: 'R101', severity: 'info', path: 'spec.containers[0].command[0]' })]);
    expect(rt.analyze(makeSpec({ image: 'eclipse-temurin', command: ['sh', '-c', 'java -jar app.jar'] }))[0]).toMatchObject({ code: 'R101' });
  });
  it('known programs and valid scripts give no diagnostics', () => {
    expect(rt.analyze(makeSpec({ command: ['sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'], livenessProbe: probe(['cat', '/tmp/healthy']) }))).toEqual([]);
    expect(rt.analyze(makeSpec({ image: 'centos:nginx', preStop: { kind: 'exec', command: ['/usr/local/nginx/sbin/nginx', '-s', 'quit'] } }))).toEqual([]);
  });
  it('a program the known image lacks (curl in busybox) is a warning on the exec probe', () => {
    const d = rt.analyze(makeSpec({ livenessProbe: probe(['curl', '-f', 'http://localhost/']) }));
    expect(d).toEqual([expect.objectContaining({ code: 'R102', severity: 'warning', path: 'spec.containers[0].livenessProbe.exec.command[0]' })]);
  });
});

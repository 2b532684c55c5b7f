/**
 * The behaviour JSON schema agrees with the parser, and the `analyze` hook's diagnostics get
 * source ranges from locate() (pod-relative paths, also inside workloads).
 */
import { describe, expect, it } from 'vitest';
import schema from '@/schemas/behavior.schema.json';
import { ATTEMPT_KEYS, CONTAINER_KEYS, PULL_ERRORS } from '@/engine/manifest/behaviour';
import type { Diagnostic } from '@/engine/model/diagnostics';
import { find, lineOf, parseManifest } from './helpers';

describe('behavior.schema.json', () => {
  it('is draft-07 and lists exactly the keys the parser accepts', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.definitions.container.properties).sort()).toEqual([...CONTAINER_KEYS].sort());
    expect(Object.keys(schema.definitions.attempt.properties).sort()).toEqual([...ATTEMPT_KEYS].sort());
    expect(schema.definitions.container.properties.pull.oneOf[1]?.properties.error?.examples).toEqual(PULL_ERRORS);
  });
  it('its httpStatus accepts what the parser accepts: 100–599, 0 and "timeout"', () => {
    const alts = schema.definitions.httpStatus.oneOf as { minimum?: number; maximum?: number; const?: unknown }[];
    expect(alts[0]).toMatchObject({ minimum: 100, maximum: 599 });
    expect(alts.map((a) => a.const).filter((c) => c !== undefined)).toEqual([0, 'timeout']);
    const http = JSON.stringify(schema.definitions.attemptFields.http);
    expect(http.match(/#\/definitions\/httpStatus/g)).toHaveLength(2);
  });
  it('its duration pattern accepts what parseDuration accepts', () => {
    const re = new RegExp(schema.definitions.duration.oneOf[1]?.pattern ?? '^$');
    expect(['10', '10s', '2m', '1h', '500ms', '1m30s', '1.5'].every((s) => re.test(s))).toBe(true);
    expect(['soon', '-5s', '10 s', ''].some((s) => re.test(s))).toBe(false);
  });
});

describe('the analyze hook (static checks per container)', () => {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector: {matchLabels: {app: w}}
  template:
    metadata: {labels: {app: w}}
    spec:
      initContainers:
      - name: init
        image: busybox
        command: [sh, -c, "sleep 1"]
      containers:
      - name: app
        image: nginx
        command: [sh, -c, "frobnicate"]
`;
  it('fills the range of a pod-relative path inside the workload, and sees every container in order', () => {
    const seen: string[] = [];
    const analyze = (c: { name: string; path: string }): Diagnostic[] => {
      seen.push(c.name);
      return c.name === 'app' ? [{ severity: 'info', code: 'S001', message: 'unknown program "frobnicate"', path: `${c.path}.command` }] : [];
    };
    const r = parseManifest(text, { analyze });
    expect(seen).toEqual(['init', 'app']);
    const d = find(r, 'frobnicate');
    expect(d.range?.start.line).toBe(lineOf(text, '[sh, -c, "frobnicate"]'));
    expect(d.documentIndex).toBe(0);
    expect(r.pod).toBeDefined();
  });
  it('an analyser error blocks the pod; an analyser that throws becomes a warning', () => {
    const blocked = parseManifest(text, { analyze: (c) => [{ severity: 'error', code: 'S002', message: 'syntax error', path: c.path }] });
    expect(blocked.pod).toBeUndefined();
    const thrown = parseManifest(text, {
      analyze: () => {
        throw new Error('boom');
      },
    });
    expect(find(thrown, 'the command analyser failed: boom').severity).toBe('warning');
    expect(thrown.pod).toBeDefined();
  });
});

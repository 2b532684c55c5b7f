/** The text exports agree with the CLI (ARCHITECTURE §4): transcript and JSON. */
import { describe, expect, it } from 'vitest';
import { simulate } from '@/engine';
import { findScenario } from '@/state/scenarioCatalog';
import { traceJsonText, transcriptText } from '@/ui/export/textExports';
import { fileStem } from '@/ui/export/download';

const trace = simulate({ manifest: findScenario('crashloop-backoff')!.manifest, until: 120_000 });

describe('transcriptText', () => {
  it('starts with `kubectl get pod -w` and its header, and ends with describe at the cursor', () => {
    const text = transcriptText(trace, 30_000);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\$ kubectl get pod \S+ -w$/);
    expect(lines[1]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(text).toMatch(/\$ kubectl describe pod \S+ {4}# at 30s/);
    expect(text).toContain('CrashLoopBackOff');
    expect(text).toMatch(/^Events:/m);
  });
  it('a different cursor gives a different describe (the events listed grow)', () => {
    expect(transcriptText(trace, 5_000)).not.toBe(transcriptText(trace, 100_000));
  });
});

describe('traceJsonText', () => {
  it('is the CLI document: version 1, frames with kubectl columns, events and probes', () => {
    const doc = JSON.parse(traceJsonText(trace)) as { version: number; until: number; frames: { t: number; kubectl: unknown }[]; events: unknown[] };
    expect(doc.version).toBe(1);
    expect(doc.until).toBe(120);
    expect(doc.frames.length).toBeGreaterThan(3);
    expect(doc.frames.some((f) => (f.kubectl as { status?: string } | null)?.status === 'CrashLoopBackOff')).toBe(true);
    expect(doc.events.length).toBeGreaterThan(0);
  });
});

describe('fileStem', () => {
  it('makes safe file names', () => {
    expect(fileStem('startup-probe-slow-start')).toBe('startup-probe-slow-start');
    expect(fileStem('My Pod/1')).toBe('my-pod-1');
    expect(fileStem(null)).toBe('podlife');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '@/cli/args';
import { explainCommand, readDocuments } from '@/cli/explainCommand';
import type { Io } from '@/cli/io';

vi.mock('@/engine/sim/simulate', () => ({ simulate: vi.fn(), createSimulation: vi.fn() }));

const NOW = Date.parse('2025-03-01T10:05:00Z');

function fakeIo(files: Record<string, string>) {
  let out = '';
  const io: Io = {
    readFile: (p) => {
      const text = files[p];
      if (text === undefined) throw new InputError(`cannot read ${p}: no such file`);
      return text;
    },
    stdout: (t) => (out += t),
    stderr: () => undefined,
  };
  return { io, out: () => out };
}

const fixture = (n: string) => readFileSync(`tests/fixtures/explain/${n}.yaml`, 'utf8');

describe('explain command', () => {
  it('a kind: List gives one result per item, in order; JSON is an array when more than one', () => {
    const { io, out } = fakeIo({ 'pods.yaml': fixture('list') });
    expect(explainCommand({ command: 'explain', file: 'pods.yaml', format: 'json' }, io, NOW)).toBe(0);
    const results = JSON.parse(out()) as { name: string; phase: string; rule: string }[];
    expect(results.map((r) => [r.name, r.phase])).toEqual([
      ['big', 'Pending'],
      ['small', 'Running'],
    ]);
  });

  it('one document gives one JSON object with phase, rule, kubectl and reasons', () => {
    const { io, out } = fakeIo({ 'p.yaml': fixture('crashloop') });
    explainCommand({ command: 'explain', file: 'p.yaml', format: 'json' }, io, NOW);
    expect(JSON.parse(out())).toMatchObject({ phase: 'Running', rule: 'stopped-restart-always', kubectl: { status: 'CrashLoopBackOff' } });
  });

  it('several YAML documents and JSON input are read alike; text output names each pod', () => {
    const json = JSON.stringify(readDocuments('x', fixture('unready'))[0]!.value);
    const { io, out } = fakeIo({ 'two.yaml': `${fixture('running-nginx')}\n---\n${fixture('job-completed')}`, 'p.json': json });
    explainCommand({ command: 'explain', file: 'two.yaml', format: 'text' }, io, NOW);
    expect(out()).toMatch(/^pod\/nginx\n {2}phase: {4}Running\n[\s\S]*\npod\/pi-x7k2p\n {2}phase: {4}Succeeded\n/);
    const second = fakeIo({ 'p.json': json });
    explainCommand({ command: 'explain', file: 'p.json', format: 'text' }, second.io, NOW);
    expect(second.out()).toContain('  kubectl:  READY 0/1   STATUS Running   RESTARTS 0\n');
  });

  it('bad YAML is an input error with file:line:column', () => {
    expect(() => readDocuments('pod.yaml', 'kind: Pod\nspec:\n  containers: [\n')).toThrow(/^pod\.yaml:\d+:\d+: /);
  });

  it('a non-pod document is an input error naming the file and document', () => {
    const { io } = fakeIo({ 'd.yaml': `${fixture('running-nginx')}\n---\nkind: Deployment\nmetadata: {name: web}\n` });
    expect(() => explainCommand({ command: 'explain', file: 'd.yaml', format: 'text' }, io, NOW)).toThrow(
      'd.yaml (document 2): Deployment "web" is not a Pod',
    );
  });
});

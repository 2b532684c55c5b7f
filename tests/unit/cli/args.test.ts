import { describe, expect, it } from 'vitest';
import { DEFAULT_UNTIL_MS, UsageError, parseArgs } from '@/cli/args';

describe('CLI arguments (ARCHITECTURE §4)', () => {
  it('simulate: file, --until/--at in seconds or durations, repeated --do, --format', () => {
    expect(
      parseArgs(['simulate', 'pod.yaml', '--until', '120', '--seed=7', '--at', '1m30s', '--do', '10 delete', '--do=20 node-lost', '--format', 'json']),
    ).toEqual({
      command: 'simulate',
      file: 'pod.yaml',
      until: 120_000,
      seed: 7,
      at: 90_000,
      actions: ['10 delete', '20 node-lost'],
      format: 'json',
      presentImages: [],
      jitter: false,
    });
  });

  it('simulate defaults: until = the engine default 10 min, seed 1, text', () => {
    expect(parseArgs(['simulate', 'pod.yaml'])).toEqual({
      command: 'simulate',
      file: 'pod.yaml',
      until: DEFAULT_UNTIL_MS,
      seed: 1,
      actions: [],
      format: 'text',
      presentImages: [],
      jitter: false,
    });
  });

  it('simulate: repeated --present-image and a bare --jitter', () => {
    const a = parseArgs(['simulate', 'rc.yaml', '--present-image', 'web:apache', '--present-image=nginx:1.27', '--jitter']);
    expect(a).toMatchObject({ presentImages: ['web:apache', 'nginx:1.27'], jitter: true });
  });

  it('explain: --now RFC 3339 → epoch ms', () => {
    expect(parseArgs(['explain', 'p.json', '--now', '2025-03-01T10:05:00Z'])).toEqual({
      command: 'explain',
      file: 'p.json',
      now: Date.parse('2025-03-01T10:05:00Z'),
      format: 'text',
    });
  });

  it('help', () => {
    expect(parseArgs([])).toEqual({ command: 'help' });
    expect(parseArgs(['simulate', '--help'])).toEqual({ command: 'help' });
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['simulate'], /simulate needs a file argument/],
    [['simulate', 'a.yaml', 'b.yaml'], /unexpected argument "b.yaml"/],
    [['simulate', 'a.yaml', '--until'], /flag --until needs a value/],
    [['simulate', 'a.yaml', '--until', 'soon'], /invalid value "soon" for --until/],
    [['simulate', 'a.yaml', '--until', '0'], /--until must be greater than 0/],
    [['simulate', 'a.yaml', '--seed', '-3'], /invalid value "-3" for --seed/],
    [['simulate', 'a.yaml', '--until', '60', '--at', '90'], /--at 90 is after --until/],
    [['simulate', 'a.yaml', '--format', 'xml'], /invalid value "xml" for --format/],
    [['simulate', 'a.yaml', '--now', 'x'], /unknown flag --now for simulate/],
    [['simulate', 'a.yaml', '--seed', '1', '--seed', '2'], /--seed given more than once/],
    [['explain', 'a.yaml', '--now', 'yesterday'], /invalid value "yesterday" for --now/],
    [['explain', 'a.yaml', '--do', '1 delete'], /unknown flag --do for explain/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

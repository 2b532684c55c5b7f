import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rt, runScript } from './harness';
import { makeSpec } from './fakeWorld';

// Fragments that combine into plausible and broken scripts alike.
const FRAGMENTS = ['echo a', 'sleep 1', 'exit 3', 'false', 'true', ';', '&&', '||', '&', '|', 'if', 'then', 'fi', 'else', 'while', 'do', 'done', 'for x in 1 2;', '(', ')', '{', '}', "'", '"', '$(', '`', '$((1+', '))', 'trap "echo t" TERM;', 'wait', 'kill $$', '> /tmp/f', '< /nope', '2>&1', 'cat /tmp/f', 'x=$x.', '${x:-y}', 'rm -rf /', 'cd /tmp', '\n', ' ', '#c', '!', 'sh -c', 'nslookup svc', 'wget -q http://x/', 'timeout 2 sleep 5', 'break', 'return', 'f() {', 'f'];

describe('robustness: any script yields a bounded outcome, never an exception (ARCHITECTURE §7)', () => {
  it('random fragment soups run to an exit or a blocked state within the horizon', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 }), (parts) => {
        const script = parts.join(' ');
        const r = runScript(script, 20_000);
        expect(['running', 'exited']).toContain(r.st.state);
        expect(() => rt.analyze(makeSpec({ command: ['sh', '-c', script] }))).not.toThrow();
      }),
      { numRuns: 300, seed: 7 },
    );
  });
  it('timeout ends a long command with 124 at the deadline, and passes through a quick one', () => {
    const r = runScript('timeout 2 sleep 5; echo $?; timeout 5 sh -c "exit 4"; echo $?');
    expect(r.out).toBe('124\n4\n');
    expect(r.world.t).toBe(2000);
  });
});

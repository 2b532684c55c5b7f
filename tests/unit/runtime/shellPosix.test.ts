/**
 * More of the sh subset container scripts use, checked against busybox ash / dash behaviour:
 * `set -o` / `set -euo pipefail`, `$((…))` with `++`/`--`/`**`/hex/octal and 64-bit-sized values,
 * `jobs -p`, `$PPID`, `${x/pat/rep}` and `${x:off:len}` (ash bash-compat), printf `%f`/`%e`.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from './harness';

const out = (script: string) => runScript(script, 60_000).out;
const code = (script: string) => {
  const r = runScript(script, 60_000);
  return r.st.state === 'exited' ? r.st.code : -1;
};

describe('set -o', () => {
  it('`set -euo pipefail` sets errexit and leaves the positional parameters alone', () => {
    expect(out('set -- a b; set -euo pipefail; echo $# $1')).toBe('2 a\n');
    expect(code('set -euo pipefail; false; echo never')).toBe(1);
  });
  it('`set -o errexit` / `set +o errexit`; an unknown option is an error (status 2)', () => {
    expect(out('set -o errexit; set +o errexit; false; echo survives')).toBe('survives\n');
    expect(code('set -o errexit; false; echo never')).toBe(1);
    const r = runScript('set -o nosuch; echo after', 1000);
    expect(r.out).toBe('sh: set: illegal option -o nosuch\nafter\n');
  });
});

describe('arithmetic', () => {
  it('postfix and prefix ++/--, compound assignment', () => {
    expect(out('i=0; echo $((i++)) $i $((++i)) $((i--)) $i $((i+=5)) $((i%=4))')).toBe('0 1 2 2 1 6 2\n');
  });
  it('** power (right-assoc), hex and octal literals, negative modulo truncates toward zero', () => {
    expect(out('echo $((2 ** 3 ** 2)) $((0x1f)) $((010)) $((-7 % 3)) $((7 / -2))')).toBe('512 31 8 -1 -3\n');
  });
  it('milliseconds since the epoch do not wrap at 32 bits', () => {
    expect(out('s=1700000000; echo $((s * 1000 + 5))')).toBe('1700000000005\n');
  });
  it('a bad literal is an arithmetic syntax error that ends the shell (status 2)', () => {
    const r = runScript('echo $((08)); echo never', 1000);
    expect(r.out).toBe('sh: arithmetic syntax error\n');
    expect(r.st).toEqual({ state: 'exited', code: 2 });
  });
});

describe('jobs and PPID', () => {
  it('`jobs -p` lists the pids of running background jobs, so `kill $(jobs -p)` stops them', () => {
    expect(out('sleep 100 & a=$!; sleep 100 & b=$!; [ "$(jobs -p)" = "$a\n$b" ] && echo same; jobs -p | wc -l')).toBe('same\n2\n');
    expect(out('sleep 100 & sleep 100 & kill $(jobs -p); sleep 1; jobs -p | wc -l')).toBe('0\n');
  });
  it('PID 1 of a container has PPID 0; a background job sees its parent', () => {
    expect(out('echo $PPID; (echo $PPID) & wait')).toBe('0\n1\n');
  });
});

describe('ash bash-compat expansions', () => {
  it('${x/pat/rep} replaces the first (longest) match, ${x//pat/rep} every match', () => {
    expect(out('x=hello; echo ${x/l/L} ${x//l/L} ${x/l*/_} ${x//[aeiou]/}')).toBe('heLlo heLLo he_ hll\n');
    expect(out('p=a.b.c; echo ${p//./-}')).toBe('a-b-c\n');
  });
  it('${x:off:len} with negative offsets and lengths', () => {
    expect(out('x=abcdef; echo ${x:1:3} ${x:4} ${x: -2} ${x:1:-1}')).toBe('bcd ef ef bcde\n');
  });
});

describe('printf', () => {
  it('floating conversions, zero padding after the sign', () => {
    expect(out('printf "%.2f|%5.1f|%e|%05d|%-3s|\\n" 3.14159 2 12345 -3 a')).toBe('3.14|  2.0|1.234500e+04|-0003|a  |\n');
  });
});

describe('values that grow without bound', () => {
  it('a variable doubled every second: the shell stops at 8 MiB with "out of memory" (status 2), as ash does when malloc fails', () => {
    const r = runScript('x=a; while true; do x="$x$x"; echo ${#x}; sleep 1; done', 120_000);
    expect(r.st).toEqual({ state: 'exited', code: 2 });
    expect(r.out.endsWith('8388608\nsh: out of memory\n')).toBe(true);
  });
});

describe('pathname expansion', () => {
  it('bracket expressions work in globs (same matcher as case): /tmp/[ab]*.log', () => {
    expect(out('touch /tmp/a1.log /tmp/b2.log /tmp/c3.log; echo /tmp/[ab]*.log; echo /tmp/[!ab]*.log')).toBe('/tmp/a1.log /tmp/b2.log\n/tmp/c3.log\n');
  });
});

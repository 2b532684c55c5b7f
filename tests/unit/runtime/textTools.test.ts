/**
 * Tools and expansions container commands use, compared with busybox (coreutils where busybox
 * follows it): tr, cut, sort, uniq, seq, wc, date on the simulated clock, id/whoami, head/tail
 * options; `<<<` here-strings, `$(…)` inside `$((…))`, quoted parts of `${x:-…}` not field-split.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from './harness';

const out = (script: string, until = 60_000) => runScript(script, until).out;

describe('text tools', () => {
  it('tr maps ranges and classes, deletes with -d, squeezes with -s', () => {
    expect(out('echo hello | tr a-z A-Z')).toBe('HELLO\n');
    expect(out("echo 'Hello World' | tr '[:lower:]' '[:upper:]'")).toBe('HELLO WORLD\n');
    expect(out("echo 'a-b-c' | tr -d -- -")).toBe('abc\n');
    expect(out("echo 'a   b    c' | tr -s ' '")).toBe('a b c\n');
    expect(out("printf 'a\\nb\\n' | tr '\\n' ,")).toBe('a,b,');
  });
  it('cut takes fields with -d/-f (lists and ranges) and characters with -c; a line without the delimiter is kept whole', () => {
    expect(out("echo 'root:x:0:0' | cut -d: -f1,3")).toBe('root:0\n');
    expect(out("echo 'a b c d' | cut -d ' ' -f 2-")).toBe('b c d\n');
    expect(out("echo abcdef | cut -c 2-4")).toBe('bcd\n');
    expect(out("echo nodelim | cut -d: -f2")).toBe('nodelim\n');
  });
  it('sort (-n, -r, -u, -k with -t) and uniq (-c, -d, -u)', () => {
    expect(out("printf '10\\n9\\n100\\n' | sort")).toBe('10\n100\n9\n');
    expect(out("printf '10\\n9\\n100\\n' | sort -n")).toBe('9\n10\n100\n');
    expect(out("printf '10\\n9\\n100\\n' | sort -rn")).toBe('100\n10\n9\n');
    expect(out("printf 'b\\na\\nb\\n' | sort -u")).toBe('a\nb\n');
    expect(out("printf 'x:3\\ny:1\\nz:2\\n' | sort -t: -k2 -n")).toBe('y:1\nz:2\nx:3\n');
    expect(out("printf 'a\\na\\nb\\nc\\nc\\n' | uniq -d")).toBe('a\nc\n');
    expect(out("printf 'a\\na\\nb\\n' | uniq -u")).toBe('b\n');
  });
  it('seq with an increment, a negative step, -s and -w', () => {
    expect(out('seq 3')).toBe('1\n2\n3\n');
    expect(out('seq 2 2 8')).toBe('2\n4\n6\n8\n');
    expect(out('seq 3 -1 1')).toBe('3\n2\n1\n');
    expect(out('seq -s, 1 3')).toBe('1,2,3\n');
    expect(out('seq -w 8 10')).toBe('08\n09\n10\n');
  });
  it('wc counts lines, words, characters; with a file it names it', () => {
    expect(out("printf 'a b\\nc\\n' | wc -w")).toBe('3\n');
    expect(out("printf 'a b\\nc\\n' | wc")).toBe('2 3 6\n');
    expect(out("printf 'x\\ny\\n' > /tmp/f; wc -l /tmp/f")).toBe('2 /tmp/f\n');
  });
  it('head and tail: -n N, -N, -c N, tail -n +N', () => {
    expect(out('seq 5 | head -n 2')).toBe('1\n2\n');
    expect(out('seq 5 | head -3')).toBe('1\n2\n3\n');
    expect(out('echo abcdef | head -c 3')).toBe('abc');
    expect(out('seq 5 | tail -2')).toBe('4\n5\n');
    expect(out('seq 5 | tail -n +4')).toBe('4\n5\n');
    expect(out('echo abcdef | tail -c 3')).toBe('ef\n');
    expect(out('seq 5 > /tmp/n; head -n1 /tmp/n; tail -n1 /tmp/n')).toBe('1\n5\n');
  });
  it('grep -n, -v, -c, -w, -E alternation and basic-regex \\| alternation', () => {
    expect(out("printf 'a\\nb\\na\\n' | grep -n a")).toBe('1:a\n3:a\n');
    expect(out("printf 'a\\nb\\n' | grep -v a")).toBe('b\n');
    expect(out("printf 'cat\\ncatalog\\n' | grep -w cat")).toBe('cat\n');
    expect(out("printf 'x\\ny\\nz\\n' | grep -E 'x|z'")).toBe('x\nz\n');
    expect(out("printf 'x\\ny\\nz\\n' | grep 'x\\|y'")).toBe('x\ny\n');
  });
});

describe('date, id, whoami', () => {
  it('date follows the simulated clock (pod created 2025-01-01T00:00:00Z): default, +FORMAT, -I, +%s', () => {
    expect(out('sleep 90; date', 100_000)).toBe('Wed Jan  1 00:01:30 UTC 2025\n');
    expect(out('sleep 3661; date +%F_%T', 4_000_000)).toBe('2025-01-01_01:01:01\n');
    expect(out("date +'%Y%m%d %H:%M:%S %Z %j'")).toBe('20250101 00:00:00 UTC 001\n');
    expect(out('date -Iseconds')).toBe('2025-01-01T00:00:00+00:00\n');
    expect(out('sleep 5; date +%s')).toBe(`${Date.UTC(2025, 0, 1) / 1000 + 5}\n`);
  });
  it('env prints the environment, or runs a command with NAME=VALUE added, -u removed, -i emptied', () => {
    expect(out('env | grep ^HOME=')).toBe('HOME=/root\n');
    expect(out("env FOO=bar sh -c 'echo $FOO'")).toBe('bar\n');
    expect(out("env -i A=1 sh -c 'echo \"[$HOME][$A]\"'")).toBe('[][1]\n');
    expect(out("env -u HOME sh -c 'echo \"[$HOME]\"'")).toBe('[]\n');
  });
  it('id and whoami: containers run as root (uid 0)', () => {
    expect(out('id')).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect(out('id -u; id -un; whoami')).toBe('0\nroot\nroot\n');
  });
});

describe('here-strings and expansions', () => {
  it('`<<<` feeds the expanded word plus a newline to stdin', () => {
    expect(out('x=world; cat <<< "hello $x"')).toBe('hello world\n');
    expect(out('read a b <<< "1 2"; echo "$b-$a"')).toBe('2-1\n');
    expect(out("tr a-z A-Z <<<abc")).toBe('ABC\n');
  });
  it('`$(…)` and backquotes inside `$((…))` run first', () => {
    expect(out('echo 41 > /tmp/n; echo $(( $(cat /tmp/n) + 1 ))')).toBe('42\n');
    expect(out('echo $(( `echo 6` * 7 ))')).toBe('42\n');
    expect(out('i=$(( $(seq 3 | wc -l) * 2 )); echo $i')).toBe('6\n');
  });
  it("quoted parts of an unquoted `${x:-'a  b'}` are not field-split; unquoted expansions still are", () => {
    expect(out("set -- ${unset:-'a  b'}; echo $#; echo \"$1\"")).toBe('1\na  b\n');
    expect(out('set -- ${unset:-"a  b"} c; echo $#')).toBe('2\n');
    expect(out('y="1 2"; set -- ${unset:-$y}; echo $#')).toBe('2\n');
    expect(out('x=1; set -- ${x:+"p  q"}; echo $# "$1"')).toBe('1 p  q\n');
    expect(out('x="v  w"; set -- ${x:-"a b"}; echo $#')).toBe('2\n');
  });
});

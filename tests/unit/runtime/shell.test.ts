import { describe, expect, it } from 'vitest';
import { runScript } from './harness';

const code = (script: string) => {
  const r = runScript(script);
  return r.st.state === 'exited' ? r.st.code : -1;
};
const out = (script: string) => runScript(script).out;

describe('shell: exit statuses and lists', () => {
  it('exit N ends the script with N; true/false give 0/1; $? is the last status', () => {
    expect(code('exit 3')).toBe(3);
    expect(code('true')).toBe(0);
    expect(code('false')).toBe(1);
    expect(out('false; echo $?; true; echo $?')).toBe('1\n0\n');
  });
  it('&& runs only after success, || only after failure, ! negates', () => {
    expect(out('true && echo a; false && echo b; false || echo c; true || echo d')).toBe('a\nc\n');
    expect(code('! true')).toBe(1);
    expect(code('! false')).toBe(0);
  });
  it('the script status is the last command status', () => {
    expect(code('echo hi; false')).toBe(1);
    expect(code('/bin/false')).toBe(1);
    expect(code('/bin/true')).toBe(0);
  });
  it('set -e stops at the first failing command but not inside conditions', () => {
    expect(runScript('set -e; false && true; echo survives; true && false; echo never').out).toBe('survives\n');
    const r = runScript('set -e; if false; then :; fi; false || true; echo before; false; echo after');
    expect(r.out).toBe('before\n');
    expect(r.st).toEqual({ state: 'exited', code: 1 });
  });
});

describe('shell: control flow', () => {
  it('if/elif/else picks the first true branch', () => {
    expect(out('x=2; if [ $x -eq 1 ]; then echo one; elif [ $x -eq 2 ]; then echo two; else echo other; fi')).toBe('two\n');
    expect(out('if false; then echo a; else echo b; fi')).toBe('b\n');
  });
  it('while and until loop with arithmetic counters', () => {
    expect(out('i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done')).toBe('0\n1\n2\n');
    expect(out('i=0; until [ $i -ge 2 ]; do i=$((i + 1)); done; echo $i')).toBe('2\n');
  });
  it('for … in iterates words, break and continue work', () => {
    expect(out('for x in a b c; do echo $x; done')).toBe('a\nb\nc\n');
    expect(out('for x in 1 2 3 4; do [ $x = 2 ] && continue; [ $x = 4 ] && break; echo $x; done')).toBe('1\n3\n');
  });
  it('functions take arguments and return a status', () => {
    expect(out('greet() { echo "hi $1"; return 4; }; greet bob; echo $?')).toBe('hi bob\n4\n');
  });
  it('a subshell does not change the parent variables; exit in it only leaves the subshell', () => {
    expect(out('x=1; (x=2; exit 5); echo $? $x')).toBe('5 1\n');
  });
});

describe('shell: words, quoting, expansion', () => {
  it('single quotes are literal, double quotes expand, backslash escapes', () => {
    expect(out(`x=v; echo '$x' "$x" \\$x "a  b"`)).toBe('$x v $x a  b\n');
  });
  it('unquoted expansions are field-split, quoted ones are not', () => {
    expect(out('x="a   b"; for w in $x; do echo "[$w]"; done; for w in "$x"; do echo "[$w]"; done')).toBe('[a]\n[b]\n[a   b]\n');
  });
  it('${x:-default}, ${#x}, $$ and $# expand', () => {
    expect(out('echo ${nope:-def} ${#PATH} $#').startsWith('def ')).toBe(true);
    // Kubernetes turns `$$` into `$` in command/args (expansion.go), so the shell sees `$$` only when written `$$$$`.
    expect(out('echo $$')).toBe('$\n');
    expect(out('echo $$$$')).toBe('1\n');
  });
  it('command substitution captures output without trailing newlines', () => {
    expect(out('x=$(echo hello; echo world); echo "$x"; echo `echo back`')).toBe('hello\nworld\nback\n');
  });
  it('printf formats %s %d and escapes', () => {
    expect(out('printf "%s=%d\\n" a 5 b 6')).toBe('a=5\nb=6\n');
  });
  it('env holds the container env; $(VAR) in command is expanded by Kubernetes', () => {
    expect(out('echo $HOME $HOSTNAME')).toBe('/root web\n');
  });
});

describe('shell: files and redirections', () => {
  it('> truncates, >> appends, < reads, cat prints', () => {
    expect(out('echo a > /tmp/f; echo b >> /tmp/f; cat /tmp/f; echo c > /tmp/f; cat < /tmp/f')).toBe('a\nb\nc\n');
  });
  it('2>&1 merges stderr into a redirected stdout; 2>/dev/null drops it', () => {
    expect(out('cat /nope > /tmp/e 2>&1; cat /tmp/e')).toBe("cat: can't open '/nope': No such file or directory\n");
    expect(out('cat /nope 2>/dev/null; echo $?')).toBe('1\n');
  });
  it('test/[ ] checks files and strings', () => {
    expect(out('touch /tmp/x; [ -f /tmp/x ] && echo f; [ -d /tmp ] && echo d; [ -s /tmp/x ] || echo empty; [ -z "" ] && echo z; [ -n a ] && echo n; [ a != b ] && echo ne')).toBe('f\nd\nempty\nz\nn\nne\n');
    expect(out('[ ! -e /tmp/none ] && echo missing')).toBe('missing\n');
  });
  it('mkdir -p, cp, mv, ls, rm -r', () => {
    expect(out('mkdir -p /a/b/c; echo x > /a/b/f; cp /a/b/f /a/g; mv /a/g /a/h; ls /a; rm -r /a; ls /a; echo $?')).toBe("b\nh\nls: /a: No such file or directory\n1\n");
  });
  it('rm without -f on a missing file fails with status 1; with -f it succeeds', () => {
    expect(code('rm /tmp/none')).toBe(1);
    expect(code('rm -f /tmp/none')).toBe(0);
  });
  it('redirecting into a missing directory fails with status 1 and the busybox message', () => {
    const r = runScript('echo x > /no/dir/f');
    expect(r.out).toBe("sh: can't create /no/dir/f: nonexistent directory\n");
    expect(r.st).toEqual({ state: 'exited', code: 1 });
  });
  it('pipelines pass output along and grep filters', () => {
    expect(out('printf "a\\nb\\nab\\n" | grep a | wc -l')).toBe('2\n');
  });
});

describe('shell: bad input, bounded', () => {
  it('an unterminated quote exits 2 with busybox wording', () => {
    const r = runScript("echo 'oops");
    expect(r.st).toEqual({ state: 'exited', code: 2 });
    expect(r.out).toBe('sh: syntax error: unterminated quoted string\n');
  });
  it('a missing fi is a syntax error naming the expected word', () => {
    const r = runScript('if true; then echo x');
    expect(r.st).toEqual({ state: 'exited', code: 2 });
    expect(r.out).toContain('syntax error: unexpected end of file (expecting "fi")');
  });
  it('an unknown command is "not found" with status 127', () => {
    const r = runScript('frobnicate; echo $?');
    expect(r.out).toBe('sh: frobnicate: not found\n127\n');
  });
  it('a 10 000-iteration loop of builtins completes', () => {
    const r = runScript('i=0; while [ $i -lt 10000 ]; do i=$((i+1)); done; echo $i');
    expect(r.out).toBe('10000\n');
    expect(r.st).toEqual({ state: 'exited', code: 0 });
  });
  it('while true without sleep is a runaway: it neither exits nor wakes, and problems() says so', () => {
    const r = runScript('while true; do :; done', 10_000);
    expect(r.st).toEqual({ state: 'running' });
    expect((r.p as unknown as { problems(): string[] }).problems()[0]).toMatch(/runaway loop/);
  });
  it('a fork loop is bounded: fork fails once the container has 64 processes', () => {
    const r = runScript('i=0; while [ $i -lt 100 ]; do sleep 1000 & i=$((i+1)); done; echo done', 5_000);
    expect(r.out).toContain("sh: can't fork: Resource temporarily unavailable");
    expect(r.out).toContain('done');
  });
  it('sh with no script and no tty exits 0 at once (busybox default command)', () => {
    const r = runScript('sh');
    expect(r.st).toEqual({ state: 'exited', code: 0 });
  });
});

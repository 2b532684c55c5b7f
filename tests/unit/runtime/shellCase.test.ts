/**
 * Shell constructs container scripts use that the interpreter lacked: `case … esac` (POSIX 2.9.4.3,
 * patterns 2.13), `wait` without operands (POSIX: status 0), `${x#pat}`/`${x%pat}` trimming (2.6.2),
 * busybox ash's `[[ ]]`, `type`, `umask`, and quoted defaults `${x:-"a b"}`.
 */
import { describe, expect, it } from 'vitest';
import { matchPattern, trimPattern } from '@/engine/runtime/shell/pattern';
import { runScript } from './harness';

const out = (script: string) => runScript(script, 60_000).out;
const code = (script: string) => {
  const r = runScript(script, 60_000);
  return r.st.state === 'exited' ? r.st.code : -1;
};

describe('case … esac', () => {
  it('the first matching item runs; | separates alternatives; * is the default', () => {
    const script = (v: string) => `case ${v} in start|run) echo go;; stop) echo halt;; *) echo other;; esac`;
    expect(out(script('start'))).toBe('go\n');
    expect(out(script('run'))).toBe('go\n');
    expect(out(script('stop'))).toBe('halt\n');
    expect(out(script('xyz'))).toBe('other\n');
  });
  it('multi-line form with (pattern), ?, [..] classes, [!..] negation and no ;; before esac', () => {
    const script = (v: string) => `x=${v}
case "$x" in
  (v[0-9]*) echo version ;;
  ?) echo single
     echo char ;;
  [!a-z]*) echo upper ;;
  *) echo rest
esac`;
    expect(out(script('v12'))).toBe('version\n');
    expect(out(script('q'))).toBe('single\nchar\n');
    expect(out(script('Zed'))).toBe('upper\n');
    expect(out(script('abc'))).toBe('rest\n');
  });
  it('quoted pattern characters match literally; unquoted expansions are patterns', () => {
    expect(out('case "a*" in "a*") echo literal;; *) echo glob;; esac')).toBe('literal\n');
    expect(out('case abc in "a*") echo literal;; *) echo glob;; esac')).toBe('glob\n');
    expect(out('p="a*"; case abc in $p) echo pat;; esac')).toBe('pat\n');
    expect(out('p="a*"; case abc in "$p") echo pat;; *) echo lit;; esac')).toBe('lit\n');
  });
  it('no match gives status 0; the status of a matched list is the case status', () => {
    expect(code('false; case x in y) echo no;; esac')).toBe(0);
    expect(code('case x in x) false;; esac')).toBe(1);
  });
  it('a classic entrypoint: case "$1" in with a signal-aware loop', () => {
    const s = 'set -- serve; case "$1" in serve) trap "exit 0" TERM; echo serving;; *) exec "$@";; esac';
    expect(out(s)).toBe('serving\n');
  });
  it('missing esac is busybox ash\'s syntax error (status 2)', () => {
    const r = runScript('case x in x) echo a', 1000);
    expect(r.out).toMatch(/syntax error: unexpected end of file \(expecting "esac"\)/);
    expect(r.st).toEqual({ state: 'exited', code: 2 });
    // After `;;` another pattern or esac must follow (dash/ash: expecting ")").
    expect(runScript('case x in x) echo a;;', 1000).out).toMatch(/unexpected end of file \(expecting "\)"\)/);
  });
});

describe('wait (POSIX: no operands → 0; operands → status of the last one)', () => {
  it('`wait` with no operands returns 0 even when a child failed', () => {
    expect(out('sleep 1 & (sleep 2; exit 3) & wait; echo $?')).toBe('0\n');
  });
  it('`wait $pid` returns that child\'s code; an unknown pid gives 127', () => {
    expect(out('(sleep 1; exit 5) & p=$!; wait $p; echo $?')).toBe('5\n');
    expect(out('wait 999; echo $?')).toBe('127\n');
  });
});

describe('parameter trimming ${x#p} ${x##p} ${x%p} ${x%%p}', () => {
  it('shortest and longest prefix/suffix removal', () => {
    expect(out('x=foo.tar.gz; echo ${x%.*} ${x%%.*} ${x#*.} ${x##*.}')).toBe('foo.tar foo tar.gz gz\n');
    expect(out('p=/usr/local/bin/app; echo ${p##*/} ${p%/*}')).toBe('app /usr/local/bin\n');
    expect(out('x=abc; echo ${x#z}')).toBe('abc\n');
  });
  it('a many-star pattern against a long value answers at once (no regex backtracking blow-up)', () => {
    const long = 'a'.repeat(5000);
    expect(matchPattern('*a*a*a*a*a*a*a*b', long)).toBe(false);
    expect(matchPattern('*a*a*a*a*a*a*a*', long)).toBe(true);
    expect(out('x=$(printf "%05000d" 0); case $x in *0*0*0*0*0*0*1) echo yes;; *) echo no;; esac')).toBe('no\n');
  });
  it('pattern helpers: brackets, classes, escapes', () => {
    expect(matchPattern('[[:digit:]]*', '9lives')).toBe(true);
    expect(matchPattern('[!0-9]', '5')).toBe(false);
    expect(matchPattern('a\\*', 'a*')).toBe(true);
    expect(matchPattern('a\\*', 'ab')).toBe(false);
    expect(trimPattern('aXbXc', '%%', 'X*')).toBe('a');
  });
});

describe('other builtins common in container commands', () => {
  it('[[ ]] evaluates test expressions like busybox ash', () => {
    expect(out('x=5; [[ $x -gt 3 ]] && echo big; [[ -f /nope ]] || echo nofile')).toBe('big\nnofile\n');
  });
  it('type reports builtins and programs; umask is accepted', () => {
    expect(out('type echo; type sleep; umask 022; umask')).toBe('echo is a shell builtin\nsleep is /bin/sleep\n0022\n');
    expect(code('type nosuchprog')).toBe(1);
  });
  it('a quoted default keeps its spaces and loses its quotes', () => {
    expect(out('echo ${UNSET:-"a b"}')).toBe('a b\n');
    expect(out('echo "${UNSET:-x  y}"')).toBe('x  y\n');
  });
});

describe('here-documents (POSIX 2.7.4)', () => {
  it('<<EOF expands variables and $(…); <<\'EOF\' is literal; <<-EOF strips leading tabs', () => {
    expect(out('name=web\ncat <<EOF\nhello $name\nnow $(echo sub) "quoted"\nEOF\necho after')).toBe('hello web\nnow sub "quoted"\nafter\n');
    expect(out("cat <<'EOF'\nhello $HOME `x`\nEOF")).toBe('hello $HOME `x`\n');
    expect(out('cat <<-END\n\t\tindented\n\tEND\necho done')).toBe('indented\ndone\n');
  });
  it('a here-document feeds read and a while-read loop, and can be redirected to a file', () => {
    expect(out('while read a b; do echo "$b-$a"; done <<EOF\n1 one\n2 two\nEOF')).toBe('one-1\ntwo-2\n');
    expect(out('cat > /tmp/conf <<EOF\nport=80\nEOF\ncat /tmp/conf')).toBe('port=80\n');
  });
  it('a missing delimiter line: the body runs to end of file (as busybox ash)', () => {
    expect(out('cat <<EOF\nunterminated')).toBe('unterminated\n');
  });
});

describe('IFS', () => {
  it('IFS splits unquoted expansions; IFS= read keeps the whole line with its spaces', () => {
    expect(out('x="a,b,c"; IFS=,; set -- $x; echo $# $2')).toBe('3 b\n');
    expect(out('IFS=: read user pass rest <<EOF\nroot:x:0:0\nEOF\necho "$user/$pass/$rest"')).toBe('root/x/0:0\n');
    expect(out('while IFS= read -r line; do echo "[$line]"; done <<EOF\n  two  spaces  \nEOF')).toBe('[  two  spaces  ]\n');
    expect(out('echo "  a   b  " | { read x y; echo "[$x][$y]"; }')).toBe('[a][b]\n');
  });
});

describe('deep nesting and endless recursion: a shell-like failure, never a JS stack overflow', () => {
  const n = 3000;
  it.each([
    ['subshells', '('.repeat(n) + 'true' + ')'.repeat(n)],
    ['brace groups', '{ '.repeat(n) + 'true; ' + '} '.repeat(n)],
    ['command substitutions', 'echo ' + '$('.repeat(n) + 'echo' + ')'.repeat(n)],
    ['if statements', 'if true; then '.repeat(n) + ':;' + ' fi;'.repeat(n)],
  ])('%s nested 3000 deep: a syntax error (status 2), no internal error', (_name, script) => {
    const r = runScript(script, 1000);
    expect(r.out).toBe('sh: syntax error: commands nested more than 100 levels deep\n');
    expect(r.st).toEqual({ state: 'exited', code: 2 });
  });
  it('3000 nested parentheses in $((…)) are an arithmetic error, not a crash', () => {
    const r = runScript('echo $((' + '('.repeat(n) + '1' + ')'.repeat(n) + '))', 1000);
    expect(r.out).toBe('sh: arithmetic expression nested too deeply\n');
    expect(r.st).toEqual({ state: 'exited', code: 2 });
  });
  it('endless function recursion crashes like dash/ash (SIGSEGV → 139) without running the EXIT trap', () => {
    const r = runScript('trap "echo trap" EXIT; f() { f; }; f', 1000);
    expect(r.out).toBe('Segmentation fault\n');
    expect(r.st).toEqual({ state: 'exited', code: 139 });
    expect(code('f() { if true; then while true; do f; done; fi; }; f')).toBe(139);
  });
  it('a crash inside a subshell or $(…) only ends that subshell (status 139)', () => {
    expect(out('f() { f; }; x=$(f); echo "sub=$?"')).toBe('Segmentation fault\nsub=139\n');
    expect(out('f() { (f); }; f; echo $?')).toBe('Segmentation fault\n139\n');
  });
  it('bounded recursion (100 levels) still works', () => {
    expect(out('g() { [ $1 -lt 100 ] && g $(($1+1)) || echo $1; }; g 1')).toBe('100\n');
  });
});

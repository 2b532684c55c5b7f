/**
 * Concurrent pipelines, checked against busybox ash / dash on a Linux node: every stage is a
 * subshell running at the same time as the others, joined by a 64 KiB pipe (pipe(7)); a reader
 * that exits makes its writer die of SIGPIPE (status 141 = 128 + 13).
 */
import { describe, expect, it } from 'vitest';
import { exec, runScript, shell, runUntil } from './harness';

const run = (script: string, until = 60_000) => {
  const r = runScript(script, until);
  return { out: r.out, code: r.st.state === 'exited' ? r.st.code : -1, st: r.st };
};

describe('never-ending producers', () => {
  it('`yes | head -1` prints one y and ends (yes dies of SIGPIPE)', () => {
    expect(run('yes | head -1; echo "status $?"')).toMatchObject({ out: 'y\nstatus 0\n', code: 0 });
  });
  it('`cat /dev/zero | head -c 10 | wc -c` counts 10: cat stops when head closes its end', () => {
    expect(run('cat /dev/zero | head -c 10 | wc -c').out).toBe('10\n');
  });
  it('a program writing into a closed pipe dies alone with 141; a builtin writing there kills its subshell', () => {
    expect(run('yes | head -n 2 >/dev/null; echo done').out).toBe('done\n');
    // yes is a program: it dies alone and its subshell goes on; `echo` is a builtin: the shell itself dies.
    expect(run('(yes; echo "yes ended: $?" >&2) | head -c 1; echo').out).toBe('yyes ended: 141\n\n');
    expect(run('(while :; do echo x; done; echo never >&2) | head -1').out).toBe('x\n');
  });
  it('a shell loop that never ends feeds `while read` line by line, as the lines are produced', () => {
    const s = shell('i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 1; done | while read l; do echo "got $l"; done');
    runUntil(s.p, s.world, 2_500);
    expect(s.p.output()).toBe('got tick 1\ngot tick 2\ngot tick 3\n');
    runUntil(s.p, s.world, 4_500);
    expect(s.p.output()).toBe('got tick 1\ngot tick 2\ngot tick 3\ngot tick 4\ngot tick 5\n');
  });
  it('`while :; do echo x; done | head -3` ends: the loop gets SIGPIPE at its next echo', () => {
    expect(run('while :; do echo x; done | head -3; echo end')).toMatchObject({ out: 'x\nx\nx\nend\n', code: 0 });
  });
});

describe('tail -f and streaming filters', () => {
  it('`tail -f log | grep ERROR` shows matching lines about a second after they are appended', () => {
    // busybox tail polls once a second (t = 1 s, 2 s, …): a line written at 2.5 s shows at 3 s.
    const s = shell('(sleep 2.5; echo "INFO a" >> /tmp/log; echo "ERROR b" >> /tmp/log; sleep 3; echo "ERROR c" >> /tmp/log) & touch /tmp/log; tail -f /tmp/log | grep ERROR');
    runUntil(s.p, s.world, 2_900);
    expect(s.p.output()).toBe('');
    runUntil(s.p, s.world, 3_100);
    expect(s.p.output()).toBe('ERROR b\n');
    runUntil(s.p, s.world, 6_100);
    expect(s.p.output()).toBe('ERROR b\nERROR c\n');
    expect(s.p.run().state).toBe('running');
  });
  it('`grep -q` exits at the first match, ending an endless producer', () => {
    expect(run('yes ready | grep -q ready && echo found').out).toBe('found\n');
  });
  it('a stage that never reads blocks its writer at 64 KiB (the pipeline waits, as on a node)', () => {
    const r = run('yes | sleep 5; echo after', 10_000);
    expect(r.out).toBe('after\n');
  });
  it('`sort`, `uniq -c`, `wc -l` wait for end-of-file before they write', () => {
    expect(run('printf "b\\na\\nb\\n" | sort | uniq -c').out).toBe('      1 a\n      2 b\n');
    expect(run('seq 1 5 | wc -l').out).toBe('5\n');
  });
  it('`... | sh` runs the script the pipe delivers', () => {
    expect(run('echo "echo from-pipe" | sh').out).toBe('from-pipe\n');
  });
});

describe('stages are subshells (ash, dash)', () => {
  it('`echo x | read v` does not set v in the parent shell', () => {
    expect(run('v=old; echo new | read v; echo $v').out).toBe('old\n');
  });
  it('the pipeline status is the last stage\'s; `!` negates it', () => {
    expect(run('true | false; echo $?; false | true; echo $?; ! true | false; echo $?').out).toBe('1\n0\n0\n');
  });
  it('`set -o pipefail`: the rightmost failing stage decides; with `set -e` the script stops there', () => {
    expect(run('false | true; echo $?; set -o pipefail; false | true; echo $?; (exit 3) | (exit 4) | true; echo $?').out).toBe('0\n1\n4\n');
    expect(run('set -euo pipefail; yes | head -1; echo unreachable')).toMatchObject({ out: 'y\n', code: 141 });
  });
  it('`jobs -p | wc -l` still sees the shell\'s background jobs (not the stages)', () => {
    expect(run('sleep 100 & sleep 100 & jobs -p | wc -l').out).toBe('2\n');
  });
  it('SIGKILL to PID 1 ends a pipeline that would run forever', () => {
    const s = shell('yes | while read l; do sleep 1; done');
    runUntil(s.p, s.world, 5_000);
    expect(s.p.run().state).toBe('running');
    s.p.signal('KILL');
    expect(s.p.run()).toMatchObject({ state: 'exited', code: 137 });
  });
  it('an exec probe with a pipeline runs to completion: `cat /tmp/x | grep -c ok`', () => {
    const s = shell('printf "ok\\nno\\nok\\n" > /tmp/x; sleep 3600');
    runUntil(s.p, s.world, 1000);
    expect(exec(s, ['sh', '-c', 'cat /tmp/x | grep -c ok']).out).toBe('2\n');
    expect(exec(s, ['sh', '-c', 'yes | head -2']).out).toBe('y\ny\n');
  });
});

describe('exec probes that take time', () => {
  it('`tail -f` and `cat /dev/zero` in an exec take the full interpreter (the probe fast path cannot wait)', () => {
    const s = shell('echo one > /tmp/log; sleep 3600');
    runUntil(s.p, s.world, 1000);
    expect(exec(s, ['sh', '-c', 'cat /dev/zero | head -c 4 | wc -c']).out).toBe('4\n');
    const r = exec(s, ['tail', '-f', '/tmp/log'], s.world.t + 5_000);
    expect(r.out).toBe('one\n');
    expect(r.st.state).toBe('running');
  });
});

describe('scheduling between writer and reader', () => {
  it('`while :; do echo; done | head -1` ends without the writer being taken for a runaway', () => {
    const r = run('while :; do :; echo; done | head -1; echo ok');
    expect(r.out).toBe('\nok\n');
    expect(r.out).not.toContain('spinning');
  });
  it('a shell loop feeding a shell loop passes every line through, in order', () => {
    expect(run('for i in 1 2 3 4 5; do echo $i; done | while read n; do printf "%s," "$n"; done; echo').out).toBe('1,2,3,4,5,\n');
    expect(run('seq 2000 | while read n; do s=$((s+n)); done; echo ${s:-unset}; seq 2000 | { s=0; while read n; do s=$((s+n)); done; echo $s; }').out).toBe('unset\n2001000\n');
  });
});

import { describe, expect, it } from 'vitest';
import { parseAction, parseSeconds, splitWords } from '@/engine/views/actions';

describe('splitWords (POSIX shell word splitting)', () => {
  it.each([
    ['plain words and repeated blanks', '  a  b\tc ', ['a', 'b', 'c']],
    ['single quotes are literal', `sh -c 'echo "$HOME" \\n'`, ['sh', '-c', 'echo "$HOME" \\n']],
    ['double quotes keep blanks, backslash escapes " and \\', `echo "a b \\" \\\\ \\x"`, ['echo', 'a b " \\ \\x']],
    ['an unquoted backslash escapes a blank', 'touch a\\ b', ['touch', 'a b']],
    ['adjacent quoted parts join into one word', `a'b'"c"d`, ['abcd']],
    ['empty quotes make an empty word', `x '' ""`, ['x', '', '']],
  ])('%s', (_n, input, expected) => expect(splitWords(input)).toEqual(expected));

  it('throws on unterminated quotes and a trailing backslash', () => {
    expect(() => splitWords(`echo 'oops`)).toThrow(/unterminated quote/);
    expect(() => splitWords(`echo "oops`)).toThrow(/unterminated quote/);
    expect(() => splitWords('echo \\')).toThrow('trailing backslash');
  });
});

describe('parseSeconds', () => {
  it.each([
    ['12', 12_000],
    ['12.5', 12_500],
    ['90s', 90_000],
    ['2m', 120_000],
    ['1m30s', 90_000],
    ['500ms', 500],
  ])('%s → %d ms', (s, ms) => expect(parseSeconds(s)).toBe(ms));
  it('rejects other tokens naming them', () => expect(() => parseSeconds('soon')).toThrow(/'soon' is not a time/));
});

describe('parseAction (ARCHITECTURE §4 --do)', () => {
  it('delete flags follow kubectl delete.go: grace 0 without --force becomes 1, --force alone is 0, --now is 1', () => {
    expect(parseAction('12 delete')).toEqual({ at: 12_000, action: { type: 'delete' } });
    expect(parseAction('12.5 delete --grace-period=5')).toEqual({ at: 12_500, action: { type: 'delete', gracePeriodSeconds: 5 } });
    expect(parseAction('1 delete --grace-period 0').action).toEqual({ type: 'delete', gracePeriodSeconds: 1 });
    expect(parseAction('1 delete --grace-period=0 --force').action).toEqual({ type: 'delete', gracePeriodSeconds: 0, force: true });
    expect(parseAction('1 delete --force').action).toEqual({ type: 'delete', gracePeriodSeconds: 0, force: true });
    expect(parseAction('1 delete --now').action).toEqual({ type: 'delete', gracePeriodSeconds: 1 });
    expect(parseAction('1 delete pod web --grace-period=3').action).toEqual({ type: 'delete', gracePeriodSeconds: 3 });
    expect(() => parseAction('1 delete --now --grace-period=3')).toThrow(/cannot be specified together/);
    expect(() => parseAction('1 delete --grace-period=abc')).toThrow(/invalid value 'abc' for --grace-period/);
  });

  it('delete service / svc', () => {
    expect(parseAction('2m delete service web').action).toEqual({ type: 'deleteService', name: 'web' });
    expect(parseAction('2m delete svc/web').action).toEqual({ type: 'deleteService', name: 'web' });
    expect(() => parseAction('2m delete service')).toThrow(/needs a service name/);
  });

  it('exec keeps the quoted command as words', () => {
    expect(parseAction(`30 exec app -- sh -c 'rm /tmp/healthy; echo "gone"'`)).toEqual({
      at: 30_000,
      action: { type: 'exec', container: 'app', command: ['sh', '-c', 'rm /tmp/healthy; echo "gone"'] },
    });
    expect(parseAction('30 exec -c app -- true').action).toEqual({ type: 'exec', container: 'app', command: ['true'] });
    expect(() => parseAction('30 exec app rm x')).toThrow(/needs '--'/);
    expect(() => parseAction('30 exec app --')).toThrow(/needs a command/);
  });

  it('kill with a signal (default TERM)', () => {
    expect(parseAction('5 kill app').action).toEqual({ type: 'kill', container: 'app', signal: 'TERM' });
    expect(parseAction('5 kill app --signal=KILL').action).toEqual({ type: 'kill', container: 'app', signal: 'KILL' });
    expect(parseAction('5 kill app --signal SIGTERM').action).toEqual({ type: 'kill', container: 'app', signal: 'TERM' });
    expect(() => parseAction('5 kill app --signal=HUP')).toThrow(/invalid signal 'HUP'/);
  });

  it('apply reads the file through readFile, or takes the text itself', () => {
    const files: Record<string, string> = { 'svc.yaml': 'kind: Service' };
    expect(parseAction('10 apply svc.yaml', (p) => files[p]!).action).toEqual({ type: 'apply', manifest: 'kind: Service', file: 'svc.yaml' });
    expect(parseAction(`10 apply 'kind: Service'`).action).toEqual({ type: 'apply', manifest: 'kind: Service' });
  });

  it('node-lost, node-ready and condition', () => {
    expect(parseAction('60 node-lost').action).toEqual({ type: 'nodeLost' });
    expect(parseAction('90 node-ready').action).toEqual({ type: 'nodeReady' });
    expect(parseAction('3 condition example.com/lb=True').action).toEqual({
      type: 'setCondition',
      conditionType: 'example.com/lb',
      status: 'True',
    });
    expect(() => parseAction('3 condition lb=Maybe')).toThrow(/condition needs <type>=True\|False/);
    expect(() => parseAction('60 node-lost now')).toThrow(/unexpected argument 'now'/);
  });

  it('errors name the bad token', () => {
    expect(() => parseAction('soon delete')).toThrow(`action "soon delete": 'soon' is not a time`);
    expect(() => parseAction('5 reboot')).toThrow(/unknown action 'reboot'/);
    expect(() => parseAction('5')).toThrow(/missing action after '5'/);
    expect(() => parseAction('  ')).toThrow(/empty action/);
  });
});

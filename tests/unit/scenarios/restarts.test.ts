/**
 * Restart back-off, image pull back-off and OOM (k8s-semantics.md §5 doBackOff, §8 image_manager.go,
 * §3.1 terminated reasons; §12 facts 10–12, 22).
 */
import { describe, expect, it } from 'vitest';
import { EPS, findContainer, firstStart, statusColumn, useStory } from './runScenario';

describe('crashloop-backoff', () => {
  const run = useStory('crashloop-backoff');

  it('restarts at once, then after 10, 20, 40, 80, 160, 300, 300 s — kubelet.go initialCrashLoopBackOff / MaxContainerBackOff', () => {
    const r = run();
    const s0 = firstStart(r, 'app');
    const times = r.restartTimes('app');
    expect(times[0]! - s0).toBeLessThanOrEqual(3);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    const expected = [10, 20, 40, 80, 160, 300, 300, 300];
    expect(gaps.length).toBeGreaterThanOrEqual(7);
    gaps.forEach((g, i) => {
      expect(g, `gap ${i + 1}`).toBeGreaterThanOrEqual(expected[i]! - 0.01);
      expect(g, `gap ${i + 1}`).toBeLessThanOrEqual(expected[i]! + 3);
    });
  });

  it('has made 9 restarts by 25 min (0+10+20+40+80+160+300+300+300 s of back-off)', () => {
    const r = run();
    expect(r.container(1499, 'app')!.restartCount).toBe(9);
    expect(r.getAt(1499)?.restarts).toMatch(/^9 \(\d+(s|m\d*s?) ago\)$/);
  });

  it('waits with reason CrashLoopBackOff and the kubelet\'s back-off message — kuberuntime_manager.go doBackOff', () => {
    const r = run();
    const times = r.restartTimes('app');
    const at20 = r.container(times[2]! - 5, 'app')!.state.waiting;
    expect(at20?.reason).toBe('CrashLoopBackOff');
    expect(at20?.message).toMatch(/^back-off 20s restarting failed container=app pod=crashloop_default\(/);
    const atCap = r.container(times[7]! - 10, 'app')!.state.waiting;
    expect(atCap?.message).toMatch(/^back-off 5m0s restarting failed container=app pod=crashloop_default\(/);
    expect(statusColumn(r.statusAt(times[2]! - 5))).toBe('CrashLoopBackOff');
    expect(r.events.some((e) => e.reason === 'BackOff' && e.type === 'Warning' && e.message.startsWith('Back-off restarting failed container app in pod crashloop_default('))).toBe(true);
  });

  it('stays Running the whole time, with lastState exit 1 / Error — getPhase rule 5 (Always)', () => {
    const r = run();
    expect(r.always((p) => p.status.phase === 'Running', firstStart(r, 'app') + 0.5, 1499)).toBe(true);
    expect(r.container(1499, 'app')!.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
  });
});

describe('image-pull-backoff', () => {
  const run = useStory('image-pull-backoff');

  it('stays Pending, never starts, STATUS alternates ErrImagePull / ImagePullBackOff — image_manager.go', () => {
    const r = run();
    expect(r.always((p) => p.status.phase === 'Pending', 0, 179)).toBe(true);
    expect(r.eventTimes('Started')).toEqual([]);
    const firstErr = r.firstTime((p) => statusColumn(p) === 'ErrImagePull');
    expect(firstErr).toBeDefined();
    expect(r.firstTime((p) => statusColumn(p) === 'ImagePullBackOff', firstErr)).toBeDefined();
    expect(
      r.always((p) => ['ErrImagePull', 'ImagePullBackOff'].includes(statusColumn(p)!), firstErr!, 179),
    ).toBe(true);
    expect(r.getAt(179)?.restarts).toBe('0');
  });

  it('retries with a back-off that starts at 10 s and doubles — never faster', () => {
    const r = run();
    const failed = r.eventTimes('Failed', 'web', 'Failed to pull image "nginx:doesnotexist"');
    expect(failed.length).toBeGreaterThanOrEqual(3);
    expect(failed.length).toBeLessThanOrEqual(8);
    const gaps = failed.slice(1).map((t, i) => t - failed[i]!);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(9.5);
    expect(gaps[gaps.length - 1]!).toBeGreaterThan(gaps[0]!);
    expect(r.eventTimes('BackOff', 'web', 'Back-off pulling image "nginx:doesnotexist"').length).toBeGreaterThanOrEqual(1);
    expect(r.events.some((e) => e.reason === 'Failed' && e.message === 'Error: ErrImagePull')).toBe(true);
  });
});

describe('oom-killed', () => {
  const run = useStory('oom-killed');

  it('is OOM-killed ~5 s after starting: terminated OOMKilled, exit code 137', () => {
    const r = run();
    const s0 = firstStart(r, 'memory-demo-2-ctr');
    const isOom = (c: ReturnType<typeof findContainer>): boolean =>
      c?.state.terminated?.reason === 'OOMKilled' || c?.lastState.terminated?.reason === 'OOMKilled';
    const oomAt = r.firstTime((p) => isOom(findContainer(p, 'memory-demo-2-ctr')));
    expect(oomAt! - s0).toBeGreaterThanOrEqual(4.5 - EPS);
    expect(oomAt! - s0).toBeLessThanOrEqual(7);
    const c = findContainer(r.statusAt(oomAt!), 'memory-demo-2-ctr')!;
    expect((c.state.terminated ?? c.lastState.terminated)?.exitCode).toBe(137);
  });

  it('restarts (Always) and keeps being OOM-killed: CrashLoopBackOff with lastState OOMKilled', () => {
    const r = run();
    const c = r.container(119, 'memory-demo-2-ctr')!;
    expect(c.restartCount).toBeGreaterThanOrEqual(2);
    expect(c.lastState.terminated?.reason).toBe('OOMKilled');
    expect(r.firstTime((p) => ['OOMKilled', 'CrashLoopBackOff'].includes(statusColumn(p)!))).toBeDefined();
    expect(r.statusAt(119)?.status.phase).toBe('Running');
  });
});

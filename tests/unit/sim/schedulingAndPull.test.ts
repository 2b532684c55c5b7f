import { describe, expect, it } from 'vitest';
import { container, pod } from '../../support/podBuilder';
import { conditionAt, entered, events, podAt, run, stateAt } from '../../support/simHarness';

describe('scheduling and sandbox (scheduler binding, GeneratePodReadyToStartContainersCondition)', () => {
  const trace = run({ pod: pod(), until: 30 });

  it('emits Scheduled "Successfully assigned default/web to node-1" at t=0 from default-scheduler', () => {
    const [ev] = events(trace, 'Scheduled');
    expect(ev).toMatchObject({ t: 0, type: 'Normal', source: 'default-scheduler', message: 'Successfully assigned default/web to node-1' });
  });

  it('reports PodScheduled True and PodReadyToStartContainers False until the sandbox exists at 1 s', () => {
    expect(conditionAt(trace, 0, 'PodScheduled')?.status).toBe('True');
    expect(conditionAt(trace, 0, 'PodReadyToStartContainers')?.status).toBe('False');
    expect(podAt(trace, 0)?.status.podIP).toBeUndefined();
    expect(conditionAt(trace, 1, 'PodReadyToStartContainers')).toMatchObject({ status: 'True', lastTransitionTime: '2025-01-01T00:00:01Z' });
    expect(podAt(trace, 1)?.status.podIP).toBe('10.244.0.7');
  });

  it('starts as Pending with container waiting ContainerCreating (no init containers) and startTime set', () => {
    expect(podAt(trace, 0)?.status).toMatchObject({ phase: 'Pending', startTime: '2025-01-01T00:00:00Z' });
    expect(stateAt(trace, 0.5, 'app')).toBe('waiting:ContainerCreating');
  });
});

describe('image pulls (kubelet/images/image_manager.go)', () => {
  it('pulls with Pulling/Pulled events and starts the container when the pull finishes', () => {
    const trace = run({ pod: pod(), runtime: { pullMs: 2500 }, until: 10 });
    expect(events(trace, 'Pulling')[0]).toMatchObject({ t: 1000, message: 'Pulling image "registry.example/app:1.0"' });
    expect(events(trace, 'Pulled')[0]).toMatchObject({
      t: 3500,
      message: 'Successfully pulled image "registry.example/app:1.0" in 2.5s (2.5s including waiting). Image size: 1000000 bytes.',
    });
    expect(stateAt(trace, 3, 'app')).toBe('waiting:ContainerCreating');
    expect(stateAt(trace, 3.5, 'app')).toBe('running');
    expect(entered(trace, 'app', 'pulling')).toEqual([1]);
  });

  it('IfNotPresent with the image on the node: "already present on machine", no pull', () => {
    const trace = run({ pod: pod(), options: { presentImages: ['registry.example/app:1.0'] }, until: 10 });
    expect(events(trace, 'Pulling')).toHaveLength(0);
    expect(events(trace, 'Pulled')[0]?.message).toBe('Container image "registry.example/app:1.0" already present on machine');
    expect(stateAt(trace, 1, 'app')).toBe('running');
  });

  it('Always pulls again on every start, even when the image is present; each re-pull is only a manifest check (image_manager.go EnsureImageExists)', () => {
    const p = pod({ containers: [container('app', { image: 'nginx:latest' })] });
    const trace = run({ pod: p, behaviours: { app: { exit: { after: 2000, code: 1 } } }, options: { presentImages: ['nginx:latest'] }, runtime: { manifestMs: 512 }, until: 20 });
    expect(p.containers[0]!.imagePullPolicy).toBe('Always');
    // pull 1 → 1.512 start, exit 3.512, relist 4.512 → pull, start 5.024, exit 7.024, back-off 10 s → 17.024
    expect(events(trace, 'Pulling').map((e) => e.t)).toEqual([1000, 4512, 17024]);
    expect(events(trace, 'Pulled')[0]?.message).toBe('Successfully pulled image "nginx:latest" in 512ms (512ms including waiting). Image size: 1000000 bytes.');
  });

  it('a pull of an image not on the node downloads it in full (pullMs); a missing manifest fails fast (failMs)', () => {
    const full = run({ pod: pod({ containers: [container('app', { image: 'nginx:latest' })] }), runtime: { pullMs: 4000, manifestMs: 512 }, until: 10 });
    expect(events(full, 'Pulled')[0]).toMatchObject({ t: 5000, message: 'Successfully pulled image "nginx:latest" in 4s (4s including waiting). Image size: 1000000 bytes.' });
    const missing = run({ pod: pod({ containers: [container('app', { image: 'ghost:1' })] }), runtime: { missing: ['ghost:1'], pullMs: 4000, failMs: 600 }, until: 10 });
    expect(events(missing, 'Failed')[0]?.t).toBe(1600);
    expect(stateAt(missing, 1.6, 'app')).toBe('waiting:ErrImagePull');
  });

  it('Never with the image absent: ErrImageNeverPull waiting reason and events, no pull', () => {
    const trace = run({ pod: pod({ containers: [container('app', { imagePullPolicy: 'Never' })] }), until: 30 });
    expect(stateAt(trace, 2, 'app')).toBe('waiting:ErrImageNeverPull');
    expect(events(trace, 'ErrImageNeverPull')[0]?.message).toBe('Container image "registry.example/app:1.0" is not present with pull policy of Never');
    expect(events(trace, 'Failed')[0]?.message).toBe('Error: ErrImageNeverPull');
    expect(events(trace, 'Pulling')).toHaveLength(0);
    expect(podAt(trace, 30)?.status.phase).toBe('Pending');
  });

  it('a missing image alternates ErrImagePull → ImagePullBackOff, retrying after 10, 20, 40 … s (per-image back-off)', () => {
    const trace = run({ pod: pod({ containers: [container('app', { image: 'ghost:1' })] }), runtime: { missing: ['ghost:1'], pullMs: 1000, failMs: 1000 }, until: 200 });
    // pulls start at 1, fail at 2 → retry at 12 (fail 13) → +20 = 33 (fail 34) → +40 = 74 (fail 75) → +80 = 155
    expect(events(trace, 'Pulling').map((e) => e.t / 1000)).toEqual([1, 12, 33, 74, 155]);
    expect(stateAt(trace, 2, 'app')).toBe('waiting:ErrImagePull');
    expect(stateAt(trace, 3, 'app')).toBe('waiting:ImagePullBackOff');
    expect(csAt2(trace, 3)).toBe('Back-off pulling image "ghost:1"');
    expect(events(trace, 'Failed').map((e) => e.message)).toContain(
      'Failed to pull image "ghost:1": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/ghost:1": failed to resolve reference "docker.io/library/ghost:1": docker.io/library/ghost:1: not found',
    );
    expect(events(trace, 'Failed').map((e) => e.message)).toContain('Error: ImagePullBackOff');
    expect(events(trace, 'BackOff')[0]?.message).toBe('Back-off pulling image "ghost:1"');
    expect(podAt(trace, 100)?.status.phase).toBe('Pending');
  });

  it('the image back-off caps at 300 s', () => {
    const trace = run({ pod: pod({ containers: [container('app', { image: 'ghost:1' })] }), runtime: { missing: ['ghost:1'], pullMs: 0 }, until: 2000 });
    const ts = events(trace, 'Pulling').map((e) => e.t / 1000);
    const gaps = ts.slice(1).map((t, i) => t - ts[i]!);
    expect(gaps).toEqual([10, 20, 40, 80, 160, 300, 300, 300, 300, 300]);
  });

  it('behaviour pull.error gives that reason', () => {
    const trace = run({ pod: pod(), behaviours: { app: { pull: { error: 'RegistryUnavailable' } } }, until: 5 });
    expect(stateAt(trace, 2, 'app')).toBe('waiting:RegistryUnavailable');
  });
});

function csAt2(trace: ReturnType<typeof run>, s: number): string | undefined {
  return podAt(trace, s)?.status.containerStatuses?.[0]?.state.waiting?.message;
}

describe('timeline spans of pulls and back-offs', () => {
  it('records a pull span per attempt and an ImagePullBackOff span per window', () => {
    const trace = run({ pod: pod({ containers: [container('app', { image: 'ghost:1' })] }), runtime: { missing: ['ghost:1'], pullMs: 1000, failMs: 1000 }, until: 40 });
    expect(trace.spans.filter((s) => s.kind === 'pull').map((s) => [s.start / 1000, s.end! / 1000, s.ok])).toEqual([
      [1, 2, false],
      [12, 13, false],
      [33, 34, false],
    ]);
    expect(trace.spans.filter((s) => s.kind === 'backoff').map((s) => [s.start / 1000, s.end === undefined ? null : s.end / 1000, s.label])).toEqual([
      [2, 12, 'ImagePullBackOff 10s'],
      [13, 33, 'ImagePullBackOff 20s'],
      [34, null, 'ImagePullBackOff 40s'],
    ]);
  });
});

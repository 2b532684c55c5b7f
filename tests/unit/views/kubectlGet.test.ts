import { describe, expect, it } from 'vitest';
import { formatGetTable, kubectlGet } from '@/engine/views/kubectlGet';
import { at, cond, cs, pod, running, terminated, waiting } from './pods';

// Upstream: pkg/printers/internalversion/printers.go printPod (k8s-semantics §9, facts 20 and 21).
const initializedTrue = cond('Initialized', 'True');
const readyTrue = cond('Ready', 'True');

describe('kubectl get STATUS / READY / RESTARTS (printers.go printPod)', () => {
  const cases: [string, ReturnType<typeof pod>, { ready: string; status: string; restarts: string }][] = [
    ['no status posted yet → the phase, Pending', pod({ phase: 'Pending' }), { ready: '0/1', status: 'Pending', restarts: '0' }],
    [
      'pulling without init containers → ContainerCreating',
      pod({ phase: 'Pending', statuses: [cs('app', waiting('ContainerCreating'))] }),
      { ready: '0/1', status: 'ContainerCreating', restarts: '0' },
    ],
    [
      'first of two init containers running → Init:0/2',
      pod({
        phase: 'Pending',
        init: ['a', 'b'],
        initStatuses: [cs('a', running()), cs('b', waiting('PodInitializing'))],
        statuses: [cs('app', waiting('PodInitializing'))],
      }),
      { ready: '0/1', status: 'Init:0/2', restarts: '0' },
    ],
    [
      'second init running: N counts the sidecar, i is the status index → Init:2/3',
      pod({
        phase: 'Pending',
        init: ['a', 'side', 'b'],
        sidecars: ['side'],
        initStatuses: [cs('a', terminated(0, 'Completed')), cs('side', running(), { ready: true }), cs('b', running())],
        statuses: [cs('app', waiting('PodInitializing'))],
      }),
      { ready: '1/2', status: 'Init:2/3', restarts: '0' },
    ],
    [
      'init container in back-off → Init:CrashLoopBackOff, restarts count that init container',
      pod({
        phase: 'Pending',
        init: ['a'],
        initStatuses: [
          cs('a', waiting('CrashLoopBackOff'), { restartCount: 3, lastState: terminated(1, 'Error', 50) }),
        ],
        statuses: [cs('app', waiting('PodInitializing'))],
      }),
      { ready: '0/1', status: 'Init:CrashLoopBackOff', restarts: '3 (10s ago)' },
    ],
    [
      'failed init with restartPolicy Never → Init:Error although the phase is Failed',
      pod({ phase: 'Failed', init: ['a'], initStatuses: [cs('a', terminated(1, 'Error'))], statuses: [cs('app', waiting('PodInitializing'))] }),
      { ready: '0/1', status: 'Init:Error', restarts: '0' },
    ],
    [
      'failed init without a reason → Init:ExitCode:2',
      pod({ phase: 'Pending', init: ['a'], initStatuses: [cs('a', terminated(2))] }),
      { ready: '0/1', status: 'Init:ExitCode:2', restarts: '0' },
    ],
    [
      'inits done, regular containers not yet started → PodInitializing',
      pod({
        phase: 'Pending',
        init: ['a'],
        initStatuses: [cs('a', terminated(0, 'Completed'))],
        statuses: [cs('app', waiting('PodInitializing'))],
        conditions: [initializedTrue],
      }),
      { ready: '0/1', status: 'PodInitializing', restarts: '0' },
    ],
    [
      'walks containers last→first: the first container’s reason wins',
      pod({ containers: ['a', 'b'], statuses: [cs('a', waiting('CrashLoopBackOff')), cs('b', waiting('ErrImagePull'))] }),
      { ready: '0/2', status: 'CrashLoopBackOff', restarts: '0' },
    ],
    [
      'CrashLoopBackOff with restarts shows the newest lastState finishedAt',
      pod({ statuses: [cs('app', waiting('CrashLoopBackOff'), { restartCount: 4, lastState: terminated(1, 'Error', 23) })] }),
      { ready: '0/1', status: 'CrashLoopBackOff', restarts: '4 (37s ago)' },
    ],
    [
      'Completed + a running ready container + Ready condition → Running',
      pod({
        containers: ['job', 'srv'],
        statuses: [cs('job', terminated(0, 'Completed')), cs('srv', running(), { ready: true })],
        conditions: [readyTrue],
      }),
      { ready: '1/2', status: 'Running', restarts: '0' },
    ],
    [
      'Completed + a running ready container, pod not Ready → NotReady',
      pod({ containers: ['job', 'srv'], statuses: [cs('job', terminated(0, 'Completed')), cs('srv', running(), { ready: true })] }),
      { ready: '1/2', status: 'NotReady', restarts: '0' },
    ],
    [
      'OnFailure/Never job finished → Completed',
      pod({ phase: 'Succeeded', statuses: [cs('app', terminated(0, 'Completed'))] }),
      { ready: '0/1', status: 'Completed', restarts: '0' },
    ],
    [
      'terminated without reason → ExitCode:N; with a signal → Signal:N',
      pod({ containers: ['a', 'b'], statuses: [cs('a', { terminated: { exitCode: 137, signal: 9 } }), cs('b', terminated(3))] }),
      { ready: '0/2', status: 'Signal:9', restarts: '0' },
    ],
    [
      'deletionTimestamp on a running pod → Terminating',
      pod({ deletionTimestamp: at(90), statuses: [cs('app', running(), { ready: true })] }),
      { ready: '1/1', status: 'Terminating', restarts: '0' },
    ],
    [
      'deletionTimestamp on a terminal pod keeps the container reason',
      pod({ phase: 'Failed', deletionTimestamp: at(90), statuses: [cs('app', terminated(143, 'Error'))] }),
      { ready: '0/1', status: 'Error', restarts: '0' },
    ],
    [
      'deleted pod with status.reason NodeLost → Unknown',
      pod({ reason: 'NodeLost', deletionTimestamp: at(90), statuses: [cs('app', running(), { ready: true })] }),
      { ready: '1/1', status: 'Unknown', restarts: '0' },
    ],
    [
      'status.reason (Evicted) is used when no container overrides it',
      pod({ phase: 'Failed', reason: 'Evicted' }),
      { ready: '0/1', status: 'Evicted', restarts: '0' },
    ],
    [
      'PodScheduled with reason SchedulingGated → SchedulingGated',
      pod({ phase: 'Pending', conditions: [cond('PodScheduled', 'False', 'SchedulingGated')] }),
      { ready: '0/1', status: 'SchedulingGated', restarts: '0' },
    ],
    [
      'a started and ready sidecar counts in READY and its restarts count once initialized',
      pod({
        init: ['side'],
        sidecars: ['side'],
        initStatuses: [cs('side', running(), { ready: true, restartCount: 2, lastState: terminated(1, 'Error', 40) })],
        statuses: [cs('app', running(), { ready: true, restartCount: 1, lastState: terminated(1, 'Error', 30) })],
        conditions: [initializedTrue, readyTrue],
      }),
      { ready: '2/2', status: 'Running', restarts: '3 (20s ago)' },
    ],
    [
      'regular init container restarts are not counted once initialized',
      pod({
        init: ['a'],
        initStatuses: [cs('a', terminated(0, 'Completed'), { restartCount: 2, lastState: terminated(1, 'Error', 5) })],
        statuses: [cs('app', running(), { ready: true })],
        conditions: [initializedTrue],
      }),
      { ready: '1/1', status: 'Running', restarts: '0' },
    ],
    [
      'a sidecar not yet started blocks: Init:0/1, not counted as ready',
      pod({
        phase: 'Pending',
        init: ['side'],
        sidecars: ['side'],
        initStatuses: [cs('side', running(), { started: false, ready: false })],
        statuses: [cs('app', waiting('PodInitializing'))],
      }),
      { ready: '0/2', status: 'Init:0/1', restarts: '0' },
    ],
  ];
  it.each(cases)('%s', (_name, p, expected) => {
    const row = kubectlGet(p, 60_000);
    expect({ ready: row.ready, status: row.status, restarts: row.restarts }).toEqual(expected);
  });

  it('AGE is HumanDuration since creationTimestamp', () => {
    expect(kubectlGet(pod(), 185_000).age).toBe('3m5s');
    expect(kubectlGet(pod(), 0).age).toBe('0s');
  });

  it('wide columns: IP <none> when empty, NODE, READINESS GATES true/total', () => {
    const p = pod({ readinessGates: ['lb/ready', 'x/y'], conditions: [cond('lb/ready', 'True'), cond('x/y', 'False')] });
    const row = kubectlGet(p, 0);
    expect([row.ip, row.node, row.nominatedNode, row.readinessGates]).toEqual(['<none>', 'node-1', '<none>', '1/2']);
    expect(kubectlGet(pod(), 0).readinessGates).toBe('<none>');
  });
});

describe('formatGetTable (kubectl printers tabwriter: 3-space gaps, last column unpadded)', () => {
  it('lays out the header and rows like kubectl get pods', () => {
    const rows = [
      kubectlGet(pod({ statuses: [cs('app', running(), { ready: true })] }), 10_000),
      { ...kubectlGet(pod({ statuses: [cs('app', waiting('CrashLoopBackOff'), { restartCount: 4, lastState: terminated(1, 'Error', 23) })] }), 60_000), name: 'crasher' },
    ];
    expect(formatGetTable(rows)).toBe(
      'NAME      READY   STATUS             RESTARTS      AGE\n' +
        'web       1/1     Running            0             10s\n' +
        'crasher   0/1     CrashLoopBackOff   4 (37s ago)   60s\n',
    );
  });
  it('wide adds IP, NODE, NOMINATED NODE, READINESS GATES; header can be left out', () => {
    const out = formatGetTable([kubectlGet(pod(), 0)], { wide: true, header: false });
    expect(out).toBe('web   0/1   Running   0     0s    <none>   node-1   <none>   <none>\n');
  });
});

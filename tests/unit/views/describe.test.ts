import { describe, expect, it } from 'vitest';
import type { SimEvent } from '@/engine';
import { kubectlDescribe } from '@/engine/views/describe';
import { describeProbe } from '@/engine/views/describeContainers';
import { container, pod as podModel, probe } from '../../support/podBuilder';
import { at, cond, cs, pod, running, terminated, waiting } from './pods';

// Upstream: staging/src/k8s.io/kubectl/pkg/describe/describe.go describePod, DescribeProbe, DescribeEvents.

describe('DescribeProbe lines', () => {
  it('formats http-get, exec and tcp-socket like kubectl', () => {
    expect(
      describeProbe(
        probe('liveness', { kind: 'httpGet', path: '/healthz', port: 80, scheme: 'HTTP', headers: [] }, {
          initialDelaySeconds: 3,
          periodSeconds: 3,
        }),
      ),
    ).toBe('http-get http://:80/healthz delay=3s timeout=1s period=3s #success=1 #failure=3');
    expect(describeProbe(probe('readiness', { kind: 'exec', command: ['cat', '/tmp/healthy'] }, { periodSeconds: 5 }))).toBe(
      'exec [cat /tmp/healthy] delay=0s timeout=1s period=5s #success=1 #failure=3',
    );
    expect(describeProbe(probe('startup', { kind: 'tcpSocket', port: 8080 }, { failureThreshold: 30, periodSeconds: 90 }))).toBe(
      'tcp-socket :8080 delay=0s timeout=1s period=1m30s #success=1 #failure=30',
    );
  });
});

describe('kubectlDescribe layout', () => {
  it('prints a running pod with probes, ports, env, mounts, conditions, volumes and aggregated events', () => {
    const m = podModel({
      uid: 'uid-1',
      volumes: [{ name: 'cache', kind: 'emptyDir' }],
      containers: [
        container('app', {
          image: 'nginx:1.27',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          env: [{ name: 'MODE', value: 'prod' }],
          volumeMounts: [{ name: 'cache', mountPath: '/cache', readOnly: false }],
          livenessProbe: probe('liveness', { kind: 'httpGet', path: '/healthz', port: 80, scheme: 'HTTP', headers: [] }, {
            initialDelaySeconds: 3,
            periodSeconds: 3,
          }),
        }),
      ],
    });
    const p = pod({
      statuses: [
        cs('app', running(40), {
          ready: true,
          restartCount: 1,
          containerID: 'containerd://abc',
          imageID: 'docker.io/library/nginx@sha256:1',
          lastState: terminated(137, 'Error', 39, 2),
        }),
      ],
      conditions: [cond('Initialized', 'True'), cond('Ready', 'True'), cond('ContainersReady', 'True'), cond('PodScheduled', 'True')],
    });
    p.metadata.labels = { app: 'web', tier: 'front' };
    p.status.startTime = at(0);
    p.status.hostIP = '192.168.49.2';
    p.status.podIP = '10.244.0.5';
    p.status.podIPs = [{ ip: '10.244.0.5' }];
    const ev = (t: number, type: SimEvent['type'], reason: string, message: string, source = 'kubelet'): SimEvent => ({
      t: t * 1000,
      type,
      reason,
      message,
      source,
    });
    const events = [
      ev(0, 'Normal', 'Scheduled', 'Successfully assigned default/web to node-1', 'default-scheduler'),
      ev(2, 'Normal', 'Pulled', 'Container image "nginx:1.27" already present on machine'),
      ev(30, 'Warning', 'Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 500'),
      ev(33, 'Warning', 'Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 500'),
      ev(36, 'Warning', 'Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 500'),
      ev(36, 'Normal', 'Killing', 'Container app failed liveness probe, will be restarted'),
      ev(100, 'Normal', 'Future', 'not yet happened'),
    ];
    expect(kubectlDescribe(p, events, 75_000, m)).toMatchInlineSnapshot(`
      "Name:             web
      Namespace:        default
      Priority:         0
      Service Account:  default
      Node:             node-1/192.168.49.2
      Start Time:       Wed, 01 Jan 2025 00:00:00 +0000
      Labels:           app=web
                        tier=front
      Annotations:      <none>
      Status:           Running
      IP:               10.244.0.5
      IPs:
        IP:  10.244.0.5
      Containers:
        app:
          Container ID:   containerd://abc
          Image:          nginx:1.27
          Image ID:       docker.io/library/nginx@sha256:1
          Port:           80/TCP
          Host Port:      0/TCP
          State:          Running
            Started:      Wed, 01 Jan 2025 00:00:40 +0000
          Last State:     Terminated
            Reason:       Error
            Exit Code:    137
            Started:      Wed, 01 Jan 2025 00:00:02 +0000
            Finished:     Wed, 01 Jan 2025 00:00:39 +0000
          Ready:          True
          Restart Count:  1
          Liveness:       http-get http://:80/healthz delay=3s timeout=1s period=3s #success=1 #failure=3
          Environment:
            MODE:  prod
          Mounts:
            /cache from cache (rw)
      Conditions:
        Type              Status
        Initialized       True 
        Ready             True 
        ContainersReady   True 
        PodScheduled      True 
      Volumes:
        cache:
          Type:        EmptyDir (a temporary directory that shares a pod's lifetime)
          Medium:      
          SizeLimit:   <unset>
      QoS Class:       BestEffort
      Node-Selectors:  <none>
      Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                       node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
      Events:
        Type     Reason     Age                From               Message
        ----     ------     ----               ----               -------
        Normal   Scheduled  75s                default-scheduler  Successfully assigned default/web to node-1
        Normal   Pulled     73s                kubelet            Container image "nginx:1.27" already present on machine
        Warning  Unhealthy  39s (x3 over 45s)  kubelet            Liveness probe failed: HTTP probe failed with statuscode: 500
        Normal   Killing    39s                kubelet            Container app failed liveness probe, will be restarted
      "
    `);
  });

  it('shows Terminating (lasts <invalid>) and the grace period while deletionTimestamp is set, and <none> events', () => {
    const p = pod({ deletionTimestamp: at(40), statuses: [cs('app', running(), { ready: true })] });
    const out = kubectlDescribe(p, [], 10_000);
    expect(out).toContain('Status:                    Terminating (lasts <invalid>)\nTermination Grace Period:  30s\n');
    expect(out).toMatch(/\nEvents: +<none>\n$/);
  });

  it('describes waiting and terminated init containers with Reason and Exit Code', () => {
    const p = pod({
      phase: 'Pending',
      init: ['setup'],
      initStatuses: [cs('setup', waiting('CrashLoopBackOff'), { restartCount: 2, lastState: terminated(1, 'Error', 20, 19) })],
      statuses: [cs('app', waiting('PodInitializing'))],
    });
    const out = kubectlDescribe(p, [], 30_000);
    expect(out).toContain(
      'Init Containers:\n  setup:\n    Container ID:   \n    Image:          busybox\n    Image ID:       \n    Port:           <none>\n    Host Port:      <none>\n    State:          Waiting\n      Reason:       CrashLoopBackOff\n    Last State:     Terminated\n      Reason:       Error\n      Exit Code:    1\n      Started:      Wed, 01 Jan 2025 00:00:19 +0000\n      Finished:     Wed, 01 Jan 2025 00:00:20 +0000\n    Ready:          False\n    Restart Count:  2\n',
    );
  });
});

/**
 * A fake World for runtime tests: a settable clock, a tiny cluster DNS (Services of namespace
 * `default`), and HTTP/TCP against the pod's own listening ports or registered remote servers.
 */
import type { ContainerSpec, PodModel } from '@/engine/model/spec';
import type { HttpResponse, NetResult, Process, ProcessState, Server, World } from '@/engine/runtime/types';
import { container, pod } from '../../support/podBuilder';

export class FakeWorld implements World {
  t = 0;
  podIP = '10.244.0.7';
  /** Service name → ClusterIP. */
  services = new Map<string, string>();
  /** IP → port → server (Services' backends, other pods). */
  remote = new Map<string, Map<number, Server>>();
  /** The pod's own listening ports (set by tests to the main process's `listening()`). */
  local: () => ReadonlyMap<number, Server> = () => new Map();

  now(): number {
    return this.t;
  }

  resolve(name: string): string | null {
    if (name === 'localhost') return '127.0.0.1';
    if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return name;
    const short = name.replace(/\.default(\.svc(\.cluster\.local)?)?$/, '');
    return this.services.get(short) ?? null;
  }

  private portsOf(host: string): ReadonlyMap<number, Server> | null | undefined {
    const ip = this.resolve(host);
    if (ip === null) return null;
    if (ip === '127.0.0.1' || ip === this.podIP) return this.local();
    return this.remote.get(ip);
  }

  httpGet(host: string, port: number, path: string, timeoutMs: number): NetResult<HttpResponse> {
    const ports = this.portsOf(host);
    if (ports === null) return { ok: false, error: 'unresolved', message: `dial tcp: lookup ${host}: no such host` };
    const s = ports?.get(port);
    if (!s) return { ok: false, error: 'refused', message: `dial tcp ${host}:${port}: connect: connection refused` };
    const r = s.http(path);
    if (r === 'hang') return { ok: false, error: 'timeout', message: `context deadline exceeded (Client.Timeout exceeded while awaiting headers) after ${timeoutMs}ms` };
    return { ok: true, value: r };
  }

  tcpConnect(host: string, port: number): NetResult<true> {
    const ports = this.portsOf(host);
    if (ports === null) return { ok: false, error: 'unresolved', message: `dial tcp: lookup ${host}: no such host` };
    return ports?.has(port) ? { ok: true, value: true } : { ok: false, error: 'refused', message: `dial tcp ${host}:${port}: connect: connection refused` };
  }

  grpcCheck(host: string, port: number, service: string): NetResult<'SERVING' | 'NOT_SERVING' | 'UNKNOWN'> {
    const s = this.portsOf(host)?.get(port);
    if (!s) return { ok: false, error: 'refused', message: 'connection refused' };
    return { ok: true, value: s.grpc?.(service) ?? 'UNKNOWN' };
  }
}

/** Drive a process like the simulator does: run at each wakeAt until `until` (ms) or exit. */
export function runUntil(p: Process, world: FakeWorld, until: number): ProcessState {
  for (let i = 0; i < 100_000; i++) {
    const st = p.run();
    if (st.state === 'exited') return st;
    if (st.wakeAt === undefined || st.wakeAt > until) {
      if (world.t === until) return st;
      world.t = until;
      continue;
    }
    world.t = Math.max(world.t, st.wakeAt);
  }
  throw new Error('runUntil: too many steps');
}

/** Container `c` in busybox; unlike `container()`, the pull policy stays IfNotPresent whatever `over.image` is. */
export function makeSpec(over: Partial<ContainerSpec> = {}): ContainerSpec {
  return { ...container('c', { image: 'busybox', imagePullPolicy: 'IfNotPresent' }), path: 'spec.containers[0]', ...over };
}

/** Pod `web` holding exactly `containers` (kept as given: the runtime sees the very spec objects the test holds). */
export function makePod(containers: ContainerSpec[] = [makeSpec()]): PodModel {
  return { ...pod({ uid: 'uid-1', labels: {} }), containers };
}

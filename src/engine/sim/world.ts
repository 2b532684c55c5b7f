/**
 * The world the pod's processes, probes and hooks see: cluster DNS, Services with endpoints that
 * follow the pod's Ready condition (EndpointSlice `podToEndpoint`), the pod IP and localhost.
 */
import type { ServiceModel } from '../model/spec';
import type { HttpResponse, NetResult, Server, World } from '../runtime/types';
import { isAlive, type Core } from './core';
import { POD_IP } from './timing';

const LOCALHOST = '127.0.0.1';

/** Does `svc` select this pod? (non-empty selector, every key matches the labels) */
export function selects(svc: ServiceModel, labels: Record<string, string>): boolean {
  const keys = Object.keys(svc.selector);
  return keys.length > 0 && keys.every((k) => labels[k] === svc.selector[k]);
}

/**
 * Services whose endpoints list the pod as ready: selected, has an IP, not terminating, and
 * Ready (or publishNotReadyAddresses). endpointslice/utils.go `podToEndpoint`.
 */
export function readyEndpoints(core: Core): string[] {
  if (core.gone || !core.sandboxReady) return [];
  const out: string[] = [];
  for (const svc of core.services) {
    if (svc.externalName || !selects(svc, core.pod.labels)) continue;
    const terminating = core.deletion !== undefined;
    if (svc.publishNotReadyAddresses || (core.podReady && !terminating)) out.push(svc.name);
  }
  return out;
}

/** Resolve a named container port of the pod. */
export function resolvePort(core: Core, port: number | string): number | undefined {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  for (const s of core.slots) for (const p of s.spec.ports) if (p.name === port) return p.containerPort;
  return undefined;
}

function listening(core: Core, slot: Core['slots'][number]): ReadonlyMap<number, Server> | undefined {
  const inst = slot.instance!;
  // PID 1 already exited (the kubelet has not noticed yet): nothing listens.
  if (inst.exitPending) return undefined;
  if (inst.listenCache?.t === core.now) return inst.listenCache.ports;
  try {
    const ports = inst.process!.listening();
    inst.listenCache = { t: core.now, ports };
    return ports;
  } catch {
    return undefined; // a broken runtime process listens nowhere
  }
}

function findServer(core: Core, port: number): Server | undefined {
  // The container that declares the port is the likely listener: ask it first.
  for (const s of core.slots) {
    if (!isAlive(s) || !s.spec.ports.some((p) => p.containerPort === port)) continue;
    const srv = listening(core, s)?.get(port);
    if (srv) return srv;
  }
  for (const s of core.slots) {
    if (!isAlive(s)) continue;
    const srv = listening(core, s)?.get(port);
    if (srv) return srv;
  }
  return undefined;
}

type Target = { ok: true; ip: string; port: number; server?: Server } | { ok: false; error: 'unresolved' | 'refused' | 'timeout'; ip: string };

/** Route host:port to a server: Services → this pod's targetPort if it is an endpoint. */
function route(core: Core, host: string, port: number): Target {
  const ip = resolveName(core, host);
  if (ip === null) return { ok: false, error: 'unresolved', ip: host };
  if (ip === LOCALHOST || ip === POD_IP) {
    if (!core.sandboxReady && ip === POD_IP) return { ok: false, error: 'timeout', ip };
    return { ok: true, ip, port, server: findServer(core, port) };
  }
  const svc = core.services.find((s) => s.clusterIP === ip && !s.externalName);
  if (!svc) return { ok: false, error: 'timeout', ip };
  const sp = svc.ports.find((p) => p.port === port);
  if (!sp || !readyEndpoints(core).includes(svc.name) || !selects(svc, core.pod.labels)) {
    // kube-proxy REJECTs Service traffic without endpoints.
    return { ok: false, error: 'refused', ip };
  }
  const target = resolvePort(core, sp.targetPort);
  if (target === undefined) return { ok: false, error: 'refused', ip };
  return { ok: true, ip, port, server: findServer(core, target) };
}

/** Cluster DNS as seen from the pod. */
export function createResolver(core: Core): (name: string) => string | null {
  return (raw: string) => resolveName(core, raw);
}

/** Resolve one name (see `World.resolve`). */
export function resolveName(core: Core, raw: string): string | null {
  {
    const name = raw.toLowerCase().replace(/\.$/, '');
    if (name === 'localhost' || name === LOCALHOST) return LOCALHOST;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return name;
    const pod = core.pod;
    const host = pod.hostname ?? pod.name;
    if (name === host) return core.sandboxReady ? POD_IP : null;
    const ns = pod.namespace;
    for (const svc of core.services) {
      const n = svc.name;
      const forms = [n, `${n}.${ns}`, `${n}.${ns}.svc`, `${n}.${ns}.svc.cluster.local`];
      if (forms.includes(name)) return svc.externalName ? null : svc.clusterIP;
    }
    return null;
  }
}

/** The World implementation handed to the behaviour runtime. */
export function createWorld(core: Core): World {
  const resolve = createResolver(core);
  const url = (host: string, port: number, path: string) => `http://${host}:${port}${path}`;
  return {
    now: () => core.now,
    podIP: POD_IP,
    resolve,
    httpGet(host: string, port: number, path: string): NetResult<HttpResponse> {
      const r = route(core, host, port);
      const u = url(host, port, path);
      if (!r.ok) return netError(r.error, `Get "${u}": ${dialText(r.error, host, r.ip, port)}`);
      if (!r.server) return netError('refused', `Get "${u}": dial tcp ${r.ip}:${port}: connect: connection refused`);
      const res = r.server.http(path);
      if (res === 'hang') {
        return netError('timeout', `Get "${u}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`);
      }
      return { ok: true, value: res };
    },
    tcpConnect(host: string, port: number): NetResult<true> {
      const r = route(core, host, port);
      if (!r.ok) return netError(r.error, dialText(r.error, host, r.ip, port));
      if (!r.server) return netError('refused', `dial tcp ${r.ip}:${port}: connect: connection refused`);
      return { ok: true, value: true };
    },
    grpcCheck(host: string, port: number, service: string) {
      const r = route(core, host, port);
      if (!r.ok) return netError(r.error, dialText(r.error, host, r.ip, port));
      if (!r.server) return netError('refused', `dial tcp ${r.ip}:${port}: connect: connection refused`);
      const status = r.server.grpc ? r.server.grpc(service) : 'SERVING';
      return { ok: true as const, value: status };
    },
  };
}

function dialText(error: 'unresolved' | 'refused' | 'timeout', host: string, ip: string, port: number): string {
  if (error === 'unresolved') return `dial tcp: lookup ${host} on 10.96.0.10:53: no such host`;
  if (error === 'refused') return `dial tcp ${ip}:${port}: connect: connection refused`;
  return `dial tcp ${ip}:${port}: i/o timeout`;
}

function netError<T>(error: 'unresolved' | 'refused' | 'timeout', message: string): NetResult<T> {
  return { ok: false, error, message };
}

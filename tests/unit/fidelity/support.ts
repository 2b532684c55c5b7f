/**
 * Fidelity harness: runs a real manifest through the public engine (parser, runtime, simulator) and
 * reads the trace the way a person at a terminal would (`kubectl get` columns, container states).
 */
import { kubectlGet, parseAction, simulate } from '@/engine';
import type { ContainerStatus, PodObject, Trace } from '@/engine';

/** Simulate `manifest` to `untilS` seconds with kubectl-like actions ("20 delete", "5 exec app -- true"). */
export function sim(manifest: string, untilS: number, actions: string[] = []): Trace {
  return simulate({ manifest, until: untilS * 1000, interventions: actions.map((a) => parseAction(a)) });
}

/** The last frame that still has a pod object (the status just before the object disappears). */
export function lastPod(trace: Trace): { t: number; pod: PodObject } {
  for (let i = trace.frames.length - 1; i >= 0; i--) {
    const f = trace.frames[i]!;
    if (f.pod) return { t: f.t, pod: f.pod };
  }
  throw new Error('no frame with a pod');
}

/** The pod as published at `s` seconds (the newest frame at or before it). */
export function podAt(trace: Trace, s: number): PodObject | null {
  let found: PodObject | null = null;
  for (const f of trace.frames) {
    if (f.t > s * 1000) break;
    found = f.pod;
  }
  return found;
}

/** A container status by name (init or regular). */
export function cs(pod: PodObject, name: string): ContainerStatus | undefined {
  return [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])].find((c) => c.name === name);
}

/** `waiting:Reason`, `running`, `terminated:Reason:code`. */
export function state(c: ContainerStatus | undefined): string {
  const st = c?.state;
  if (!st) return 'none';
  if (st.running) return 'running';
  if (st.waiting) return `waiting:${st.waiting.reason ?? ''}`;
  if (st.terminated) return `terminated:${st.terminated.reason ?? ''}:${st.terminated.exitCode}`;
  return 'empty';
}

/** kubectl get columns for a frame: `READY STATUS RESTARTS`. */
export function columns(pod: PodObject, t: number): string {
  const r = kubectlGet(pod, t);
  return `${r.ready} ${r.status} ${r.restarts}`;
}

/** Every distinct kubectl STATUS value in frame order (what `kubectl get -w` would print). */
export function statusSequence(trace: Trace): string[] {
  const out: string[] = [];
  for (const f of trace.frames) {
    if (!f.pod) continue;
    const s = kubectlGet(f.pod, f.t).status;
    if (out[out.length - 1] !== s) out.push(s);
  }
  return out;
}

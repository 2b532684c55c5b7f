/**
 * The `podlife/behavior` overlay on a main process (ARCHITECTURE §6, layer 1): what the annotation
 * sets overrides what the command or image would do — start-up time, self-exit, OOM, SIGTERM
 * reaction, HTTP answers per path and TCP ports open/closed over time.
 */
import type { AttemptBehaviour } from '../model/behaviour';
import type { ContainerSpec } from '../model/spec';
import { anyServer, scheduleAt, withHttpSchedule } from './servers';
import type { Server } from './types';

/** Resolve a `tcp` key (a number or a named containerPort) to a port number. */
function portOf(key: string, spec: ContainerSpec): number | undefined {
  if (/^\d+$/.test(key)) return Number(key);
  return spec.ports.find((p) => p.name === key)?.containerPort;
}

/**
 * The ports as the annotation shows them at `elapsed` ms after start: nothing before `startup`;
 * `http` schedules wrap every listening port (and open the declared ports when the program itself
 * listens on none); `tcp` schedules open or close single ports.
 */
export function overlayListening(
  base: ReadonlyMap<number, Server>,
  b: AttemptBehaviour,
  spec: ContainerSpec,
  elapsed: number,
): ReadonlyMap<number, Server> {
  if (b.startup === undefined && !b.http && !b.tcp) return base;
  if (b.startup !== undefined && elapsed < b.startup) return new Map();
  const out = new Map(base);
  if (b.http) {
    if (out.size === 0) for (const p of spec.ports) if (p.protocol === 'TCP') out.set(p.containerPort, anyServer());
    const http = b.http;
    for (const [port, s] of out) out.set(port, withHttpSchedule(s, http, () => elapsed));
  }
  if (b.tcp) {
    for (const [key, steps] of Object.entries(b.tcp)) {
      const port = portOf(key, spec);
      if (port === undefined) continue;
      const step = scheduleAt(steps, elapsed);
      if (!step) continue;
      if (!step.open) out.delete(port);
      else if (!out.has(port)) out.set(port, anyServer());
    }
  }
  return out;
}

/** Times (ms from start) at which the overlay changes something, for the process's next wake-up. */
export function overlayChangeTimes(b: AttemptBehaviour): number[] {
  const t: number[] = [];
  if (b.startup !== undefined) t.push(b.startup);
  if (b.exit) t.push(b.exit.after);
  if (b.memory) t.push(b.memory.oomAfter);
  for (const steps of Object.values(b.http ?? {})) for (const s of steps) t.push(s.from);
  for (const steps of Object.values(b.tcp ?? {})) for (const s of steps) t.push(s.from);
  return t;
}

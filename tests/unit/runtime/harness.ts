/** Small helpers to start main and exec processes against the FakeWorld. */
import type { AttemptBehaviour } from '@/engine/model/behaviour';
import type { ContainerSpec } from '@/engine/model/spec';
import { createRuntime } from '@/engine/runtime/index';
import type { Fs, Process, Volume } from '@/engine/runtime/types';
import { FakeWorld, makePod, makeSpec, runUntil } from './fakeWorld';

export const rt = createRuntime();

export interface Started {
  world: FakeWorld;
  fs: Fs;
  spec: ContainerSpec;
  p: Process;
}

/** Start a container's PID 1 at t=0 with the given spec fields. */
export function startMain(over: Partial<ContainerSpec>, behaviour: AttemptBehaviour = {}, volumes: ReadonlyMap<string, Volume> = new Map(), world = new FakeWorld()): Started {
  const spec = makeSpec(over);
  const fs = rt.createFs(spec, volumes);
  const p = rt.startMain({ pod: makePod([spec]), spec, behaviour, attempt: 0, fs, world });
  world.local = () => p.listening();
  return { world, fs, spec, p };
}

/** `sh -c script` in busybox as PID 1. */
export function shell(script: string, image = 'busybox'): Started {
  return startMain({ image, command: ['sh', '-c', script] });
}

/** Run a script to completion (or `until` ms) and return its state and log. */
export function runScript(script: string, until = 3_600_000, image = 'busybox') {
  const s = shell(script, image);
  const st = runUntil(s.p, s.world, until);
  return { ...s, st, out: s.p.output() };
}

/** Exec a command in a started container (probe / hook / kubectl exec) and run it to completion. */
export function exec(s: Started, command: string[], until = s.world.t + 600_000) {
  const p = rt.startExec({ command, spec: s.spec, pod: makePod([s.spec]), fs: s.fs, world: s.world, main: s.p });
  const st = runUntil(p, s.world, until);
  return { st, out: p.output() };
}

export { runUntil };

/**
 * Driving behaviour-runtime processes on the agenda: PID 1 of each container (woken at `wakeAt`
 * and after signals) and short-lived execs (probes, hooks, `kubectl exec`) with an optional deadline.
 */
import type { Process, ProcessState } from '../runtime/types';
import { diagnose, type Core, type Instance, type Slot } from './core';

/** Called when PID 1 exits; set by containers.ts (avoids an import cycle at module load). */
export let onMainExit: (core: Core, slot: Slot, inst: Instance, st: Extract<ProcessState, { state: 'exited' }>) => void =
  () => undefined;
export function setMainExitHandler(fn: typeof onMainExit): void {
  onMainExit = fn;
}

/** Run a process safely: a runtime exception becomes a diagnostic and an exit with code 128. */
export function safeRun(core: Core, proc: Process, what: string): ProcessState {
  try {
    return proc.run();
  } catch (e) {
    diagnose(core, { severity: 'warning', code: 'R001', message: `runtime error in ${what}: ${String(e)}` });
    return { state: 'exited', code: 128 };
  }
}

/** Advance PID 1 of `inst` to now and reschedule it at its next wake time. */
export function runMain(core: Core, slot: Slot, inst: Instance): void {
  const proc = inst.process;
  if (!proc || inst.exited || inst.exitPending) return;
  inst.listenCache = undefined;
  core.agenda.cancel(inst.wake);
  inst.wake = undefined;
  const st = safeRun(core, proc, `container ${slot.spec.name}`);
  reportProblems(core, slot, inst);
  if (st.state === 'exited') {
    onMainExit(core, slot, inst, st);
    return;
  }
  if (st.wakeAt !== undefined) {
    // A process that asks to run again at (or before) now would spin; move it on by 1 ms.
    let at = Math.max(Math.round(st.wakeAt), core.now + 1);
    at = throttle(core, slot, at);
    inst.wake = core.agenda.at(at, () => runMain(core, slot, inst));
  }
}

/** The runtime's optional introspection (runtime/process.ts InspectableProcess). */
function problemsOf(proc: Process): readonly string[] {
  const f = (proc as Partial<{ problems: () => readonly string[] }>).problems;
  if (typeof f !== 'function') return [];
  try {
    return f.call(proc);
  } catch {
    return [];
  }
}

/**
 * New runtime problems of PID 1 (runaway loops, fork bombs …) become R006 diagnostics, once per
 * container attempt, on the field that says what runs (command, else args, else the container).
 */
function reportProblems(core: Core, slot: Slot, inst: Instance): void {
  const list = problemsOf(inst.process!);
  const seen = inst.problemsSeen ?? 0;
  if (list.length <= seen) return;
  inst.problemsSeen = list.length;
  const spec = slot.spec;
  const path = spec.command ? `${spec.path}.command` : spec.args ? `${spec.path}.args` : spec.path;
  for (const problem of list.slice(seen)) {
    diagnose(core, { severity: 'warning', code: 'R006', message: `container ${spec.name} (restart ${inst.attempt}) at ${core.now / 1000}s: ${problem}`, path });
  }
}

/** Wake-ups allowed per simulated second before a process counts as runaway. */
const MAX_WAKES_PER_SECOND = 100;
const wakeWindows = new WeakMap<Slot, { second: number; count: number }>();

/** Bound the cost of busy loops: past the budget, the process next runs at the start of the next second. */
function throttle(core: Core, slot: Slot, at: number): number {
  const second = Math.floor(core.now / 1000);
  let w = wakeWindows.get(slot);
  if (!w || w.second !== second) {
    w = { second, count: 0 };
    wakeWindows.set(slot, w);
  }
  if (++w.count <= MAX_WAKES_PER_SECOND) return at;
  diagnose(core, {
    severity: 'warning',
    code: 'R003',
    message: `container ${slot.spec.name} runs a busy loop (more than ${MAX_WAKES_PER_SECOND} wake-ups per second); it is slowed down to keep the simulation responsive`,
    path: slot.spec.path,
  });
  return Math.max(at, (second + 1) * 1000);
}

/** Deliver a signal to PID 1 and let it react. */
export function signalMain(core: Core, slot: Slot, inst: Instance, sig: 'TERM' | 'KILL'): void {
  if (!inst.process || inst.exited || inst.exitPending) return;
  inst.listenCache = undefined;
  try {
    inst.process.signal(sig);
  } catch (e) {
    diagnose(core, { severity: 'warning', code: 'R001', message: `runtime error signalling ${slot.spec.name}: ${String(e)}` });
  }
  runMain(core, slot, inst);
}

export interface ExecOutcome {
  code: number;
  output: string;
  timedOut: boolean;
}

export interface ExecHandle {
  cancel(): void;
}

/**
 * Run an exec to completion on the agenda. `done` is called synchronously when it finishes at once
 * (most probes), else later; at `deadline` (ms) it is killed and reported as timed out.
 */
export function runExec(
  core: Core,
  proc: Process,
  deadline: number | undefined,
  what: string,
  done: (o: ExecOutcome) => void,
  /** Called after every step: the exec may have signalled PID 1 (`kill 1`, `nginx -s quit`). */
  poke?: () => void,
): ExecHandle {
  let entry: ReturnType<typeof core.agenda.at> | undefined;
  let finished = false;
  const finish = (o: ExecOutcome) => {
    if (finished) return;
    finished = true;
    core.agenda.cancel(entry);
    done(o);
  };
  const step = () => {
    if (finished) return;
    if (deadline !== undefined && core.now >= deadline) {
      try {
        proc.signal('KILL');
      } catch {
        // the process is abandoned either way
      }
      finish({ code: 137, output: safeOutput(proc), timedOut: true });
      return;
    }
    const st = safeRun(core, proc, what);
    if (st.state === 'exited') {
      // The exec returned before PID 1 reacts to what it did (a preStop `nginx -s quit` succeeded
      // even if nginx exits in the same millisecond).
      finish({ code: st.code, output: safeOutput(proc), timedOut: false });
      poke?.();
      return;
    }
    poke?.();
    let next = st.wakeAt === undefined ? undefined : Math.max(Math.round(st.wakeAt), core.now + 1);
    if (deadline !== undefined && (next === undefined || next > deadline)) next = deadline;
    if (next !== undefined) entry = core.agenda.at(next, step);
  };
  step();
  return {
    cancel: () => {
      finished = true;
      core.agenda.cancel(entry);
    },
  };
}

function safeOutput(proc: Process): string {
  try {
    return proc.output();
  } catch {
    return '';
  }
}

/** Let PID 1 of `slot` react now (after an exec in its container may have signalled it). */
export function pokeMain(core: Core, slot: Slot): () => void {
  return () => {
    const inst = slot.instance;
    if (inst && !inst.exited) runMain(core, slot, inst);
  };
}

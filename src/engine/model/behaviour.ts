/**
 * The `podlife/behavior` annotation, parsed (ARCHITECTURE §6, layer 1): what a manifest cannot say
 * about a program. Durations are milliseconds here (the annotation accepts `10`, `10s`, `2m`).
 * `from` values count from the start of each attempt (container start).
 */

export type StepSchedule<T> = { from: number; value: T }[];

export interface AttemptBehaviour {
  /** ms after start until the program listens on its ports. */
  startup?: number;
  /** The program exits by itself. */
  exit?: { after: number; code: number };
  /** Reaction to SIGTERM: exit after a delay with a code, or ignore it (then SIGKILL → 137). */
  sigterm?: { exitAfter: number; code: number } | 'ignore';
  /** HTTP answers per path, as a schedule of status codes. `*` matches any path. */
  http?: Record<string, { from: number; status: number }[]>;
  /** TCP ports open or closed over time. */
  tcp?: Record<string, { from: number; open: boolean }[]>;
  /** The container is OOM-killed (exit 137, reason OOMKilled) after this many ms. */
  memory?: { oomAfter: number };
}

export interface ContainerBehaviour extends AttemptBehaviour {
  /** Per attempt (index 0 = first run): overrides the fields above for that attempt; the last entry repeats. */
  runs?: AttemptBehaviour[];
  /** Image pull: how long it takes, or which error it fails with. */
  pull?: { seconds: number } | { error: string };
}

/** Keyed by container name. */
export type Behaviours = Record<string, ContainerBehaviour>;

/** The annotation key on the Pod or pod template. */
export const BEHAVIOUR_ANNOTATION = 'podlife/behavior';

/** The behaviour that applies to attempt `attempt` (0-based) of a container. */
export function behaviourForAttempt(b: ContainerBehaviour | undefined, attempt: number): AttemptBehaviour {
  if (!b) return {};
  const { runs, pull: _pull, ...base } = b;
  if (!runs || runs.length === 0) return base;
  const run = runs[Math.min(attempt, runs.length - 1)] ?? {};
  return { ...base, ...run };
}

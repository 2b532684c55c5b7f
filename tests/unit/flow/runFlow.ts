/** Runs a built-in scenario (seed 1, its interventions) and indexes the trace for the flow view. */
import { lifecycleGraph, parseAction, simulate } from '@/engine';
import type { LifecycleGraph, Trace } from '@/engine';
import { scenarioById } from '@/scenarios';
import { indexTrace, liveAt, type Live, type TraceIndex } from '@/ui/panels/flow/live';

export interface FlowRun {
  trace: Trace;
  graph: LifecycleGraph;
  index: TraceIndex;
  /** The live view at `s` seconds. */
  at(s: number): Live;
}

const cache = new Map<string, FlowRun>();

/** The scenario `id`, simulated once per test file. */
export function runFlow(id: string): FlowRun {
  const hit = cache.get(id);
  if (hit) return hit;
  const def = scenarioById(id);
  if (!def) throw new Error(`no scenario ${id}`);
  const interventions = (def.interventions ?? []).map((l) => parseAction(l, (p) => def.files?.[p] ?? ''));
  const trace = simulate({
    manifest: def.manifest, interventions, until: def.until * 1000, seed: 1,
    ...(def.options ? { options: def.options } : {}),
  });
  const graph = lifecycleGraph(trace.pod);
  const index = indexTrace(trace);
  const run = { trace, graph, index, at: (s: number) => liveAt(graph, index, Math.round(s * 1000)) };
  cache.set(id, run);
  return run;
}

/**
 * The engine's simulate entry points (ARCHITECTURE §3): a pure, deterministic function of the
 * scenario. Defaults: the manifest parser and the behaviour runtime of the engine.
 */
import { parseManifest } from '../manifest/parseManifest';
import { createRuntime } from '../runtime';
import { createSimulationWith, DEFAULT_UNTIL, type SimulateInput, type Simulation } from './engine';

export type { SimulateInput, Simulation } from './engine';

/**
 * An incremental simulation: `advance(until)` extends the trace; the past never changes.
 * Never throws for user input: a manifest with errors gives a trace with no frames and its diagnostics.
 * @example
 * const sim = createSimulation({ manifest, seed: 1 });
 * sim.advance(60_000); sim.advance(120_000);
 */
export function createSimulation(input: SimulateInput): Simulation {
  return createSimulationWith(input, { runtime: input.runtime ?? createRuntime(), parse: parseManifest });
}

/** Simulate a scenario to `until` (default 10 min) and return its trace. */
export function simulate(input: SimulateInput): SimulateTrace {
  const sim = createSimulation(input);
  sim.advance(input.until ?? DEFAULT_UNTIL);
  return sim.trace;
}

type SimulateTrace = Simulation['trace'];

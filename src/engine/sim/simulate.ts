/**
 * The engine's simulate entry points (ARCHITECTURE §3): a pure, deterministic function of the
 * scenario. Defaults: the manifest parser and the behaviour runtime of the engine.
 */
import { parseManifest } from '../manifest/parseManifest';
import { createRuntime } from '../runtime';
import { createSimulationWith, DEFAULT_UNTIL, type SimulateInput, type Simulation } from './engine';
import { sanitizeUntil } from './validate';

export type { SimulateInput, Simulation } from './engine';

/**
 * An incremental simulation: `advance(until)` extends the trace; the past never changes.
 * Never throws for user input: a manifest with errors gives a trace with no frames and its diagnostics.
 * @example
 * const sim = createSimulation({ manifest, seed: 1 });
 * sim.advance(60_000); sim.advance(120_000);
 */
export function createSimulation(rawInput: SimulateInput): Simulation {
  // Called from plain JavaScript too (workers, share links): anything that is not an object is "no input".
  const input: SimulateInput = typeof rawInput === 'object' && rawInput !== null ? rawInput : {};
  const runtime = input.runtime ?? createRuntime();
  // The runtime's static checks run inside the parser, so their diagnostics carry source ranges.
  return createSimulationWith(input, { runtime, parse: (text) => parseManifest(text, { analyze: (spec) => runtime.analyze(spec) }), analyzedByParser: true });
}

/** Simulate a scenario to `until` (default 10 min) and return its trace. */
export function simulate(input: SimulateInput): SimulateTrace {
  const sim = createSimulation(input);
  sim.advance(sanitizeUntil((input as Partial<SimulateInput> | null | undefined)?.until, DEFAULT_UNTIL));
  return sim.trace;
}

type SimulateTrace = Simulation['trace'];

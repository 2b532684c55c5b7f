/**
 * PodLife engine: everything Kubernetes, framework-free and deterministic.
 * The only import path for other layers (state, ui, cli, scenarios, tests may go deeper).
 * ARCHITECTURE §3 is the contract.
 */
export type * from './model/spec';
export type * from './model/status';
export type * from './model/trace';
export type * from './model/behaviour';
export type * from './model/diagnostics';
export { CREATION_TIME_ISO, CREATION_TIME_MS } from './model/trace';
export { allContainers } from './model/spec';
export { hasErrors } from './model/diagnostics';
export { BEHAVIOUR_ANNOTATION, behaviourForAttempt } from './model/behaviour';
export { derivePhase, getPhase } from './status/phase';
export type { PhaseInput, PhaseRule } from './status/phase';

/**
 * YAML text → Pod model, Services, behaviours and diagnostics (never throws), with the runtime's
 * static checks of commands (R101, R102, S001); `parseManifest(text, { analyze: false })` skips them.
 */
export { parseManifest } from './manifest/withAnalysis';
export type { ParseResult, ParseOptions, DocumentInfo } from './manifest/parseManifest';

/** Scenario → Trace (pure, deterministic); and an incremental simulation for growing horizons. */
export { simulate, createSimulation } from './sim/simulate';
export type { SimulateInput, Simulation } from './sim/simulate';
/** The pod at time t, O(log n). */
export { statusAt, frameAt } from './sim/statusAt';

/** kubectl-shaped views. */
export { kubectlGet, formatGetTable } from './views/kubectlGet';
export type { GetRow } from './views/kubectlGet';
export { kubectlDescribe } from './views/describe';
export { podYaml } from './views/podYaml';
export { explain } from './views/explain';
export type { ExplainResult } from './views/explain';
/** explain's coded reasons and their English templates, for UIs that render them in another language. */
export { EXPLAIN_EN, renderReason } from './views/explainText';
export type { ExplainCode, ReasonPart } from './views/explainText';
export { humanDuration } from './views/humanDuration';
export { traceToJson, traceToText, watchLines } from './views/formatTrace';
/** Limits shared by the simulator and its callers (the CLI refuses larger values up front). */
export { MAX_UNTIL, MAX_GRACE_SECONDS } from './sim/validate';
/** The hardened YAML reader (alias/depth/node limits, source ranges), for tools reading other YAML (CLI explain). */
export { parseSource, findPath, locatedRange } from './manifest/source';
export type { ParsedSource, SourceDoc } from './manifest/source';
export { parsePath } from './manifest/path';
export type { Segment } from './manifest/path';
export type { JsonFrame, TraceJson } from './views/formatTrace';
export { parseAction, parseSeconds, splitWords } from './views/actions';
export * from './views/lifecycleGraph';
export { narrate, currentNarrationIndex, GLOSSARY } from './views/narrate';
export type { NarrationItem, NarrationKind, ConceptId, NarrateOptions, Concept } from './views/narrate';

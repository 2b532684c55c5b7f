/**
 * A built-in scenario: data shared by the UI picker, the unit tests (tests/unit/scenarios) and the
 * browser tests (`?scenario=<id>`). Scenarios import nothing from the engine except types.
 */

export type ScenarioTopic =
  | 'basics'
  | 'init'
  | 'hooks'
  | 'probes'
  | 'restarts'
  | 'termination'
  | 'sidecars'
  | 'jobs'
  | 'workloads'
  | 'network';

/** English and Chinese text. Kubernetes terms (Pod, readinessProbe, CrashLoopBackOff …) stay untranslated in zh. */
export interface Bilingual {
  en: string;
  zh: string;
}

export interface ScenarioDef {
  /** kebab-case, stable: used in URLs (`?scenario=liveness-exec`). */
  id: string;
  topic: ScenarioTopic;
  title: Bilingual;
  /** One paragraph: what happens and why, naming the rule or field. */
  summary: Bilingual;
  /** Where it comes from (seed article n, kubernetes.io page). */
  source?: string;
  /** YAML (multi-document allowed), exactly as a user would paste it. */
  manifest: string;
  /**
   * `--do` strings (ARCHITECTURE §4): `"<seconds> <action>"`, e.g. `"20 apply service.yaml"` (the file
   * comes from `files`), `"30 delete"`, `"40 exec app -- rm /tmp/x"`, `"20 condition example.com/f=True"`.
   */
  interventions?: string[];
  /** Extra manifests referenced by `apply <name>` interventions. */
  files?: Record<string, string>;
  /** Seconds to simulate. */
  until: number;
  /**
   * Simulation options the scenario needs (mirrors the engine's SimOptions). Added for
   * `imagePullPolicy: Never` scenarios, which need the image to be on the node already.
   */
  options?: { presentImages?: string[] };
  /** Where the seed article is wrong or outdated for today's Kubernetes; shown by the narration. */
  corrections?: Bilingual[];
}

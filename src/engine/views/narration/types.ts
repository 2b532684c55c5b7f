/**
 * Narration: the "why" behind every moment of a trace, in English and Chinese, each sentence naming
 * the kubelet rule (upstream file) and the manifest field (value and line) that decided it.
 */
import type { SourceRange } from '../../model/diagnostics';
import type { SimTime } from '../../model/trace';

/** What kind of moment an item explains (for icons and filtering). */
export type NarrationKind =
  | 'correction'
  | 'event'
  | 'phase'
  | 'condition'
  | 'container'
  | 'restart'
  | 'probe'
  | 'backoff'
  | 'hook'
  | 'grace'
  | 'signal'
  | 'delete'
  | 'endpoint'
  | 'intervention';

/** Glossary entries an item can link to (see glossary.ts). */
export type ConceptId =
  | 'pod-phase'
  | 'pod-conditions'
  | 'scheduling'
  | 'image-pull'
  | 'container-states'
  | 'init-containers'
  | 'sidecars'
  | 'post-start'
  | 'pre-stop'
  | 'liveness-probe'
  | 'readiness-probe'
  | 'startup-probe'
  | 'restart-policy'
  | 'crash-loop-back-off'
  | 'termination'
  | 'grace-period'
  | 'endpoints'
  | 'active-deadline'
  | 'node-lost'
  | 'oom'
  | 'readiness-gates'
  | 'article-correction';

export interface NarrationItem {
  /** When (ms since creation). */
  t: SimTime;
  kind: NarrationKind;
  en: string;
  zh: string;
  /** The upstream rule, e.g. `prober/worker.go`. */
  rule: string;
  /** The manifest field that decided it, e.g. `spec.containers[0].livenessProbe.failureThreshold`. */
  fieldPath?: string;
  /** Where that field (or its nearest written parent) is in the manifest. */
  range?: SourceRange;
  concept: ConceptId;
  /** The container it is about. */
  container?: string;
  /** Warning-ish moments (failures, kills) are shown in a warning tone. */
  tone?: 'normal' | 'warning';
}

export interface Bilingual {
  en: string;
  zh: string;
}

/** Extra inputs for narrate(): notes about the scenario's source article. */
export interface NarrateOptions {
  /** Where a seed article is wrong or outdated; narrated at t = 0. */
  corrections?: readonly Bilingual[];
}

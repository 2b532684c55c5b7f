/**
 * Import/export of a scenario file: `{ podlife: 1, title?, manifest, interventions, seed, until }`
 * as JSON or YAML (`until` in seconds, as in the built-in scenarios). A plain Kubernetes manifest
 * (YAML with `kind:`) imports as just the text.
 */
import { parse, stringify } from 'yaml';
import type { SessionData } from './types';

export interface ScenarioFile {
  podlife: 1;
  title?: string;
  manifest: string;
  interventions: string[];
  seed: number;
  /** Seconds. */
  until: number;
}

/** Serialises the session as a scenario file. */
export function exportScenario(data: SessionData, format: 'json' | 'yaml', title?: string): string {
  const file: ScenarioFile = {
    podlife: 1,
    ...(title ? { title } : {}),
    manifest: data.text,
    interventions: data.interventions,
    seed: data.seed,
    until: Math.round(data.until / 1000),
  };
  return format === 'json' ? JSON.stringify(file, null, 2) + '\n' : stringify(file, { lineWidth: 0 });
}

/** Reads a scenario file or a bare manifest; throws Error with a readable message. */
export function importScenario(content: string): Pick<SessionData, 'text'> & Partial<SessionData> {
  if (content.length > 1_000_000) throw new Error('file too large');
  let doc: unknown;
  try {
    doc = content.trimStart().startsWith('{') ? JSON.parse(content) : parse(content, { uniqueKeys: false });
  } catch {
    // Multi-document YAML or a manifest with errors: let the editor show its diagnostics.
    return { text: content };
  }
  if (doc && typeof doc === 'object' && 'manifest' in doc) {
    const f = doc as Record<string, unknown>;
    if (typeof f.manifest !== 'string') throw new Error('"manifest" must be a string');
    const out: Pick<SessionData, 'text'> & Partial<SessionData> = { text: f.manifest };
    if (Array.isArray(f.interventions)) out.interventions = f.interventions.map(String);
    if (typeof f.seed === 'number') out.seed = f.seed;
    if (typeof f.until === 'number' && f.until > 0) out.until = f.until * 1000;
    return out;
  }
  if (content.trimStart().startsWith('{')) throw new Error('not a PodLife scenario (no "manifest")');
  return { text: content };
}

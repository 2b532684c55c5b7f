/** Helpers for manifest tests: build small manifests and find diagnostics by code or message. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Diagnostic } from '@/engine/model/diagnostics';
import { parseManifest } from '@/engine/manifest/parseManifest';
import type { ParseResult } from '@/engine/manifest/parseManifest';

/** A Pod named `web` whose `spec:` body is `specBody` (indented by two spaces already). */
export function podText(specBody: string, metaExtra = ''): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n${metaExtra}spec:\n${specBody}`;
}

/** A Pod with one container `app` (image nginx:1.27) whose extra container lines are `containerBody`. */
export function oneContainer(containerBody = ''): string {
  return podText(`  containers:\n  - name: app\n    image: nginx:1.27\n${containerBody}`);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const idx = text.indexOf(needle, from);
  if (idx < 0) throw new Error(`"${needle}" not in text`);
  return text.slice(0, idx).split('\n').length;
}

export function errors(r: ParseResult): Diagnostic[] {
  return r.diagnostics.filter((d) => d.severity === 'error');
}

/** The one diagnostic whose message contains `text`; fails the test if there is none. */
export function find(r: ParseResult, text: string): Diagnostic {
  const d = r.diagnostics.find((x) => x.message.includes(text));
  expect(d, `no diagnostic containing ${JSON.stringify(text)}; got:\n${r.diagnostics.map((x) => x.message).join('\n')}`).toBeDefined();
  return d as Diagnostic;
}

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export { parseManifest };

/**
 * The engine's public parseManifest runs the behaviour runtime's static checks, so the editor and
 * the CLI show unknown programs (R101), programs missing from an image (R102) and shell syntax
 * errors (S001) on the command's own lines; `{ analyze: false }` parses without them.
 */
import { describe, expect, it } from 'vitest';
import { parseManifest, simulate } from '@/engine';
import type { DocumentInfo, ParseOptions } from '@/engine';
import { lineOf } from './helpers';

const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: nginx:1.27
    command:
    - /opt/frobnicate
    readinessProbe:
      exec:
        command: ["wget", "-q", "localhost"]
  - name: side
    image: busybox
    command: ["sh", "-c", "if true; then echo"]
`;

describe('parseManifest with the runtime analyser (engine index)', () => {
  const r = parseManifest(text);
  const byCode = (code: string) => r.diagnostics.filter((d) => d.code === code);

  it('an unknown program in the main command is an info R101 on the command item line', () => {
    const [d] = byCode('R101');
    expect(d).toMatchObject({ severity: 'info', path: 'spec.containers[0].command[0]', documentIndex: 0 });
    expect(d?.range?.start.line).toBe(lineOf(text, '- /opt/frobnicate'));
  });

  it('a program the image does not ship, in an exec probe, is a warning R102 at the probe command (nginx is Debian-based: no wget)', () => {
    const [d] = byCode('R102');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toMatch(/"wget" is not in image docker\.io\/library\/nginx/);
    expect(d?.range?.start.line).toBe(lineOf(text, '["wget", "-q", "localhost"]'));
  });

  it('a shell syntax error in `sh -c` is S001 at the script, and does not block the pod (the shell exits 2 at run time)', () => {
    const [d] = byCode('S001');
    expect(d?.severity).toBe('warning');
    expect(d?.range?.start.line).toBe(lineOf(text, 'if true; then echo'));
    expect(r.pod).toBeDefined();
  });

  it('`{ analyze: false }` parses without the analyser; a custom analyser replaces it', () => {
    const off: ParseOptions = { analyze: false };
    const plain = parseManifest(text, off);
    expect(plain.diagnostics.filter((d) => /^(R1|S0)/.test(d.code))).toEqual([]);
    const custom = parseManifest(text, { analyze: (c) => [{ severity: 'info', code: 'X1', message: `saw ${c.name}`, path: c.path }] });
    expect(custom.diagnostics.map((d) => d.code).filter((c) => /^(X1|R1|S0)/.test(c))).toEqual(['X1', 'X1']);
  });

  it('documents are exported with their kinds (DocumentInfo)', () => {
    const docs: DocumentInfo[] = r.documents;
    expect(docs).toEqual([expect.objectContaining({ index: 0, kind: 'Pod', name: 'web' })]);
  });

  it('simulate from text reports the same analysis once, with source ranges', () => {
    const trace = simulate({ manifest: text, until: 5_000 });
    const r101 = trace.diagnostics.filter((d) => d.code === 'R101');
    expect(r101).toHaveLength(1);
    expect(r101[0]?.range?.start.line).toBe(lineOf(text, '- /opt/frobnicate'));
  });
});

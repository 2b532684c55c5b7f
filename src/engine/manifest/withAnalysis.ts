/**
 * The engine's public parseManifest: the manifest parser with the behaviour runtime's static checks
 * wired in, so unknown programs (R101 info), programs missing from an image (R102 warning) and shell
 * syntax errors (S001) land on the command's lines in the editor and the CLI.
 */
import { createRuntime } from '../runtime';
import { parseManifest as parseOnly, type ParseOptions, type ParseResult } from './parseManifest';

const defaultAnalyze = createRuntime().analyze;

/**
 * Parse with the default runtime's `analyze` unless `options.analyze` says otherwise
 * (`analyze: false` parses without it; a function replaces it). Never throws.
 * @example
 * parseManifest(text).diagnostics;                     // with R101/R102/S001
 * parseManifest(text, { analyze: false }).diagnostics; // the parser alone
 */
export function parseManifest(text: string, options: ParseOptions = {}): ParseResult {
  return parseOnly(text, { ...options, analyze: options.analyze ?? defaultAnalyze });
}

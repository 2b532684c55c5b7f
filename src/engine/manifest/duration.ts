/**
 * The one duration syntax of PodLife: a bare number is seconds (`10`, `12.5`), or Go-style units
 * (`500ms`, `10s`, `2m`, `1h`, `1m30s`). Results are integer milliseconds.
 *
 * Two thin wrappers share the core because their callers differ only in how they fail and what
 * they are given: the behaviour annotation hands over YAML scalars (numbers, padded strings) and
 * reports its own diagnostic (`parseDuration` → undefined); the CLI's `--do "<time> <action>"`
 * hands over one shell word and wants an error naming it (`parseSeconds` in views/actions.ts).
 */

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Core parser: `12`, `12.5`, `90s`, `1m30s`, `500ms` → milliseconds (rounded); undefined for
 * anything else, including the empty string, signs, blanks and unknown units.
 * @example durationMs('1m30s') // 90000
 */
export function durationMs(s: string): number | undefined {
  if (s === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
  let total = 0;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return undefined;
    total += Number(m[1]) * (UNIT_MS[m[2] ?? 's'] ?? 1000);
    pos = re.lastIndex;
  }
  return Math.round(total);
}

/** A YAML scalar (number of seconds, or a duration string with surrounding blanks allowed) → ms; undefined if not one (or negative). */
export function parseDuration(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? Math.round(v * 1000) : undefined;
  if (typeof v !== 'string') return undefined;
  return durationMs(v.trim());
}

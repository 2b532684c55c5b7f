/** Formatting helpers: kubelet-style timestamps, Go durations, deterministic ids, seeded PRNG. */
import { CREATION_TIME_MS } from '../model/trace';

/** RFC 3339 with second precision for sim time `t` (ms since creation). */
export function rfc3339(t: number): string {
  const s = Math.floor(t / 1000);
  let out = stampCache.get(s);
  if (out === undefined) {
    out = new Date(CREATION_TIME_MS + s * 1000).toISOString().replace('.000Z', 'Z');
    if (stampCache.size > 100_000) stampCache.clear();
    stampCache.set(s, out);
  }
  return out;
}
/** Pure memo: the same second always formats the same way. */
const stampCache = new Map<number, string>();

/** Go `time.Duration.String()` for whole and fractional seconds: `10s`, `1m20s`, `5m0s`, `1.393s`. */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const sMs = ms % 60_000;
  const s = sMs % 1000 === 0 ? String(sMs / 1000) : (sMs / 1000).toFixed(3).replace(/0+$/, '');
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

/** FNV-1a based 64-hex-digit id (containerd ids, image digests), deterministic from its inputs. */
export function hexId(...parts: (string | number)[]): string {
  let out = '';
  let h = 0x811c9dc5;
  const text = parts.join('/');
  for (let round = 0; out.length < 64; round++) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= round;
    h = Math.imul(h, 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

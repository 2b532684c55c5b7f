/**
 * Deterministic stand-ins for what controllers and the apiserver generate: random name suffixes,
 * pod-template-hash, uids. Real clusters use randomness; PodLife derives everything from a hash of
 * the manifest text so that the same text always gives the same pod.
 */

/** k8s.io/apimachinery/pkg/util/rand: consonants and digits that cannot spell words. */
export const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** 32-bit FNV-1a of a string, with a seed mixed in. */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A deterministic stream of 32-bit numbers (mulberry32) seeded from a string. */
function stream(key: string): () => number {
  let a = hash32(key);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** `n` characters of the safe alphabet, derived from `key` (like utilrand.String(n)). */
export function safeString(key: string, n: number): string {
  const next = stream(key);
  let out = '';
  for (let i = 0; i < n; i++) out += SAFE_ALPHABET[next() % SAFE_ALPHABET.length];
  return out;
}

/** `n` decimal digits derived from `key`. */
export function digits(key: string, n: number): string {
  const next = stream(key);
  let out = '';
  for (let i = 0; i < n; i++) out += String(next() % 10);
  return out;
}

/** A UUID-shaped (version 4 layout) identifier derived from `key`. */
export function uidFrom(key: string): string {
  const next = stream(`uid:${key}`);
  let hex = '';
  while (hex.length < 32) hex += next().toString(16).padStart(8, '0');
  const v = `4${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex[16] ?? '8', 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${v}-${variant}-${hex.slice(20, 32)}`;
}

/** A Service ClusterIP in 10.96.0.0/12 derived from its name, avoiding .0.1 (kubernetes) and .0.10 (DNS). */
export function clusterIPFor(namespace: string, name: string): string {
  const h = hash32(`${namespace}/${name}`, 0x5eed);
  const x = (h >>> 8) & 0xff;
  const y = 1 + ((h & 0xff) % 254);
  if (x === 0 && (y === 1 || y === 10)) return `10.96.1.${y}`;
  return `10.96.${x}.${y}`;
}

/**
 * Share links: the moment on screen (manifest, interventions, seed, horizon, cursor, speed) as
 * deflate-raw + base64url in the URL hash (`#s=…`), so nothing is sent to any server.
 * Decoding treats the link as hostile: size limits before and after inflating, strict types.
 */
import { sanitiseSession } from './persistence';
import type { SessionData } from './types';

export const SHARE_PREFIX = '#s=';
export const SHARE_VERSION = 1;
/** Limits against zip bombs and absurd URLs. */
export const MAX_ENCODED = 400_000;
export const MAX_INFLATED = 1_500_000;

export type SharePayload = Pick<
  SessionData,
  'text' | 'interventions' | 'seed' | 'until' | 'cursor' | 'speed' | 'scenarioId'
>;

export class ShareError extends Error {
  override name = 'ShareError';
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareError('invalid characters');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const bin = atob(b64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new ShareError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Encodes a moment as the hash fragment `#s=…`; throws ShareError when the link could not be opened. */
export async function encodeShare(payload: SharePayload): Promise<string> {
  // The same limits decodeShare enforces: a link we make must be a link we can open.
  const raw = new TextEncoder().encode(JSON.stringify({ v: SHARE_VERSION, ...payload }));
  if (raw.length > MAX_INFLATED) throw new ShareError(tooLarge(raw.length, MAX_INFLATED));
  const packed = await pipe(raw, new CompressionStream('deflate-raw'), MAX_INFLATED * 2);
  const body = toBase64Url(packed);
  if (body.length > MAX_ENCODED) throw new ShareError(tooLarge(body.length, MAX_ENCODED));
  return SHARE_PREFIX + body;
}

const kB = (n: number) => `${Math.ceil(n / 1000)} kB`;
const tooLarge = (size: number, limit: number) =>
  `too large for a link (${kB(size)}, limit ${kB(limit)}); export a scenario file instead`;

/** True when the hash looks like a share link (whether or not it decodes). */
export function isShareHash(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/** Decodes `#s=…`; throws ShareError with a short reason on anything unexpected. */
export async function decodeShare(hash: string): Promise<SharePayload> {
  if (!isShareHash(hash)) throw new ShareError('not a share link');
  const body = hash.slice(SHARE_PREFIX.length);
  if (body.length === 0 || body.length > MAX_ENCODED) throw new ShareError('empty or too long');
  let json: unknown;
  try {
    const bytes = await pipe(fromBase64Url(body), new DecompressionStream('deflate-raw'), MAX_INFLATED);
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw e instanceof ShareError ? e : new ShareError('cannot be decoded');
  }
  if (!json || typeof json !== 'object') throw new ShareError('not an object');
  const rec = json as Record<string, unknown>;
  if (rec.v !== SHARE_VERSION) throw new ShareError('unsupported version');
  const clean = sanitiseSession(rec);
  if (!clean?.text) throw new ShareError('no manifest');
  return {
    text: clean.text,
    interventions: clean.interventions ?? [],
    seed: clean.seed ?? 1,
    until: clean.until ?? 300_000,
    cursor: clean.cursor ?? 0,
    speed: clean.speed ?? 5,
    scenarioId: clean.scenarioId ?? null,
  };
}

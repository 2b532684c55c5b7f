import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, ShareError, type SharePayload } from '@/state/share';

const payload: SharePayload = {
  text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web # 中文 comment\n',
  interventions: ['30 delete --grace-period=5'],
  seed: 3, until: 90_000, cursor: 42_300, speed: 10, scenarioId: 'liveness-exec',
};

describe('share links', () => {
  it('round-trip the moment (manifest incl. non-ASCII, interventions, seed, cursor, speed) through #s=', async () => {
    const hash = await encodeShare(payload);
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(await decodeShare(hash)).toEqual(payload);
  });

  it('compress: a long repetitive manifest gives a much shorter link', async () => {
    const text = 'apiVersion: v1\nkind: Pod\n' + '# filler line\n'.repeat(500);
    const hash = await encodeShare({ ...payload, text });
    expect(hash.length).toBeLessThan(text.length / 10);
  });

  it.each([
    ['#s=', 'empty'],
    ['#s=!!!!', 'characters'],
    ['#s=AAAA', 'decoded'],
    ['#x=abc', 'not a share'],
  ])('rejects a malformed link %s with a ShareError', async (hash) => {
    await expect(decodeShare(hash)).rejects.toBeInstanceOf(ShareError);
  });

  it('rejects a well-formed link that carries no manifest or an unknown version', async () => {
    const raw = async (obj: unknown) => {
      const bytes = new TextEncoder().encode(JSON.stringify(obj));
      const packed = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      return '#s=' + Buffer.from(packed).toString('base64url');
    };
    await expect(decodeShare(await raw({ v: 1, text: 42 }))).rejects.toThrow(/manifest/);
    await expect(decodeShare(await raw({ v: 2, text: 'a' }))).rejects.toThrow(/version/);
  });

  it('refuses a zip bomb (inflates past the limit) without exhausting memory', async () => {
    // Built by hand: encodeShare itself now refuses to make such a link.
    const json = new TextEncoder().encode(JSON.stringify({ v: 1, ...payload, text: 'a'.repeat(3_000_000) }));
    const packed = new Uint8Array(await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    await expect(decodeShare('#s=' + Buffer.from(packed).toString('base64url'))).rejects.toThrow(/too large/);
  });
});

describe('share links refuse to encode what decodeShare would refuse to open', () => {
  it('a manifest over the 1.5 MB inflated limit is refused at encode time with a readable reason', async () => {
    const text = 'apiVersion: v1\nkind: Pod\n' + '# x\n'.repeat(400_000);
    await expect(encodeShare({ ...payload, text })).rejects.toThrow(/too large for a link .*limit 1500 kB/);
  });

  it('an incompressible manifest under the inflated limit but over the 400 kB link limit is refused', async () => {
    // Pseudo-random hex (seeded LCG) barely compresses: ~700 kB of text gives a link well over 400 kB.
    let x = 7;
    const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) % 64);
    const noise = Array.from({ length: 700_000 }, () => String.fromCharCode(48 + next())).join('');
    await expect(encodeShare({ ...payload, text: `# ${noise}\n` })).rejects.toThrow(/too large for a link .*limit 400 kB/);
  });

  it('a link just under the limits still round-trips', async () => {
    const text = 'apiVersion: v1\nkind: Pod\n' + '# x\n'.repeat(250_000);
    expect((await decodeShare(await encodeShare({ ...payload, text }))).text).toBe(text);
  });
});

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
    const hash = await encodeShare({ ...payload, text: 'a'.repeat(3_000_000) });
    await expect(decodeShare(hash)).rejects.toThrow(/too large/);
  });
});

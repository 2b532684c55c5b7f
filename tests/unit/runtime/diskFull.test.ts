/**
 * A container's writable layer (and each volume) holds at most TREE_CAPACITY bytes: a script that
 * doubles a file every pass fails like a write to a full disk (ENOSPC) instead of taking the page's
 * memory. Sizes and outputs are asserted, never wall-clock time.
 */
import { describe, expect, it } from 'vitest';
import { Tree, TREE_CAPACITY, splitPath } from '@/engine/runtime/fs';
import { runScript } from './harness';

describe('bounded file systems (ENOSPC)', () => {
  it('a write that would pass the capacity fails and leaves the file as it was; removing files frees space', () => {
    const t = new Tree();
    const big = 'x'.repeat(TREE_CAPACITY / 2);
    expect(t.write(splitPath('/a'), big)).toBe(true);
    expect(t.write(splitPath('/b'), big)).toBe(true);
    expect(t.write(splitPath('/a'), 'y', true)).toBe(false);
    expect(t.read(splitPath('/a'))?.length).toBe(TREE_CAPACITY / 2);
    // Overwriting with something no longer is fine; so is writing after a remove.
    expect(t.write(splitPath('/a'), 'short')).toBe(true);
    expect(t.write(splitPath('/c'), 'z'.repeat(1000))).toBe(true);
    expect(t.remove(splitPath('/b'))).toBe(true);
    expect(t.write(splitPath('/d'), big)).toBe(true);
  });

  it('`cat f >> f` doubling in a loop stops at the capacity with "No space left on device", once per redirect', () => {
    const { out, fs } = runScript('echo 0123456789 > /f; while :; do cat /f > /g; cat /g >> /f; sleep 1; done', 120_000);
    const size = fs.read('/f')?.length ?? 0;
    expect(size).toBeGreaterThan(TREE_CAPACITY / 8);
    expect(size + (fs.read('/g')?.length ?? 0)).toBeLessThanOrEqual(TREE_CAPACITY);
    expect(out).toContain('sh: write error: No space left on device');
  });
});

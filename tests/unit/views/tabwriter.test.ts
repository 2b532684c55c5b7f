import { describe, expect, it } from 'vitest';
import { tabwrite } from '@/engine/views/tabwriter';

// Go text/tabwriter semantics, as kubectl describe uses it (minwidth 0, padding 2).
describe('tabwrite (Go text/tabwriter)', () => {
  it('a line without a tab ends the column block, so the next block aligns on its own', () => {
    const out = tabwrite('Name:\tweb\nService Account:\tdefault\nIPs:\n  IP:\t10.0.0.1\n', { minwidth: 0, padding: 2 });
    expect(out).toBe('Name:             web\nService Account:  default\nIPs:\n  IP:  10.0.0.1\n');
  });
  it('nested columns are sized per block; the last cell is never padded', () => {
    const out = tabwrite('a\tbb\tc\naaa\tb\tcccc\nx\n', { minwidth: 0, padding: 1 });
    expect(out).toBe('a   bb c\naaa b  cccc\nx\n');
  });
  it('an empty leading cell is padded (label continuation lines)', () => {
    expect(tabwrite('Labels:\ta=1\n\tb=2\n', { minwidth: 0, padding: 2 })).toBe('Labels:  a=1\n         b=2\n');
  });
});

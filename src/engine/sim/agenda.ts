/**
 * The discrete-event agenda: a binary min-heap ordered by (time, sequence number), so that entries
 * scheduled for the same millisecond run in the order they were scheduled. Deterministic by design.
 */

export interface AgendaEntry {
  readonly t: number;
  readonly seq: number;
  readonly fn: () => void;
  cancelled: boolean;
}

/** A min-heap of timed callbacks. */
export class Agenda {
  private heap: AgendaEntry[] = [];
  private seq = 0;

  /** Schedule `fn` at integer time `t` (ms); a non-finite `t` never runs. Returns a handle for `cancel`. */
  at(t: number, fn: () => void): AgendaEntry {
    const e: AgendaEntry = { t: Math.round(t), seq: this.seq++, fn, cancelled: false };
    // NaN or ±Infinity would break the heap order (NaN compares false both ways): such an entry never runs.
    if (!Number.isFinite(e.t)) {
      e.cancelled = true;
      return e;
    }
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pe = h[p]!;
      if (less(pe, e)) break;
      h[i] = pe;
      i = p;
    }
    h[i] = e;
    return e;
  }

  /** Cancel an entry (lazily removed when it reaches the top). */
  cancel(e: AgendaEntry | undefined): void {
    if (e) e.cancelled = true;
  }

  /** Time of the next live entry, or undefined. */
  peekTime(): number | undefined {
    this.dropCancelled();
    return this.heap[0]?.t;
  }

  /** Remove and return the next live entry. */
  pop(): AgendaEntry | undefined {
    this.dropCancelled();
    return this.popRaw();
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0]!.cancelled) this.popRaw();
  }

  private popRaw(): AgendaEntry | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined) return undefined;
    if (h.length > 0) {
      let i = 0;
      const n = h.length;
      while (true) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && less(h[r]!, h[l]!) ? r : l;
        if (less(last, h[c]!)) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

function less(a: AgendaEntry, b: AgendaEntry): boolean {
  return a.t < b.t || (a.t === b.t && a.seq < b.seq);
}

/**
 * Vertical layout of the timeline: which rows exist and where they sit. Pure, so the order (events,
 * each container with its bars and probe rows, then the pod: phase, conditions, deletion, Services)
 * is tested without a DOM.
 */
import type { ProbeType } from '@/engine';
import type { BandRow, Deletion } from './bands';
import type { ContainerLane } from './lanes';

export type RowKind = 'events' | 'band' | 'deletion' | 'section' | 'container' | 'bars' | 'probe';

export interface Row {
  id: string;
  kind: RowKind;
  label: string;
  /** Small secondary label (container kind, probe threshold …). */
  sub?: string;
  y: number;
  h: number;
  /** Index into lanes (container/bars/probe rows) or bands (band rows). */
  ref?: number;
  probe?: ProbeType;
}

export const ROW_H: Record<RowKind, number> = {
  events: 30, band: 20, deletion: 24, section: 18, container: 30, bars: 20, probe: 20,
};

/** Rows top to bottom, with y offsets; `height` is the total. */
export function layoutRows(lanes: readonly ContainerLane[], bands: readonly BandRow[], deletion: Deletion | null): { rows: Row[]; height: number } {
  const rows: Row[] = [];
  let y = 0;
  const push = (r: Omit<Row, 'y' | 'h'>) => {
    const h = ROW_H[r.kind];
    rows.push({ ...r, y, h });
    y += h;
  };
  push({ id: 'events', kind: 'events', label: 'events' });
  // Containers first: on a short dock they are what people look for; the pod bands follow.
  lanes.forEach((lane, i) => {
    push({ id: `c:${lane.name}`, kind: 'container', label: lane.name, sub: lane.kind, ref: i });
    // Image pulls are drawn inside the container row (they happen while it is ContainerCreating).
    if (lane.bars.some((b) => b.kind !== 'pull')) push({ id: `bars:${lane.name}`, kind: 'bars', label: 'hooks · waits', ref: i });
    for (const p of lane.probes) {
      push({ id: `p:${lane.name}:${p.probe}`, kind: 'probe', label: p.probe, sub: `×${p.threshold}`, ref: i, probe: p.probe });
    }
  });
  push({ id: 'sec:pod', kind: 'section', label: 'pod' });
  bands.forEach((b, i) => {
    if (!b.id.startsWith('svc:')) push({ id: b.id, kind: 'band', label: b.label, ref: i });
  });
  if (deletion) push({ id: 'deletion', kind: 'deletion', label: 'deletion', sub: `grace ${deletion.graceSeconds}s` });
  bands.forEach((b, i) => {
    if (b.id.startsWith('svc:')) push({ id: b.id, kind: 'band', label: b.label, ref: i });
  });
  return { rows, height: y };
}

/** The row under a y coordinate (for hover), or undefined. */
export function rowAt(rows: readonly Row[], y: number): Row | undefined {
  return rows.find((r) => y >= r.y && y < r.y + r.h);
}

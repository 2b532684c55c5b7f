/**
 * Big answers cross from the worker in several messages. A structured clone is read on the main
 * thread in one piece when the message is handled, and the heavy pod's probe results alone took
 * 45–85 ms to read; sent ahead in parts of PART_RECORDS, each part is its own short task and the
 * page keeps drawing frames between them. The answer itself follows with the parts taken out.
 */
import type { ProbeRecord } from '@/engine';
import type { RunResponse } from '../runOnce';

/** Probe results per part message (~3 ms to read each on this machine's Chromium). */
export const PART_RECORDS = 10_000;

/** A slice of an answer's probe results, sent before the answer. */
export interface RunPart {
  id: number;
  part: number;
  probes: ProbeRecord[];
}

/** The answer's probe list (of the full trace or of the delta), if any. */
function probesOf(res: RunResponse): ProbeRecord[] | undefined {
  return res.delta?.probes ?? res.trace?.probes;
}

/** Splits `res` into the parts to send first and the answer to send last (which says how many parts). */
export function splitAnswer(res: RunResponse): { parts: RunPart[]; answer: RunResponse } {
  const probes = probesOf(res);
  if (!probes || probes.length <= PART_RECORDS) return { parts: [], answer: res };
  const parts: RunPart[] = [];
  for (let i = 0; i * PART_RECORDS < probes.length; i++) {
    parts.push({ id: res.id, part: i, probes: probes.slice(i * PART_RECORDS, (i + 1) * PART_RECORDS) });
  }
  const answer: RunResponse = res.delta
    ? { ...res, delta: { ...res.delta, probes: [] }, parts: parts.length }
    : { ...res, trace: { ...res.trace!, probes: [] }, parts: parts.length };
  return { parts, answer };
}

/** Puts the parts back (in order) into the answer; null when a part is missing. */
export function joinAnswer(answer: RunResponse, parts: readonly RunPart[]): RunResponse | null {
  if (!answer.parts) return answer;
  const mine = parts.filter((p) => p.id === answer.id).sort((a, b) => a.part - b.part);
  if (mine.length !== answer.parts || mine.some((p, i) => p.part !== i)) return null;
  const probes = mine.length === 1 ? mine[0]!.probes : ([] as ProbeRecord[]).concat(...mine.map((p) => p.probes));
  const { parts: _n, ...rest } = answer;
  if (rest.delta) return { ...rest, delta: { ...rest.delta, probes } };
  return { ...rest, trace: { ...rest.trace!, probes } };
}

/** True for a part message (an answer always has `diagnostics`). */
export function isPart(m: RunPart | RunResponse): m is RunPart {
  return (m as RunPart).probes !== undefined && (m as RunResponse).diagnostics === undefined;
}

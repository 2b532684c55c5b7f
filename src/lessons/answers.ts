/**
 * Computes a question's answer from the simulation itself (so a lesson never goes stale when the
 * simulator is corrected), and checks a learner's answer against it.
 */
import { kubectlGet, statusAt } from '@/engine';
import type { ContainerStatus, PodObject, Trace } from '@/engine';
import type { Question } from './types';

const containerOf = (pod: PodObject | null, name: string): ContainerStatus | undefined =>
  pod ? [...(pod.status.initContainerStatuses ?? []), ...(pod.status.containerStatuses ?? [])].find((c) => c.name === name) : undefined;

/** The answer, as a string; `(none)` when the thing asked about does not exist at that moment. */
export function computeAnswer(trace: Trace, q: Question): string {
  const ms = Math.round(q.at * 1000);
  const pod = statusAt(trace, ms);
  const a = q.ask;
  switch (a.kind) {
    case 'status':
      return pod ? kubectlGet(pod, ms).status : '(none)';
    case 'phase':
      return pod?.status.phase ?? '(none)';
    case 'ready':
      return pod ? kubectlGet(pod, ms).ready : '(none)';
    case 'restarts':
      return String(containerOf(pod, a.container)?.restartCount ?? '(none)');
    case 'condition':
      return pod?.status.conditions?.find((c) => c.type === a.condition)?.status ?? '(none)';
    case 'exitCode': {
      const c = containerOf(pod, a.container);
      const code = c?.state.terminated?.exitCode ?? c?.lastState.terminated?.exitCode;
      return code === undefined ? '(none)' : String(code);
    }
    case 'containerState': {
      const s = containerOf(pod, a.container)?.state;
      return s?.running ? 'Running' : s?.terminated ? 'Terminated' : s?.waiting ? 'Waiting' : '(none)';
    }
    case 'eventTime': {
      const hits = trace.events.filter((e) => e.reason === a.reason && (a.container === undefined || e.container === a.container));
      const e = hits[(a.n ?? 1) - 1];
      return e ? String(Math.round(e.t / 1000)) : '(none)';
    }
    case 'endpoint': {
      let eps: string[] = [];
      for (const f of trace.frames) if (f.t <= ms) eps = f.endpoints;
      return eps.includes(a.service) ? 'yes' : 'no';
    }
  }
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(\d+(?:\.\d+)?)\s*(s|sec|seconds?|秒)$/, '$1');

/** True if the learner's answer matches the computed one (case, spaces and a seconds unit ignored). */
export function isCorrect(given: string, answer: string): boolean {
  return norm(given) !== '' && norm(given) === norm(answer);
}

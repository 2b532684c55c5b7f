/**
 * The workshop and flow texts in Chinese: the what-if headline, pair labels, and the flow diagram's
 * hover text, rendered from src/i18n with the same facts as the English.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '@/engine';
import { translator } from '@/i18n';
import { findScenario } from '@/state/scenarioCatalog';
import { diffSummary, fmtT, outcomeOf } from '@/ui/compare/diff';
import { pairLabel } from '@/ui/compare/pairs';
import { readRealPod, RealPodError } from '@/ui/realpod/realPod';
import { explainNode } from '@/ui/panels/flow/explainNode';
import { toFlow } from '@/ui/panels/flow/layout';
import { vocabFor } from '@/ui/panels/flow/vocab';
import { runFlow } from '../flow/runFlow';

const zh = translator('zh');
const run = (id: string) => simulate({ manifest: findScenario(id)!.manifest, until: 300_000 });

describe('what-if comparison in Chinese', () => {
  it('the headline says kill time, restarts and Ready in Chinese with the same numbers as the English', () => {
    const a = outcomeOf(run('startup-probe-slow-start'), 300_000);
    const b = outcomeOf(run('startup-probe-missing'), 300_000);
    const s = diffSummary(pairLabel('with startupProbe', zh), a, pairLabel('without', zh), b, zh);
    expect(s).toContain(`有 startupProbe：从未重启，${fmtT(a.readyAt!)} 时 Ready；不加 startupProbe：${fmtT(b.firstKill!)} 时被杀，重启 ${b.restarts} 次`);
    expect(s).not.toMatch(/never|killed|restarts/);
    expect(diffSummary('A', a, 'B', a, zh)).toMatch(/^结果相同：从未重启/);
  });

  it('pair labels: words are translated, restartPolicy values stay English', () => {
    expect(pairLabel('preStop too long', zh)).toBe('preStop 超时');
    expect(pairLabel('Never', zh)).toBe('Never');
    expect(pairLabel('with typos', translator('en'))).toBe('with typos');
  });
});

describe('real-pod dialog refusals', () => {
  it('a paste that is not a Pod throws a RealPodError whose key has a Chinese text (the English message is unchanged)', () => {
    let err: unknown;
    try {
      readRealPod('- just\n- a list\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RealPodError);
    expect((err as RealPodError).message).toMatch(/^not a Pod: paste the output/);
    expect(zh((err as RealPodError).key)).toBe('不是 Pod：请粘贴 `kubectl get pod <name> -o yaml` 的输出');
    expect(() => readRealPod('kind: List\nitems: [{kind: Service}]\n')).toThrow(expect.objectContaining({ key: 'ws.noPodInList' }));
  });
});

describe('flow hover text in Chinese', () => {
  it('a state node says when and from where it was entered, in Chinese, with the same times', () => {
    const r = runFlow('liveness-exec');
    const flow = toFlow(r.graph, r.trace.pod.name, vocabFor('zh'));
    const node = flow.nodes.find((n) => n.id === 'c:liveness:stopping')!;
    const exp = explainNode(r.index, node.id, node.data, 50_000, 'zh')!;
    expect(exp.title).toBe('liveness · stopping（终止中）');
    expect(exp.lines[0]).toBe('到 0:50.0 为止进入 1 次；最近一次在 0:45.0');
    expect(exp.lines[1]).toBe('由 running 经 STOP 进入');
    expect(exp.lines.at(-1)).toMatch(/^下一次在 \d+:\d\d\.\d，点击跳转$/);
  });

  it('probe, gate and control-plane nodes have Chinese hover text', () => {
    const r = runFlow('liveness-exec');
    const flow = toFlow(r.graph, r.trace.pod.name, vocabFor('zh'));
    const probe = flow.nodes.find((n) => n.data.role === 'probe')!;
    const pe = explainNode(r.index, probe.id, probe.data, 50_000, 'zh')!;
    expect(pe.title).toMatch(/ · (startup|liveness|readiness) 探针$/);
    expect(pe.lines[0]).toMatch(/^\d+:\d\d\.\d (success|failure|unknown)（\d+\/\d+）$/);
    const gate = flow.nodes.find((n) => n.data.role === 'gate')!;
    expect(explainNode(r.index, gate.id, gate.data, 50_000, 'zh')!.title).toMatch(/^条件 /);
    const cp = flow.nodes.find((n) => n.data.role === 'cp')!;
    expect(explainNode(r.index, cp.id, cp.data, 0, 'zh')!.lines[0]).toContain('参与某个编号步骤时点亮');
  });
});

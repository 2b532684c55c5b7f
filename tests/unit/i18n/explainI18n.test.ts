/**
 * `explain` reasons as codes + variables: the English rendering is exactly the CLI text (ARCHITECTURE
 * §4 keeps `reasons` as they were), and the Chinese rendering carries the same variables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { explain } from '@/engine/views/explain';
import { EXPLAIN_EN, type ExplainCode } from '@/engine/views/explainText';
import { EXPLAIN_ZH, explainReasons, explainText } from '@/i18n/explain';

const NOW = Date.parse('2025-03-01T10:05:00Z');
const fixture = (name: string): unknown => parse(readFileSync(`tests/fixtures/explain/${name}.yaml`, 'utf8'));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('explain reason codes', () => {
  it('every code has a Chinese template with the same placeholders, and nothing extra', () => {
    expect(Object.keys(EXPLAIN_ZH).sort()).toEqual(Object.keys(EXPLAIN_EN).sort());
    for (const code of Object.keys(EXPLAIN_EN) as ExplainCode[]) {
      expect(EXPLAIN_ZH[code], code).toBeTruthy();
      expect(placeholders(EXPLAIN_ZH[code]), code).toEqual(placeholders(EXPLAIN_EN[code]));
    }
  });

  it('the CLI result is unchanged: no details unless asked, and the English rendering of the details IS reasons', () => {
    for (const name of ['crashloop', 'imagepullbackoff', 'init-0-2', 'job-completed', 'terminating', 'unready', 'running-nginx']) {
      const plain = explain(fixture(name), NOW);
      expect(Object.keys(plain).sort(), name).toEqual(['kubectl', 'name', 'phase', 'reasons', 'reportedPhase', 'rule']);
      const detailed = explain(fixture(name), NOW, { details: true });
      expect(detailed.details, name).toHaveLength(plain.reasons.length);
      expect(explainReasons('en', detailed), name).toEqual(plain.reasons);
    }
  });

  it('CrashLoopBackOff in Chinese keeps the container, last exit, restart count and the kubelet message', () => {
    const r = explain(fixture('crashloop'), NOW, { details: true });
    const zh = explainReasons('zh', r).join('\n');
    expect(zh).toContain('phase Running：没有容器在运行，但 restartPolicy Always 会重启它们，因此 Pod 仍是 Running（getPhase 规则 stopped-restart-always）');
    expect(zh).toContain('容器 app 处于 CrashLoopBackOff');
    expect(zh).toContain('上次退出码 1（Error）');
    expect(zh).toContain('已重启 4 次：back-off 1m20s restarting failed container=app');
    expect(zh).toContain('条件 Ready 为 False（ContainersNotReady: containers with unready status: [app]）');
    expect(zh).not.toMatch(/keeps exiting|restarted \d+ times|last exit code/);
  });

  it('image pull, init progress and deletion render their variables in Chinese', () => {
    const pull = explainReasons('zh', explain(fixture('imagepullbackoff'), NOW, { details: true })).join('\n');
    expect(pull).toContain('容器 web 无法拉取镜像 "nginx:1.999"：ImagePullBackOff');
    expect(pull).toContain('（kubelet 以退避方式重试，10s 起翻倍，最长 5m）');
    const init = explainReasons('zh', explain(fixture('init-0-2'), NOW, { details: true })).join('\n');
    expect(init).toContain('init 容器 init-myservice（第 1 个，共 2 个） 正在运行；它以 0 退出后，后面的容器才会启动');
    const del = explainReasons('zh', explain(fixture('terminating'), NOW, { details: true })).join('\n');
    expect(del).toContain('已请求删除：deletionTimestamp 2025-03-01T10:05:25Z，宽限期 30s（宽限期还剩 25s）');
  });

  it('nested parts render recursively and empty optional clauses vanish in both languages', () => {
    const exit = { code: 'c.lastExit' as const, vars: { code: 137, reason: { code: 'frag.paren' as const, vars: { text: 'OOMKilled' } }, finished: '', message: '' } };
    const line = { code: 'c.restarted' as const, vars: { label: { code: 'label.sidecar' as const, vars: { name: 'proxy', index: 1, count: 2 } }, restarts: 3, lastExit: exit } };
    expect(explainText('en', line)).toBe('sidecar proxy (1 of 2) has restarted 3 times; last exit code 137 (OOMKilled)');
    expect(explainText('zh', line)).toBe('sidecar proxy（第 1 个，共 2 个） 已重启 3 次；上次退出码 137（OOMKilled）');
  });

  it('a mismatching reported phase is explained in Chinese with both phases', () => {
    const p = fixture('running-nginx') as { status: { phase: string } };
    p.status.phase = 'Pending';
    const zh = explainReasons('zh', explain(p, NOW, { details: true }));
    expect(zh[1]).toBe('status.phase 写的是 Pending，但按 kubelet 的规则，这些容器状态得出的是 Running');
  });
});

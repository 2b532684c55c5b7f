/**
 * The scenario catalogue itself: ids, bilingual text, topics, interventions and files.
 * Pure data checks (no engine), so they run even while the simulator is unfinished.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarios, scenarioById, topicOrder } from '../../../src/scenarios';

const CJK = /[\u4e00-\u9fff]/g;
const cjkCount = (s: string): number => (s.match(CJK) ?? []).length;

describe('scenario catalogue', () => {
  it('has unique kebab-case ids that scenarioById finds', () => {
    const ids = scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of scenarios) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(scenarioById(s.id)).toBe(s);
    }
    expect(scenarioById('no-such-scenario')).toBeUndefined();
  });

  it('covers every topic and is ordered by topic for the picker', () => {
    const topics = scenarios.map((s) => topicOrder.indexOf(s.topic));
    expect(topics.every((t) => t >= 0)).toBe(true);
    expect([...topics].sort((a, b) => a - b)).toEqual(topics);
    for (const topic of topicOrder) expect(scenarios.some((s) => s.topic === topic)).toBe(true);
  });

  it('has non-empty English titles and summaries with no Chinese in them', () => {
    for (const s of scenarios) {
      expect(s.title.en.trim().length, s.id).toBeGreaterThan(5);
      expect(s.summary.en.trim().length, s.id).toBeGreaterThan(80);
      expect(cjkCount(s.title.en + s.summary.en), s.id).toBe(0);
    }
  });

  it('has Chinese titles and summaries that are actually Chinese', () => {
    for (const s of scenarios) {
      expect(cjkCount(s.title.zh), `${s.id} zh title`).toBeGreaterThanOrEqual(2);
      expect(cjkCount(s.summary.zh), `${s.id} zh summary`).toBeGreaterThanOrEqual(30);
      // Kubernetes terms stay untranslated, but the prose must be mostly Chinese: compare Chinese
      // characters with Latin words (a Chinese character is roughly a word).
      const latinWords = (s.summary.zh.match(/[A-Za-z][A-Za-z0-9./:-]*/g) ?? []).length;
      const cjk = cjkCount(s.summary.zh);
      expect(cjk / (cjk + latinWords), `${s.id} zh ratio`).toBeGreaterThan(0.6);
    }
  });

  it('gives every correction both languages', () => {
    for (const s of scenarios) {
      for (const c of s.corrections ?? []) {
        expect(c.en.length, s.id).toBeGreaterThan(20);
        expect(cjkCount(c.en), s.id).toBe(0);
        expect(cjkCount(c.zh), s.id).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('has interventions of the form "<seconds> <action>" within the horizon, with their files present', () => {
    for (const s of scenarios) {
      expect(s.until, s.id).toBeGreaterThan(0);
      for (const d of s.interventions ?? []) {
        const m = /^(\d+(?:\.\d+)?)\s+(\S+)(?:\s+(.*))?$/.exec(d);
        expect(m, `${s.id}: ${d}`).not.toBeNull();
        expect(Number(m![1]), `${s.id}: ${d}`).toBeLessThan(s.until);
        if (m![2] === 'apply') expect(s.files?.[m![3] ?? ''], `${s.id}: ${d}`).toBeDefined();
      }
    }
  });

  it('has an outcome test for every scenario in this folder', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .join('\n');
    // Either `useStory('<id>')` or a `describe.each` table row `['<id>', …]`.
    for (const s of scenarios) expect(text.includes(`'${s.id}'`), s.id).toBe(true);
  });
});

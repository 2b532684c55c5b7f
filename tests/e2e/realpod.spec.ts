/**
 * Real pods explained: paste a `kubectl get pod -o yaml` (and events) from the fixtures, read the
 * explanation, then replay it and land where the simulated kubectl row matches the real one.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const fx = (n: string) => readFileSync(`tests/fixtures/realpod/${n}.yaml`, 'utf8');

test.use({ viewport: { width: 1280, height: 720 } });

test.describe('real pod explained', () => {
  test('a CrashLoopBackOff pod: phase rule, STATUS, why; the replay seeks to CrashLoopBackOff with 4 restarts', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await page.getByTestId('top.workshop').click();
    await page.getByTestId('workshop.realpod').click();
    await page.getByTestId('realpod.pod').fill(fx('crashloop'));
    await page.getByTestId('realpod.explain').click();
    await expect(page.getByTestId('realpod.status')).toHaveText('CrashLoopBackOff');
    await expect(page.getByTestId('realpod.phase')).toHaveText('Running');
    await expect(page.getByTestId('realpod.rule')).toHaveText('stopped-restart-always');
    await expect(page.getByTestId('realpod.reasons')).toContainText('restartPolicy Always');
    await expect(page.getByTestId('realpod.match')).toContainText('same STATUS, READY and RESTARTS');
    await podlife.shot('realpod-01-crashloop');
    await page.getByTestId('realpod.replay').click();
    await expect(page.getByTestId('realpod')).toHaveCount(0);
    await expect.poll(() => podlife.state().then((s) => s.run.status)).toBe('ok');
    const s = await podlife.state();
    expect(s.text).not.toContain('status:');
    expect(s.text).not.toContain('uid:');
    expect(s.pod?.get).toMatchObject({ status: 'CrashLoopBackOff', ready: '0/1' });
    expect(s.pod?.get?.restarts).toMatch(/^4/);
    await expect(page.getByTestId('status.get.status')).toHaveText('CrashLoopBackOff');
    await podlife.shot('realpod-02-replayed');
  });

  test('the liveness example with its events; a deleted pod replays with `delete` and reaches Terminating', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await page.getByTestId('top.workshop').click();
    await page.getByTestId('workshop.realpod').click();
    await page.getByTestId('realpod.pod').fill(fx('liveness-exec'));
    await page.getByTestId('realpod.events').fill(fx('liveness-exec.events'));
    await page.getByTestId('realpod.explain').click();
    await expect(page.getByTestId('realpod.status')).toHaveText('Running');
    await expect(page.getByTestId('realpod.eventlist')).toContainText('Unhealthy (x3)');
    await expect(page.getByTestId('realpod.reasons')).toContainText('restarted 1');
    await page.getByTestId('realpod.pod').fill(fx('terminating'));
    await page.getByTestId('realpod.events').fill('');
    await page.getByTestId('realpod.explain').click();
    await expect(page.getByTestId('realpod.status')).toHaveText('Terminating');
    await page.getByTestId('realpod.replay').click();
    await expect.poll(() => podlife.state().then((s) => s.pod?.get?.status)).toBe('Terminating');
    expect(((await podlife.state()) as unknown as { interventions: string[] }).interventions).toEqual(['60 delete --grace-period=30']);
  });

  test('not a Pod: the error says so', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await page.getByTestId('top.workshop').click();
    await page.getByTestId('workshop.realpod').click();
    await page.getByTestId('realpod.pod').fill('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
    await page.getByTestId('realpod.explain').click();
    await expect(page.getByTestId('realpod.result').getByRole('alert')).toContainText('is not a Pod');
  });
});

import { test, expect } from './fixtures';

test.describe('the manifest editor', () => {
  test('schema completion works on an empty file and in a second YAML document', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await page.locator('.monaco-editor .view-line').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget .monaco-list-row');
    await expect(suggest.filter({ hasText: 'apiVersion' }).first()).toBeVisible();
    // The list opens with a snippet per kind (Pod, Deployment, ConfigMap …); the `kind` key is
    // further down, so narrow it the way a person would.
    await expect(suggest.filter({ hasText: 'ConfigMap' }).first()).toBeVisible();
    await page.keyboard.type('ki');
    await expect(suggest.filter({ hasText: 'kind' }).first()).toBeVisible();
    await page.keyboard.press('Escape');

    // A second document (typed text would be reshaped by auto-indent and accepted suggestions).
    await page.evaluate(() =>
      (window as unknown as { __podlife: { setText(t: string): void } }).__podlife.setText(
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: x\n      imagePull\n',
      ),
    );
    await podlife.caretAfter('imagePull');
    await page.keyboard.press('Control+Space');
    await expect(suggest.filter({ hasText: 'imagePullPolicy' }).first()).toBeVisible();
    await podlife.shot('10-completion');
  });

  test('engine diagnostics appear as markers owned by podlife, on the same line as in the problems list', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await podlife.caretAfter('image: nginx');
    await page.keyboard.press('End');
    for (let i = 0; i < 'nginx:1.27'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('""');
    await expect.poll(() => podlife.state().then((s) => s.run.diagnostics.filter((d) => d.severity === 'error').length)).toBeGreaterThan(0);
    const line = (await podlife.state()).run.diagnostics.find((d) => d.severity === 'error')!.line!;
    await expect(page.getByTestId('problems.item').first()).toContainText(`Ln ${line}`);
    await expect(page.locator('.squiggly-error').first()).toBeVisible();
  });

  test('an intervention at the cursor forks the future (delete → Terminating)', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await podlife.seek(20_000);
    await page.getByTestId('interventions.input').fill('delete --grace-period=10');
    await page.getByTestId('interventions.input').press('Enter');
    await expect.poll(() => podlife.state().then((s) => s.text && s.run.status)).toBe('ok');
    await podlife.seek(20_000);
    await expect(page.getByTestId('status.get.status')).toHaveText('Terminating');
    await podlife.seek(30_000);
    await expect(page.getByTestId('status.get')).toHaveCount(0); // the Pod object is gone
    await podlife.seek(19_000);
    await expect(page.getByTestId('status.get.status')).toHaveText('Running');
  });

  test('reset to the scenario asks first, and Cancel keeps the edit', async ({ podlife, page }) => {
    await podlife.open('?scenario=pod-phases-basics');
    await podlife.caretAfter('metadata:');
    await page.keyboard.type(' # edit');
    await page.getByTestId('top.reset').click();
    await expect(page.getByTestId('dialog.confirm')).toBeVisible();
    await podlife.shot('11-reset-dialog');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await podlife.state()).text).toContain('# edit');
    await page.getByTestId('top.reset').click();
    await page.getByTestId('dialog.ok').click();
    await expect.poll(() => podlife.state().then((s) => s.text)).not.toContain('# edit');
  });

  test('reads on a 1280×720 projector', async ({ podlife, page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await podlife.open('?scenario=sidecars-start-stop-order');
    await podlife.seek(30_000);
    await expect(page.getByTestId('status.get')).toBeVisible();
    await expect(page.getByTestId('timebar')).toBeInViewport();
    await podlife.shot('12-projector-720');
  });
});

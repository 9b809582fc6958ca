import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, PHONE, problemsOf, screenshot, signIn, WEB_DIR } from './browser';

/** The tracking codes of `codes` in the order the page's table rows show them. */
const rowOrder = async (page: Page, codes: string[]): Promise<string[]> => {
  const texts = await page.locator('tbody tr').allTextContents();
  return texts.map((text) => codes.find((code) => text.includes(code))).filter((code): code is string => !!code);
};

/** Whether a field shows its whole value (nothing cut at its right edge). */
const wholeValue = (field: ReturnType<Page['getByRole']>): Promise<boolean> =>
  field.evaluate(
    (el) =>
      (el as unknown as { scrollWidth: number; clientWidth: number }).scrollWidth <= (el as unknown as { clientWidth: number }).clientWidth,
  );

/** The axe-core colour-contrast violations of the risk badges the page shows (red, orange, grey). */
async function badgeContrastViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string }[] }> } }).axe.run(
      { include: [['[data-testid="risk-badge"]']] },
      { runOnly: ['color-contrast'], resultTypes: ['violations'] },
    ),
  );
  return results.violations.map((v) => v.id);
}

/** The inbox and the overdue board show each case's deadline risk and order by it, in Chromium. */
describe('deadline risk in the lists, in Chromium', () => {
  let platform: TestPlatform;
  let browser: Browser;
  /** Three accepted cases of Sở Xây dựng: the most overdue is the least risky, the newest the middle one. */
  const cases: { receipt: Receipt; title: string; daysOverdue: number; risk: number }[] = [
    { title: 'Vỉa hè phố Bà Triệu sụt lún', daysOverdue: 3, risk: 0.2 },
    { title: 'Cống thoát nước phố Huế bị tắc', daysOverdue: 2, risk: 0.9 },
    { title: 'Biển báo phố Lò Đúc bị đổ', daysOverdue: 1, risk: 0.6 },
  ].map((c) => ({ ...c, receipt: undefined as unknown as Receipt }));
  const codes = () => cases.map((c) => c.receipt.trackingCode);
  const codesByRisk = () => [...cases].sort((a, b) => b.risk - a.risk).map((c) => c.receipt.trackingCode);

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
    const [secretariat, officer] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.officerSxd)]);
    for (const c of cases) {
      c.receipt = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title: c.title }))).body;
      await platform.waitForCaseStatus(c.receipt.id, 'routed', secretariat);
      expect((await platform.request('POST', `/api/v1/cases/${c.receipt.id}/accept`, {}, officer)).status).toBe(200);
    }
    // The answer clocks ran out some days ago, and the worker's scores are stored (as its risk run writes them).
    for (const c of cases) {
      await platform.backdateClocks(c.receipt.id, c.daysOverdue, { clock: 'answer', veryLateInDays: 30 });
      await platform.db.dataSource.query(
        `INSERT INTO case_risk (case_id, probability, model_version_id, computed_at) VALUES ($1, $2, 1, now())`,
        [c.receipt.id, c.risk],
      );
    }
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('the inbox shows a risk column, and sorting by risk puts the riskiest case first', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.officerSxd);
    await page.goto('/staff/cases');
    await page.getByRole('columnheader', { name: 'Nguy cơ trễ hạn' }).waitFor();
    for (const c of cases) {
      const row = page.getByRole('row').filter({ hasText: c.receipt.trackingCode });
      expect(await row.getByTestId('risk-badge').textContent()).toBe(`${Math.round(c.risk * 100)}%`);
    }
    // Newest first by default: not the risk order.
    expect(await rowOrder(page, codes())).toEqual([...codes()].reverse());
    expect(codesByRisk()).not.toEqual([...codes()].reverse());

    await page.getByRole('textbox', { name: 'Sắp xếp' }).click();
    await page.getByRole('option', { name: 'Nguy cơ trễ hạn cao nhất', exact: true }).click();
    await page.waitForURL(/sort=risk&order=desc/);
    await waitFor(async () => (await rowOrder(page, codes())).join() === codesByRisk().join() || undefined, 'the list in risk order');
    expect(await page.getByRole('textbox', { name: 'Sắp xếp' }).inputValue()).toBe('Nguy cơ trễ hạn cao nhất');
    expect(await wholeValue(page.getByRole('textbox', { name: 'Sắp xếp' }))).toBe(true);
    await screenshot(page, 'risk-case-list');
    expect(await badgeContrastViolations(page)).toEqual([]);

    // Keyboard and selection still walk the rows in their new order.
    await page.locator('[role="grid"]').focus();
    await page.keyboard.press('j');
    const highlighted = await page.locator('[role="grid"] tbody tr[aria-selected="true"]').textContent();
    expect(highlighted).toContain(codesByRisk()[0]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('on a phone each card names its risk, in risk order', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl, PHONE);
    await signIn(page, USERS.officerSxd);
    await page.goto('/staff/cases?sort=risk&order=desc');
    await page.getByTestId('case-card').first().waitFor();
    const cards = await page.getByTestId('case-card').allTextContents();
    const shown = cards.map((text) => cases.find((c) => text.includes(c.receipt.trackingCode))!);
    expect(shown.map((c) => c.receipt.trackingCode)).toEqual(codesByRisk());
    for (const [i, c] of shown.entries()) expect(cards[i]).toContain(`Nguy cơ trễ hạn ${Math.round(c.risk * 100)}%`);
    await context.close();
  });

  it('the overdue board orders each agency’s cases by risk from its control, and shows each case’s risk', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.secretariat);
    await page.goto('/staff/overdue');
    await page.getByRole('row').filter({ hasText: codes()[0] }).waitFor();
    // Most overdue first by default.
    expect(await rowOrder(page, codes())).toEqual(codes());
    for (const c of cases) {
      const row = page.getByRole('row').filter({ hasText: c.receipt.trackingCode });
      // No column header on the board: the badge says what it is.
      expect(await row.getByTestId('risk-badge').textContent()).toBe(`Nguy cơ trễ hạn ${Math.round(c.risk * 100)}%`);
    }

    await page.getByRole('textbox', { name: 'Sắp xếp hồ sơ trong mỗi cơ quan' }).click();
    await page.getByRole('option', { name: 'Nguy cơ trễ hạn cao nhất', exact: true }).click();
    await page.waitForURL(/\/staff\/overdue\?sort=risk$/);
    await waitFor(async () => (await rowOrder(page, codes())).join() === codesByRisk().join() || undefined, 'the board in risk order');
    await screenshot(page, 'risk-overdue-board');
    expect(await badgeContrastViolations(page)).toEqual([]);

    // The order is in the address: opened again, the board comes back in risk order.
    await page.reload();
    await page.getByRole('row').filter({ hasText: codes()[0] }).waitFor();
    expect(await rowOrder(page, codes())).toEqual(codesByRisk());
    expect(await page.getByRole('textbox', { name: 'Sắp xếp hồ sơ trong mỗi cơ quan' }).inputValue()).toBe('Nguy cơ trễ hạn cao nhất');
    expect(await wholeValue(page.getByRole('textbox', { name: 'Sắp xếp hồ sơ trong mỗi cơ quan' }))).toBe(true);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});

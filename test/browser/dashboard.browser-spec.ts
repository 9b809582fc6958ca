import type { Browser, Page } from 'playwright-core';
import { FakeClock } from '@hotline/config';
import { addDaysToLocalDate, LOCAL_TIME_ZONE, localDateOf } from '@hotline/contracts';
import { RollupService, type SummaryDto } from '@hotline/reporting';
import { type CaseList, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, PHONE, screenshot, signIn, WEB_DIR } from './browser';

/** What the checks below read in the browser (the tests compile without the DOM library). */
interface Rect {
  top: number;
  bottom: number;
}
interface Dom {
  document: {
    querySelectorAll(selector: string): ArrayLike<{
      textContent: string | null;
      getBoundingClientRect(): Rect;
      querySelectorAll(selector: string): ArrayLike<unknown>;
    }>;
  };
}

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);
const monthStart = (day: string, months: number) => {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
};
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
const localIsoNow = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 19);
const monthLabel = (day: string) => `${day.slice(5, 7)}/${day.slice(0, 4)}`;
const ddmmyyyy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** The labels of a ranking chart's category axis, each label's lines joined, in order, with their boxes. */
const axisLabels = (page: Page, chart: string) =>
  page.evaluate((testId) => {
    const labels = Array.from(
      (globalThis as unknown as Dom).document.querySelectorAll(`[data-testid="${testId}"] [data-testid="axis-label"]`),
    );
    return labels.map((el) => {
      const tspans = Array.from(el.querySelectorAll('tspan')) as { textContent: string | null }[];
      const { top, bottom } = el.getBoundingClientRect();
      return { text: tspans.map((t) => t.textContent ?? '').join(' '), top, bottom };
    });
  }, chart);

/** The bars of a ranking chart's first series (one per group). */
const firstSeriesBars = (page: Page, chart: string) =>
  page.evaluate(
    (testId) =>
      (globalThis as unknown as Dom).document
        .querySelectorAll(`[data-testid="${testId}"] .recharts-bar-rectangles`)[0]
        ?.querySelectorAll('.recharts-bar-rectangle').length ?? 0,
    chart,
  );

describe('the council dashboard’s charts and period in Chromium', () => {
  // Periods as of the real today: the browser's clock is not the platform's.
  const today = localDateOf(new Date());
  const quarterStart = monthStart(
    `${today.slice(0, 5)}${String(Number(today.slice(5, 7)) - ((Number(today.slice(5, 7)) - 1) % 3)).padStart(2, '0')}-01`,
    0,
  );
  const lastQuarter = { from: monthStart(quarterStart, -3), to: addDaysToLocalDate(quarterStart, -1) };
  const before = {
    from: addDaysToLocalDate(lastQuarter.from, -days(lastQuarter.from, lastQuarter.to)),
    to: addDaysToLocalDate(lastQuarter.from, -1),
  };
  const firstMonth = lastQuarter.from; // cases, three of them answered on time
  const secondMonth = monthStart(lastQuarter.from, 1); // cases, none answered: no on-time rate
  const thirdMonth = monthStart(lastQuarter.from, 2); // no case at all
  const clock = new FakeClock(local(`${addDaysToLocalDate(before.from, 4)}T09:00:00`));
  let platform: TestPlatform;
  let browser: Browser;
  let council = '';

  const CATEGORIES = [
    'DAT-DAI.BOI-THUONG',
    'DAT-DAI.CAP-GCN',
    'MOI-TRUONG.RAC-THAI',
    'MOI-TRUONG.O-NHIEM',
    'MOI-TRUONG.THOAT-NUOC',
    'GIAO-THONG.DEN-TIN-HIEU',
    'GIAO-THONG.XE-BUYT',
    'GIAO-THONG.DEN-DUONG',
    'XAY-DUNG.TRAT-TU',
    'AN-SINH.NGUOI-CO-CONG',
    'Y-TE.KHAM-CHUA-BENH',
    'GIAO-DUC.TUYEN-SINH',
    'DIEN-NUOC.DIEN',
    'HANH-CHINH.THU-TUC',
  ];

  /** Files cases at a Hà Nội instant and waits until the worker has routed (or sent to triage) each. */
  async function fileAt(isoLocal: string, inputs: Record<string, unknown>[]): Promise<Receipt[]> {
    clock.set(local(isoLocal));
    const secretariat = await platform.login(...USERS.secretariat);
    const receipts: Receipt[] = [];
    for (const input of inputs) receipts.push((await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(input))).body);
    for (const r of receipts) {
      await waitFor(
        async () =>
          (await platform.request<{ status: string }>('GET', `/api/v1/cases/${r.id}`, undefined, secretariat)).body.status !== 'received' ||
          undefined,
        'routing',
      );
    }
    return receipts;
  }

  const summaryOf = async (p: { from: string; to: string }, groupBy = '') =>
    (await platform.request<SummaryDto>('GET', `/api/v1/reports/summary?from=${p.from}&to=${p.to}${groupBy}`, undefined, council)).body;

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR }, clock });
    browser = await launchChromium();
    await fileAt(`${addDaysToLocalDate(before.from, 4)}T09:00:00`, [
      {},
      {},
      { categoryCode: 'XAY-DUNG.TRAT-TU' },
      { categoryCode: 'Y-TE.ATTP' },
    ]);
    const answered = await fileAt(`${addDaysToLocalDate(firstMonth, 9)}T09:00:00`, [{}, {}, {}]);
    await fileAt(
      `${addDaysToLocalDate(firstMonth, 9)}T10:00:00`,
      CATEGORIES.map((categoryCode, i) => ({ categoryCode, areaCode: i % 2 ? 'HN-HOANKIEM' : 'HN-HAIBATRUNG' })),
    );
    clock.set(local(`${addDaysToLocalDate(firstMonth, 9)}T11:00:00`));
    const officer = await platform.login(...USERS.officerSxd);
    for (const r of answered) {
      expect((await platform.request('POST', `/api/v1/cases/${r.id}/accept`, {}, officer)).status).toBe(200);
      const answer = { answer: 'Sở Xây dựng đã kiểm tra và sửa chữa trong ngày.' };
      expect((await platform.request('POST', `/api/v1/cases/${r.id}/answer`, answer, officer)).status).toBe(200);
    }
    await fileAt(`${addDaysToLocalDate(secondMonth, 9)}T09:00:00`, [
      {},
      { categoryCode: 'MOI-TRUONG.RAC-THAI' },
      { categoryCode: undefined },
      { categoryCode: undefined, title: 'Cây xanh đổ chắn lối đi' },
    ]);
    // Today's case: in the six months the dashboard opens with, not in the last quarter.
    await fileAt(localIsoNow(), [{}]);
    const rollups = platform.worker!.get(RollupService);
    await waitFor(async () => {
      const result = await rollups.drain();
      const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM report_dirty_cases`);
      return (result.ran && n === 0) || undefined;
    }, 'rollups drained');
    council = await platform.login(...USERS.council);
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  const openDashboard = async (query = '', viewport?: { width: number; height: number }) => {
    const opened = await newPage(browser, platform.baseUrl, viewport);
    const summaryCalls: URL[] = [];
    opened.page.on('request', (r) => {
      if (r.url().includes('/api/v1/reports/summary')) summaryCalls.push(new URL(r.url()));
    });
    await signIn(opened.page, USERS.council);
    await opened.page.goto(`/staff/dashboard${query}`);
    await opened.page.getByTestId('chart-category').locator('[data-testid="axis-label"]').first().waitFor();
    return { ...opened, summaryCalls };
  };

  it('labels every bar of the agency chart, the largest included, in the table’s order', async () => {
    const { context, page } = await openDashboard('?period=lastQuarter');
    const labels = await axisLabels(page, 'chart-agency');
    const byAgency = await summaryOf(lastQuarter, '&groupBy=agency');
    expect(byAgency.groups.length).toBeGreaterThanOrEqual(5);
    expect(labels.length).toBe(Math.min(12, byAgency.groups.length));
    expect(labels.length).toBe(await firstSeriesBars(page, 'chart-agency'));
    const tableNames = await page.locator('table tbody tr td:first-child').allTextContents();
    expect(labels.map((l) => l.text)).toEqual(tableNames.slice(0, labels.length));
    expect(labels[0].text).toBe('Sở Xây dựng'); // the largest
    await context.close();
  });

  it('never lets two category labels overlap, and calls cases without a category “Chưa phân loại”', async () => {
    for (const viewport of [{ width: 1366, height: 900 }, PHONE]) {
      const { context, page } = await openDashboard('?period=lastQuarter', viewport);
      for (const chart of ['chart-category', 'chart-agency']) {
        const labels = await axisLabels(page, chart);
        expect(labels.length).toBe(await firstSeriesBars(page, chart));
        const sorted = [...labels].sort((a, b) => a.top - b.top);
        const overlaps = sorted.slice(1).filter((l, i) => l.top < sorted[i].bottom - 0.5);
        expect(overlaps.map((l) => `${chart} at ${viewport.width}: ${l.text}`)).toEqual([]);
      }
      const categories = (await axisLabels(page, 'chart-category')).map((l) => l.text);
      expect(categories).toContain('Chưa phân loại');
      expect(categories).not.toContain('Chưa giao');
      expect((await axisLabels(page, 'chart-agency')).map((l) => l.text)).toContain('Chưa giao');
      await screenshot(page, `dashboard-last-quarter-${viewport.width}`);
      await context.close();
    }
  });

  it('draws a month with no answer as a gap and names it, not as 0% on time', async () => {
    const { context, page } = await openDashboard('?period=lastQuarter');
    const trend = page.getByTestId('chart-trend');
    // One point on the on-time line: the first month's; the second had cases but no answer, the third no case.
    expect(await trend.locator('.recharts-line-dot').count()).toBe(1);
    const gaps = (await page.getByTestId('trend-gaps').textContent()) ?? '';
    expect(gaps).toContain('Không có dữ liệu');
    expect(gaps).toContain(monthLabel(secondMonth));
    expect(gaps).toContain(monthLabel(thirdMonth));
    expect(gaps).not.toContain(monthLabel(firstMonth));
    await context.close();
  });

  it('picking “Quý trước” asks the API for that quarter and the period before it, and shows their figures and deltas', async () => {
    const { context, page, summaryCalls } = await openDashboard();
    await page
      .getByTestId('figure-received')
      .getByTestId('figure-value')
      .getByText(String(CATEGORIES.length + 3 + 4 + 1))
      .waitFor();
    await page.getByRole('textbox', { name: 'Kỳ báo cáo' }).click();
    await page.getByRole('option', { name: 'Quý trước' }).click();
    await page.waitForURL(/period=lastQuarter/);
    const received = page.getByTestId('figure-received');
    await received
      .getByTestId('figure-value')
      .getByText(String(CATEGORIES.length + 3 + 4), { exact: true })
      .waitFor();
    const asked = summaryCalls.map((u) => `${u.searchParams.get('from')}..${u.searchParams.get('to')}`);
    expect(asked).toContain(`${lastQuarter.from}..${lastQuarter.to}`);
    expect(asked).toContain(`${before.from}..${before.to}`);
    const period = (await page.getByTestId('dashboard-period').textContent()) ?? '';
    expect(period).toContain(`${ddmmyyyy(before.from)} – ${ddmmyyyy(before.to)}`);

    // The figures are the cases received in each period, counted directly in the database.
    const count = async (p: { from: string; to: string }) =>
      Number(
        (
          await platform.db.dataSource.query(
            `SELECT count(*)::int AS n FROM cases WHERE (received_at AT TIME ZONE '${LOCAL_TIME_ZONE}')::date BETWEEN $1 AND $2`,
            [p.from, p.to],
          )
        )[0].n,
      );
    const [now, then] = [await count(lastQuarter), await count(before)];
    expect([now, then]).toEqual([CATEGORIES.length + 3 + 4, 4]);
    expect(await received.getByTestId('figure-previous').textContent()).toBe(`Kỳ trước: ${then} (+${now - then})`);
    const [apiNow, apiThen] = [await summaryOf(lastQuarter), await summaryOf(before)];
    const answered = page.getByTestId('figure-answered');
    expect(await answered.getByTestId('figure-value').textContent()).toBe(String(apiNow.total.answered));
    expect(apiNow.total.answered).toBe(3);
    expect(await answered.getByTestId('figure-previous').textContent()).toBe(
      `Kỳ trước: ${apiThen.total.answered} (+${apiNow.total.answered - apiThen.total.answered})`,
    );
    expect(await page.getByTestId('figure-on-time').getByTestId('figure-previous').textContent()).toBe('Kỳ trước: không có dữ liệu');

    // A drill-down opens the quarter's cases of the agency: as many as its row counts.
    const row = page.getByRole('row').filter({ hasText: 'Sở Xây dựng' }).first();
    const rowReceived = Number(await row.locator('td').nth(1).textContent());
    await row.getByRole('link', { name: 'Xem hồ sơ' }).click();
    await page.waitForURL(new RegExp(`from=${lastQuarter.from}&to=${lastQuarter.to}&agency=SXD`));
    await page.getByText(`${rowReceived} hồ sơ`, { exact: true }).waitFor();
    const list = await platform.request<CaseList>(
      'GET',
      `/api/v1/cases?from=${lastQuarter.from}&to=${lastQuarter.to}&agency=SXD`,
      undefined,
      council,
    );
    expect(list.body.total).toBe(rowReceived);
    await context.close();
  });

  it('takes a custom period from the address and into the API calls', async () => {
    const custom = { from: secondMonth, to: addDaysToLocalDate(secondMonth, 20) };
    const { context, page, summaryCalls } = await openDashboard(`?period=custom&from=${custom.from}&to=${custom.to}`);
    // Shown as the UI writes dates (dd/mm/yyyy).
    expect(await page.getByLabel('Từ ngày').inputValue()).toBe(custom.from.split('-').reverse().join('/'));
    expect(await page.getByLabel('Đến ngày').inputValue()).toBe(custom.to.split('-').reverse().join('/'));
    expect(summaryCalls.map((u) => `${u.searchParams.get('from')}..${u.searchParams.get('to')}`)).toContain(`${custom.from}..${custom.to}`);
    const expected = (await summaryOf(custom)).total.received;
    expect(await page.getByTestId('figure-received').getByTestId('figure-value').textContent()).toBe(String(expected));
    expect(expected).toBe(4);
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import type { SummaryDto } from '@hotline/reporting';
import { type CaseDetail, type CaseList, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, pickOption, PHONE, signIn, WEB_DIR } from './browser';

describe('the clerk’s day in Chromium', () => {
  let platform: TestPlatform;
  let browser: Browser;

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('an operator reads the caller a 6-digit PIN, and the caller opens the case with the code and the PIN', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.operator);
    await page.goto('/staff/operator');
    await page.getByRole('heading', { name: 'Tiếp nhận cuộc gọi' }).waitFor();
    await page.getByLabel('Số điện thoại').fill('0912 000 111');
    await page.getByLabel('Người gọi').fill('Đỗ Văn Cường');
    await page.getByRole('textbox', { name: 'Lĩnh vực' }).fill('den duong');
    await pickOption(page, /Đèn đường/);
    await page.getByRole('textbox', { name: 'Địa bàn' }).fill('hai ba trung');
    await pickOption(page, /Hai Bà Trưng/);
    await page.getByLabel(/^Tiêu đề/).fill('Đèn đường ngõ Quỳnh tắt cả tuần');
    await page.getByLabel(/^Nội dung/).fill('Người gọi báo cả dãy đèn đường ngõ Quỳnh không sáng từ tuần trước.');
    await page.getByLabel(/công dân đồng ý cho xử lý dữ liệu/).check();
    await page.keyboard.press('Control+Enter');
    const saved = page.getByTestId('operator-saved');
    await saved.waitFor();
    const text = (await saved.textContent()) ?? '';
    const code = /HN-\d{4}-\d{6}/.exec(text)?.[0];
    const pin = /PIN[^\d]*(\d{6})/.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(pin).toMatch(/^\d{6}$/);
    await saved.getByRole('button', { name: 'Sao chép' }).waitFor();
    await context.close();

    const caller = await newPage(browser, platform.baseUrl, PHONE);
    await caller.page.goto('/track');
    await caller.page.getByLabel(/^Mã hồ sơ/).fill(code!);
    await caller.page.getByLabel('Mã truy cập hoặc mã PIN').fill(pin!);
    await caller.page.getByRole('button', { name: 'Tra cứu' }).click();
    await caller.page.getByText('Đèn đường ngõ Quỳnh tắt cả tuần').first().waitFor();
    await caller.context.close();
  });

  it('an officer’s inbox opens without finished cases, says so in its filter, and sorts by due date', async () => {
    const secretariat = await platform.login(...USERS.secretariat);
    const officer = await platform.login(...USERS.officerSxd);
    const file = async (title: string) => (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title }))).body;
    const open = await file('Vỉa hè phố Lò Đúc bị sụt lún');
    const done = await file('Ổ gà phố Huế đã được vá');
    const operator = await platform.login(...USERS.operator);
    const urgent = (
      await platform.request<Receipt>(
        'POST',
        '/api/v1/hotline/cases',
        makeCaseInput({ title: 'Hố ga mất nắp giữa phố Huế', priority: 'urgent' }),
        operator,
      )
    ).body;
    for (const kase of [open, done, urgent]) {
      await platform.waitForCaseStatus(kase.id, 'routed', secretariat);
      expect((await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, {}, officer)).status).toBe(200);
    }
    expect(
      (await platform.request('POST', `/api/v1/cases/${done.id}/answer`, { answer: 'Sở Xây dựng đã vá ổ gà trong ngày.' }, officer)).status,
    ).toBe(200);

    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.officerSxd);
    await page.goto('/staff/cases');
    await page.getByRole('heading', { name: 'Hồ sơ của cơ quan' }).waitFor();
    await page.getByRole('row').filter({ hasText: open.trackingCode }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: done.trackingCode }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Trạng thái' }).inputValue()).toBe('Đang mở');
    // An urgent case stands out in the list; an ordinary one does not.
    expect(await page.getByRole('row').filter({ hasText: urgent.trackingCode }).getAttribute('data-urgent')).toBe('true');
    expect(await page.getByRole('row').filter({ hasText: open.trackingCode }).getAttribute('data-urgent')).toBeNull();

    await page.getByRole('textbox', { name: 'Sắp xếp' }).click();
    await page.getByRole('option', { name: 'Hạn xử lý gần nhất' }).click();
    await page.waitForURL(/sort=dueAt/);
    await page.getByRole('row').filter({ hasText: open.trackingCode }).waitFor();
    await context.close();
  });

  it('a drill-down list shows the filters it was opened with', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.secretariat);
    await page.goto('/staff/cases?from=2026-01-01&to=2026-12-31&agency=SXD');
    await page.getByRole('heading', { name: 'Hồ sơ' }).first().waitFor();
    expect(await page.getByLabel('Từ ngày').inputValue()).toBe('01/01/2026');
    expect(await page.getByLabel('Đến ngày').inputValue()).toBe('31/12/2026');
    await context.close();
  });

  it('shows and takes dates as dd/mm/yyyy (Chromium draws a date input mm/dd/yyyy whatever the page’s language)', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.secretariat);
    await page.goto('/staff/cases?from=2026-03-04');
    const from = page.getByLabel('Từ ngày');
    expect(await from.inputValue()).toBe('04/03/2026');
    expect(await from.evaluate((el) => (el as unknown as { type: string }).type)).toBe('text');
    await from.fill('15/03/2026');
    await page.waitForURL(/from=2026-03-15/);
    await from.fill('03/15/2026');
    await from.blur();
    await page.getByText('Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 20/11/2026').waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBe('2026-03-15');
    await context.close();
  });

  it('the breach register takes the day as dd/mm/yyyy and the time as 24-hour hh:mm, Hà Nội time, and names the data in Vietnamese', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.admin);
    await page.goto('/staff/privacy');
    await page.getByRole('tab', { name: 'Sổ vi phạm dữ liệu' }).click();
    await page.getByLabel(/^Mô tả sự việc/).fill('Một tệp CSV danh sách hồ sơ bị gửi nhầm địa chỉ thư điện tử');
    await page.getByLabel(/^Ngày phát hiện/).fill('02/12/2026');
    await page.getByLabel(/^Giờ phát hiện/).fill('2:75');
    await page.getByText('Giờ không hợp lệ: nhập theo dạng giờ:phút, ví dụ 14:30').waitFor();
    await page.getByLabel(/^Giờ phát hiện/).fill('14:30');
    await page.getByRole('textbox', { name: /^Dữ liệu bị ảnh hưởng/ }).click({ force: true });
    await page.getByRole('option', { name: 'Họ tên, điện thoại, thư điện tử người gửi' }).click();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('option', { name: 'contact', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Ghi nhận nghi vấn vi phạm' }).click();
    const [row] = await waitFor(async () => {
      const rows: { discovered_at: Date; data_categories: string[] }[] = await platform.db.dataSource.query(
        `SELECT discovered_at, data_categories FROM breaches WHERE summary LIKE 'Một tệp CSV%'`,
      );
      return rows.length ? rows : undefined;
    }, 'the breach recorded');
    expect(new Date(row.discovered_at).toISOString()).toBe('2026-12-02T07:30:00.000Z');
    expect(row.data_categories).toEqual(['contact']);
    await context.close();
  });

  it('a dashboard row opens a list of exactly the cases it counts, today’s included', async () => {
    const council = await platform.login(...USERS.council);
    const kase = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title: 'Cột đèn nghiêng trên phố Bạch Mai' })))
      .body;
    await waitFor(
      async () =>
        (await platform.request<CaseDetail>('GET', `/api/v1/cases/${kase.id}`, undefined, council)).body.agency?.code === 'SXD' ||
        undefined,
      'routing',
    );
    // The cases of this file were all received today; the row counts them once the rollups have them.
    const received = await waitFor(async () => {
      const { body } = await platform.request<SummaryDto>('GET', '/api/v1/reports/summary?groupBy=agency', undefined, council);
      const sxd = body.groups.find((g) => g.key.agency?.code === 'SXD');
      const listed = (await platform.request<CaseList>('GET', '/api/v1/cases?agency=SXD', undefined, council)).body.total;
      return sxd && sxd.received === listed ? sxd.received : undefined;
    }, 'the rollups to count every case');
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.council);
    await page.getByRole('heading', { name: 'Tổng hợp kết quả' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Sở Xây dựng' }).first();
    await row.waitFor();
    await row.getByRole('link', { name: 'Xem hồ sơ' }).click();
    await page.waitForURL(/\/staff\/cases\?.*agency=SXD/);
    await page.getByText(`${received} hồ sơ`, { exact: true }).waitFor();
    expect(await page.getByLabel('Từ ngày').inputValue()).toBe(
      new URL(page.url()).searchParams.get('from')!.split('-').reverse().join('/'),
    );
    await context.close();
  });
});

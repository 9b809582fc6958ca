import type { Browser, Page } from 'playwright-core';
import { type CaseDetail, makeCaseInput, type Receipt, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, pickOption, problemsOf, signIn, WEB_DIR } from './browser';

/** What the evaluate callbacks read in the browser (the tests compile without the DOM library). */
interface Dom {
  document: {
    activeElement: unknown;
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
    querySelectorAll(selector: string): Iterable<{ id: string }>;
  };
  getComputedStyle(element: unknown): { outlineStyle: string };
}

/** The list's highlighted row, as a screen reader learns it: the grid's active descendant, selected. */
async function activeRow(page: Page): Promise<{ activeDescendant: string | null; selected: string[]; focusedIsGrid: boolean }> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as Dom).document;
    const grid = doc.querySelector('[role="grid"]');
    const selected = [...doc.querySelectorAll('[role="grid"] tr[aria-selected="true"]')].map((r) => r.id);
    return { activeDescendant: grid?.getAttribute('aria-activedescendant') ?? null, selected, focusedIsGrid: doc.activeElement === grid };
  });
}

describe('a clerk works the lists from the keyboard, in bulk, and by assignee', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let secretariat: string;

  const detail = async (id: string) => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body;
  async function inTriage(title: string): Promise<Receipt> {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title, categoryCode: 'HANH-CHINH.THU-TUC' }));
    await platform.waitForCaseStatus(body.id, 'triage', secretariat);
    return body;
  }

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
    secretariat = await platform.login(...USERS.secretariat);
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('moves a visible, announced highlight with j/k and the arrows, ticks with x, searches with /, shows ? and opens with Enter', async () => {
    const cases = [await inTriage('Xin cấp lại sổ hộ khẩu'), await inTriage('Thủ tục chứng thực chậm'), await inTriage('Hỏi về lệ phí')];
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.secretariat);
    await page.goto('/staff/cases?status=triage&sort=received&order=asc');
    for (const c of cases) await page.getByRole('row').filter({ hasText: c.trackingCode }).waitFor();
    const rowIds = await page.locator('[role="grid"] tbody tr').evaluateAll((rows) => rows.map((r) => r.id));
    expect(rowIds).toHaveLength(3);

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Phím tắt trong danh sách' });
    await help.waitFor();
    for (const text of [
      'Xuống hồ sơ tiếp theo',
      'Lên hồ sơ trước',
      'Mở hồ sơ đang chọn',
      'Đánh dấu / bỏ đánh dấu hồ sơ đang chọn',
      'Đến ô tìm kiếm',
    ])
      await help.getByText(text).waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    await page.keyboard.press('j');
    expect(await activeRow(page)).toEqual({ activeDescendant: rowIds[0], selected: [rowIds[0]], focusedIsGrid: true });
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    expect((await activeRow(page)).activeDescendant).toBe(rowIds[2]);
    await page.keyboard.press('k');
    expect(await activeRow(page)).toEqual({ activeDescendant: rowIds[1], selected: [rowIds[1]], focusedIsGrid: true });
    // The highlight is seen, not only announced: the row is outlined.
    const outline = await page
      .locator(`#${rowIds[1]}`)
      .evaluate((row) => (globalThis as unknown as Dom).getComputedStyle(row).outlineStyle);
    expect(outline).toBe('solid');

    await page.keyboard.press('x');
    await page.getByText('Đã đánh dấu 1 hồ sơ').waitFor();
    expect(await page.getByRole('checkbox', { name: `Đánh dấu hồ sơ ${cases[1].trackingCode}` }).isChecked()).toBe(true);

    // Keys typed into a field are the field's.
    await page.keyboard.press('/');
    const search = page.getByRole('textbox', { name: 'Từ khóa hoặc mã hồ sơ' });
    expect(await search.evaluate((el) => el === (globalThis as unknown as Dom).document.activeElement)).toBe(true);
    await page.keyboard.type('jkx?');
    expect(await search.inputValue()).toBe('jkx?');
    expect((await activeRow(page)).activeDescendant).toBe(rowIds[1]);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByText('Đã đánh dấu 1 hồ sơ').waitFor();

    await page.locator('[role="grid"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/staff/cases/${cases[1].id}`);
    await page.getByRole('heading', { name: 'Thủ tục chứng thực chậm' }).waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('the secretariat ticks cases, routes them to one agency with a reason and reads what moved', async () => {
    const cases = [await inTriage('Chậm cấp giấy phép kinh doanh'), await inTriage('Xin xác nhận cư trú')];
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.secretariat);
    await page.goto('/staff/triage');
    for (const c of cases) await page.getByRole('checkbox', { name: `Đánh dấu hồ sơ ${c.trackingCode}` }).check();
    await page.getByText('Đã đánh dấu 2 hồ sơ').waitFor();
    await page.getByRole('button', { name: 'Chuyển cơ quan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chuyển 2 hồ sơ tới một cơ quan' });
    await dialog.getByRole('textbox', { name: 'Chuyển tới cơ quan' }).fill('hoan kiem');
    await pickOption(page, /Hoàn Kiếm/);
    await dialog.getByLabel(/^Lý do chuyển/).fill('Thuộc thẩm quyền UBND phường theo phân cấp.');
    await dialog.getByRole('button', { name: 'Chuyển', exact: true }).click();
    await page
      .getByTestId('bulk-outcome')
      .getByText(/Đã chuyển 2\/2 hồ sơ tới .*Hoàn Kiếm/)
      .waitFor();
    for (const c of cases) {
      const after = await detail(c.id);
      expect({ status: after.status, agency: after.agency?.code }).toEqual({ status: 'routed', agency: 'UBND-HOANKIEM' });
    }
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('an agency head gives a case to an officer, who finds it under "Hồ sơ của tôi"', async () => {
    const admin = await platform.login(...USERS.admin);
    const agencies = (await platform.request<{ id: string; code: string }[]>('GET', '/api/v1/admin/agencies', undefined, admin)).body;
    const head = ['head.browser@hotline.example.vn', 'Assign#2026x'] as const;
    const created = await platform.request(
      'POST',
      '/api/v1/admin/users',
      {
        email: head[0],
        password: head[1],
        fullName: 'Trưởng phòng Sở Xây dựng',
        role: 'agency_head',
        agencyId: agencies.find((a) => a.code === 'SXD')!.id,
      },
      admin,
    );
    expect(created.status).toBe(201);
    const file = async (title: string) => {
      const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title }));
      await platform.waitForCaseStatus(body.id, 'routed', secretariat);
      return body;
    };
    const given = await file('Nắp cống vỡ trước trường học');
    const other = await file('Vạch kẻ đường bị mờ');

    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, head);
    await page.goto(`/staff/cases/${given.id}`);
    await page.getByTestId('case-assignee').getByText('Cán bộ xử lý: Chưa giao').waitFor();
    await page.getByRole('textbox', { name: 'Giao cho cán bộ' }).click();
    await page.getByRole('option', { name: /Phạm Văn Đức/ }).click();
    await page.getByRole('button', { name: 'Giao', exact: true }).click();
    await page.getByTestId('case-assignee').getByText('Cán bộ xử lý: Phạm Văn Đức (Sở Xây dựng)').waitFor();
    await page.getByRole('status').getByText('Đã giao hồ sơ cho Phạm Văn Đức (Sở Xây dựng).').waitFor();
    await context.close();

    const officer = await newPage(browser, platform.baseUrl);
    await signIn(officer.page, USERS.officerSxd);
    await officer.page.goto('/staff/cases');
    await officer.page.getByRole('row').filter({ hasText: other.trackingCode }).waitFor();
    await officer.page.getByRole('textbox', { name: 'Cán bộ xử lý' }).click();
    await officer.page.getByRole('option', { name: 'Hồ sơ của tôi' }).click();
    await officer.page.waitForURL(/assignee=me/);
    // The URL changes before the filtered list arrives, and the unfiltered list (which holds both cases) stays on screen
    // until then: wait for the other case to leave the list (times out, and fails, if it stays).
    await officer.page.getByRole('row').filter({ hasText: other.trackingCode }).waitFor({ state: 'detached' });
    const mine = officer.page.getByRole('row').filter({ hasText: given.trackingCode });
    await mine.getByText('Cán bộ: Phạm Văn Đức (Sở Xây dựng)').waitFor();
    expect(await officer.page.getByRole('row').filter({ hasText: other.trackingCode }).count()).toBe(0);
    expect(problemsOf(officer.page)).toEqual([]);
    await officer.context.close();
  });
});

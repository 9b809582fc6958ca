import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { type CaseDetail, makeCaseInput, type Receipt, PETITION_ROWS as R, petitionSheet, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { DESKTOP, launchChromium, newPage, PHONE, pickOption, problemsOf, screenshot, signIn, WEB_DIR } from './browser';

describe('the channels in Chromium: voter meetings, duplicates and merge', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let secretariat = '';
  let meetingId = '';
  let sheet = '';

  const detail = async (id: string) => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body;
  const meetingCases = async () =>
    (await platform.db.dataSource.query(`SELECT title, citizen_phone FROM cases WHERE voter_meeting_id = $1 ORDER BY tracking_code`, [
      meetingId,
    ])) as { title: string; citizen_phone: string | null }[];

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
    secretariat = await platform.login(...USERS.secretariat);
    sheet = path.join(os.tmpdir(), `${platform.queuePrefix}-kien-nghi.xlsx`);
    await writeFile(
      sheet,
      await petitionSheet([R.streetLight, R.missingTitle, R.unknownCategory, R.question, R.shortPhone, R.kindergarten]),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('the operator records a voter meeting and keys two petitions into the grid with the keyboard', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.operator);
    await page.getByRole('link', { name: 'Tiếp xúc cử tri' }).click();
    await page.getByRole('heading', { name: 'Tiếp xúc cử tri' }).waitFor();
    await page.getByText('Chưa có buổi tiếp xúc cử tri nào.').waitFor();
    await page.getByRole('button', { name: 'Ghi nhận buổi tiếp xúc' }).click();
    // The place has the focus; an operator cannot list council sessions, and the form says so.
    await page.keyboard.type('Nhà văn hóa tổ dân phố số 5, phường Hai Bà Trưng');
    await page.getByText(/Chỉ Văn phòng HĐND xem được danh sách kỳ họp/).waitFor();
    await page.getByRole('textbox', { name: /^Địa bàn/ }).fill('hai ba trung');
    await pickOption(page, /Hai Bà Trưng/);
    await page.getByRole('textbox', { name: /^Đại biểu dự/ }).click();
    await page.keyboard.type('Nguyễn Văn Hùng');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Trần Thị Mai');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lưu buổi tiếp xúc' }).click();
    await page.waitForURL(/\/staff\/meetings\/[0-9a-f-]{36}$/);
    meetingId = page.url().split('/').pop()!;
    await page.getByText('Chưa có kiến nghị nào.').waitFor();
    expect(await page.getByText('Đại biểu dự: Nguyễn Văn Hùng, Trần Thị Mai').count()).toBe(1);

    // Row 1 with the keyboard only: Tab between cells, the category picker without diacritics, Enter to the next row.
    await page.getByRole('textbox', { name: 'Tiêu đề 1', exact: true }).focus();
    await page.keyboard.type('Đề nghị lắp đèn chiếu sáng ngõ 25 phố Huế');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ngõ 25 phố Huế rất tối, người đi bộ dễ gặp nguy hiểm vào buổi tối.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('hu hong mat duong');
    await pickOption(page, /Hư hỏng mặt đường/);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Nguyễn Văn An');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0912 345 678');
    await page.keyboard.press('Enter');
    // A new row appeared and has the focus.
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }
        ).document.activeElement?.getAttribute('data-cell') === '1-0',
    );
    await page.keyboard.type('Hỏi về tiến độ xây trường tiểu học');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Cử tri hỏi khi nào trường tiểu học của phường được xây xong.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Lê Thị Hoa');
    await page.keyboard.press('Enter');
    await page.keyboard.type('0912');
    await page.keyboard.press('Control+Enter');

    // All or none: the API refuses the batch and names row 2's phone; the message sits under that cell.
    await page
      .getByTestId('grid-message')
      .getByText(/Chưa thêm kiến nghị nào/)
      .waitFor();
    const phone2 = page.getByRole('textbox', { name: 'Điện thoại 2', exact: true });
    expect(await phone2.getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('petition-grid').getByText('Số điện thoại Việt Nam bắt đầu bằng 0 hoặc +84, gồm 10–11 chữ số.').waitFor();
    expect(await meetingCases()).toEqual([]);
    await screenshot(page, 'meeting-grid-error');
    // The focus went to the bad cell: correct it and send again.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0987 111 222');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('grid-message').getByText('Đã thêm 2 kiến nghị.').waitFor();
    await page.getByTestId('meeting-petitions').getByText('Hỏi về tiến độ xây trường tiểu học').waitFor();
    expect(await meetingCases()).toEqual([
      { title: 'Đề nghị lắp đèn chiếu sáng ngõ 25 phố Huế', citizen_phone: '0912345678' },
      { title: 'Hỏi về tiến độ xây trường tiểu học', citizen_phone: '0987111222' },
    ]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('the operator imports an XLSX of mixed rows, follows the progress to the end and reads the rejected rows', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.operator);
    await page.goto(`/staff/meetings/${meetingId}`);
    await page.getByText(/Dòng đầu là tên cột/).waitFor();
    await page.locator('input[type=file]').setInputFiles(sheet);
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    await page.getByTestId('import-status').waitFor();
    await page.getByText('Đã nhập 3/6 dòng.').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('progressbar').first().getAttribute('aria-valuenow')).toBe('100');
    const report = page.getByTestId('import-report');
    await report.getByText('3 dòng không được nhập').waitFor();
    const rows = (await report.locator('tbody tr').allTextContents()).map((r) => r.slice(0, 12));
    expect(rows).toHaveLength(3);
    expect(await report.locator('tbody tr td:first-child').allTextContents()).toEqual(['3', '4', '6']);
    // The sheet's own column names, and what is wrong in Vietnamese (never the API's English message).
    expect(await report.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['Tiêu đề', 'Lĩnh vực', 'Điện thoại']);
    expect(await report.locator('tbody tr td:nth-child(3)').allTextContents()).toEqual([
      'Tiêu đề cần từ 5 đến 200 ký tự.',
      'Mã này không có trong danh mục (hoặc đã ngừng dùng).',
      'Số điện thoại Việt Nam bắt đầu bằng 0 hoặc +84, gồm 10–11 chữ số.',
    ]);
    // The meeting's list was reloaded: 2 keyed in, 3 imported.
    await page.getByTestId('meeting-petitions').getByText('Đề nghị mở rộng trường mầm non').waitFor();
    expect(await meetingCases()).toHaveLength(5);
    await screenshot(page, 'meeting-import-report');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'meeting-page-360');
    await page.setViewportSize(DESKTOP);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('council members read the meetings but get no grid or import', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.council);
    await page.getByRole('link', { name: 'Tiếp xúc cử tri' }).click();
    await page.getByText('Chỉ xem').waitFor();
    expect(await page.getByRole('button', { name: 'Ghi nhận buổi tiếp xúc' }).count()).toBe(0);
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByTestId('meeting-petitions').waitFor();
    await screenshot(page, 'meetings-council');
    expect(await page.getByTestId('petition-grid').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tải lên và nhập' }).count()).toBe(0);
    await context.close();
  });

  it('the secretariat sees a similar case on the case page and merges the duplicate into it', async () => {
    const kept = (
      await platform.request<Receipt>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({
          title: 'Ổ gà lớn trước số 120 phố Huế',
          description: 'Mặt đường trước số 120 phố Huế có ổ gà rất sâu, xe máy đã ngã hai lần trong tuần này.',
          citizen: { name: 'Nguyễn Văn An', email: 'pho.hue.a@example.com' },
        }),
      )
    ).body;
    const dup = (
      await platform.request<Receipt>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({
          title: 'Pho Hue co o ga lon',
          description: 'Truoc so 120 pho Hue co mot o ga sau, nhieu xe may bi nga trong tuan.',
          citizen: { name: 'Tran Van Binh', email: 'pho.hue.b@example.com' },
        }),
      )
    ).body;
    await waitFor(
      async () => (await detail(dup.id)).status !== 'received' && (await detail(kept.id)).status !== 'received',
      'both cases to be routed',
      40_000,
    );

    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.secretariat);
    await page.goto(`/staff/cases/${dup.id}`);
    const panel = page.getByTestId('similar-panel');
    await panel.getByRole('link', { name: kept.trackingCode }).waitFor();
    await panel.getByRole('button', { name: `Gộp vào… ${kept.trackingCode}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Gộp hồ sơ ${dup.trackingCode} vào hồ sơ khác`).waitFor();
    expect(await dialog.getByRole('textbox', { name: /^Hồ sơ giữ lại/ }).inputValue()).toContain(kept.trackingCode);
    // The reason is required: the dialog says so before anything is sent.
    await dialog.getByRole('button', { name: 'Xác nhận gộp' }).click();
    await dialog.getByText('Hãy nêu lý do (ít nhất 5 ký tự).').waitFor();
    await dialog.getByRole('textbox', { name: /^Lý do gộp/ }).fill('Cùng phản ánh ổ gà trước số 120 phố Huế.');
    await screenshot(page, 'case-merge-dialog');
    await dialog.getByRole('button', { name: 'Xác nhận gộp' }).click();
    await page.getByText(`Đã gộp vào ${kept.trackingCode}.`).waitFor();
    await page.getByTestId('merge-links').getByRole('link', { name: kept.trackingCode }).waitFor();
    expect((await detail(dup.id)).status).toBe('merged');
    expect((await detail(dup.id)).mergedInto?.id).toBe(kept.id);
    expect(await page.getByTestId('similar-panel').count()).toBe(0);
    await screenshot(page, 'case-merged');

    await page.getByTestId('merge-links').getByRole('link', { name: kept.trackingCode }).click();
    await page.getByRole('heading', { name: 'Ổ gà lớn trước số 120 phố Huế' }).waitFor();
    await page.getByTestId('merge-links').getByRole('link', { name: dup.trackingCode }).waitFor();
    expect(await page.getByText(/^Đã gộp vào/).count()).toBe(0);
    await screenshot(page, 'case-merged-survivor');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});

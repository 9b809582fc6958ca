import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { type CaseDetail, makeCaseInput, makePhoto, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import {
  DESKTOP,
  launchChromium,
  newPage,
  PHONE,
  pickOption,
  type PageGlobals,
  problemsOf,
  screenshot,
  signIn,
  tabTo,
  WEB_DIR,
} from './browser';

/** What an `<img>` tells once it has loaded (the test's types have no DOM). */
interface LoadedImage {
  complete: boolean;
  naturalWidth: number;
  naturalHeight: number;
}

describe('the web UI in Chromium', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let secretariat = '';
  let officer = '';
  let photo = '';
  const citizenPhone = '0987 654 321';
  const citizenCase = { code: '', key: '', id: '', pin: '' };

  const detail = async (id: string) => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, secretariat)).body;
  const routedTo = (id: string, agency: string) =>
    waitFor(
      async () => (await detail(id)).agency?.code === agency && (await detail(id)).status === 'routed',
      `case ${id} to reach ${agency}`,
      40_000,
    );
  const detailCodes = async (id: string) => {
    const d = (
      await platform.request<{ category?: { code: string }; area?: { code: string } }>('GET', `/api/v1/cases/${id}`, undefined, secretariat)
    ).body;
    return { category: d.category?.code, area: d.area?.code };
  };
  const fileCase = async (overrides: Record<string, unknown> = {}) =>
    (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(overrides))).body;

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
    secretariat = await platform.login(...USERS.secretariat);
    officer = await platform.login(...USERS.officerSxd);
    photo = path.join(os.tmpdir(), `${platform.queuePrefix}-o-ga.jpg`);
    // A phone's photo, with the place it was taken in its EXIF.
    await writeFile(photo, await makePhoto({ width: 640, height: 480, gps: { lat: 21.0167, lng: 105.8489 } }));
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('a citizen submits a case with a photo on a 360 px phone and gets the tracking code and access key', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl, PHONE);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Gửi phản ánh, kiến nghị tới HĐND' }).waitFor();
    await screenshot(page, 'citizen-submit-360');
    await page.getByRole('textbox', { name: 'Lĩnh vực' }).fill('hu hong mat duong');
    await pickOption(page, /Hư hỏng mặt đường/);
    await page.getByRole('textbox', { name: 'Địa bàn' }).fill('hai ba trung');
    await pickOption(page, /Hai Bà Trưng/);
    await page.getByLabel(/^Tiêu đề/).fill('Ổ gà sâu trước số 45 phố Bà Triệu');
    await page.getByLabel(/^Nội dung/).fill('Ổ gà sâu khoảng 20 cm ngay làn xe máy, đã có người ngã tối qua.');
    await page.locator('input[type=file]').setInputFiles(photo);
    // The server reads where the photo was taken; the citizen takes it as the case's pin.
    await page.getByText('Ảnh có vị trí — dùng vị trí này?').waitFor();
    await page.getByRole('button', { name: 'Dùng vị trí này' }).click();
    await page.getByTestId('photo-location-chosen').waitFor();
    await page.getByLabel(/^Họ và tên/).fill('Trần Thị Bình');
    await page.getByLabel('Số điện thoại').fill(citizenPhone);
    // Silence is not consent: the box starts unticked.
    expect(await page.getByLabel(/Tôi đồng ý cho HĐND xử lý/).isChecked()).toBe(false);
    await page.getByLabel(/Tôi đồng ý cho HĐND xử lý/).check();
    await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();

    await page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    citizenCase.code = (await page.getByTestId('tracking-code').textContent())!;
    citizenCase.key = (await page.getByTestId('access-key').textContent())!;
    expect(citizenCase.code).toMatch(/^HN-\d{4}-\d{6}$/);
    // The receipt shows the case's PIN too, which opens the case with the tracking code.
    citizenCase.pin = (await page.getByTestId('tracking-pin').textContent())!;
    expect(citizenCase.pin).toMatch(/^\d{6}$/);
    expect((await platform.request('GET', `/api/v1/cases/track/${citizenCase.code}?pin=${citizenCase.pin}`)).status).toBe(200);
    expect(await page.getByText('Đã đính kèm 1 tệp.').isVisible()).toBe(true);
    // The photo's thumbnail, made by the server, is shown and named for screen readers.
    const thumbnail = page.getByRole('img', { name: /^Ảnh thu nhỏ của tệp đính kèm .*o-ga\.jpg$/ });
    await thumbnail.waitFor();
    await waitFor(
      async () => (await thumbnail.evaluate((img) => ((i) => i.complete && i.naturalWidth)(img as unknown as LoadedImage))) || undefined,
      'the thumbnail to load',
    );
    expect(await thumbnail.evaluate((img) => ((i) => [i.naturalWidth, i.naturalHeight])(img as unknown as LoadedImage))).toEqual([
      360, 270,
    ]);
    await screenshot(page, 'citizen-receipt-360');
    const [row] = await platform.db.dataSource
      .query(`SELECT id, website IS NULL AS ok FROM cases WHERE tracking_code = $1`, [citizenCase.code])
      .catch(() => platform.db.dataSource.query(`SELECT id FROM cases WHERE tracking_code = $1`, [citizenCase.code]));
    citizenCase.id = row.id;
    expect(await detailCodes(citizenCase.id)).toEqual({ category: 'GIAO-THONG.DUONG-HONG', area: 'HN-HAIBATRUNG' });
    const stored = await platform.db.dataSource.query(`SELECT content_type FROM attachments WHERE case_id = $1`, [citizenCase.id]);
    expect(stored).toEqual([{ content_type: 'image/jpeg' }]);
    const [pin] = await platform.db.dataSource.query(`SELECT lat, lng FROM cases WHERE id = $1`, [citizenCase.id]);
    expect(pin.lat).toBeCloseTo(21.0167, 4);
    expect(pin.lng).toBeCloseTo(105.8489, 4);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('after the agency answers, the citizen reads the answer and, not satisfied, reopens the case', async () => {
    await routedTo(citizenCase.id, 'SXD');
    expect((await platform.request('POST', `/api/v1/cases/${citizenCase.id}/accept`, {}, officer)).status).toBe(200);
    expect(
      (
        await platform.request(
          'POST',
          `/api/v1/cases/${citizenCase.id}/answer`,
          { answer: 'Sở Xây dựng đã vá ổ gà trước số 45 Bà Triệu.' },
          officer,
        )
      ).status,
    ).toBe(200);

    const { context, page } = await newPage(browser, platform.baseUrl, PHONE);
    await page.goto('/track');
    await page.getByLabel(/^Mã hồ sơ/).fill(citizenCase.code);
    await page.getByLabel('Mã truy cập').fill(citizenCase.key);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByTestId('answer').getByText('Sở Xây dựng đã vá ổ gà trước số 45 Bà Triệu.').waitFor();
    expect(await page.getByRole('link', { name: /o-ga\.jpg$/ }).count()).toBe(1);
    await screenshot(page, 'citizen-track-360');
    await page.getByLabel('Ý kiến thêm (không bắt buộc)').fill('Mới vá một nửa, vẫn còn ổ gà.');
    await page.getByRole('button', { name: 'Chưa hài lòng, đề nghị xử lý lại' }).click();
    await page.getByText('Hồ sơ đã được chuyển lại cho cơ quan để xử lý tiếp.').waitFor();
    expect((await detail(citizenCase.id)).status).toBe('reopened');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'citizen-track');
    await context.close();
  });

  it('an operator keys in a call with the keyboard only: earlier cases by phone, similar open cases, Ctrl+Enter', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.operator);
    await page.getByRole('heading', { name: 'Tiếp nhận cuộc gọi' }).waitFor();
    // The phone field has the focus: from here on only the keyboard.
    await page.keyboard.type(citizenPhone);
    await page.getByTestId('earlier-cases').getByText(citizenCase.code).waitFor();
    await tabTo(page, 'Người gọi');
    await page.keyboard.type('Trần Thị Bình');
    await tabTo(page, 'Lĩnh vực');
    await page.keyboard.type('hu hong mat duong');
    await pickOption(page, /Hư hỏng mặt đường/);
    await tabTo(page, 'Địa bàn');
    await page.keyboard.type('hai ba trung');
    await pickOption(page, /Hai Bà Trưng/);
    await tabTo(page, 'Tiêu đề');
    await page.keyboard.type('Ổ gà phố Bà Triệu vẫn chưa vá xong');
    await page.getByTestId('similar-cases').getByText(citizenCase.code).waitFor();
    await tabTo(page, 'Nội dung');
    await page.keyboard.type('Người dân gọi lại: ổ gà trước số 45 Bà Triệu mới vá một nửa.');
    // The operator reads the short notice and ticks what the caller said. On the way from the text: the similar case's
    // "add this caller" button, the map's search, zoom, "my location" and "pin at the centre", the address and the files.
    await tabTo(page, 'Đã đọc thông báo, công dân đồng ý cho xử lý dữ liệu để giải quyết hồ sơ', 20);
    await page.keyboard.press('Space');
    await screenshot(page, 'operator-console');
    await page.keyboard.press('Control+Enter');
    const saved = await page.getByTestId('operator-saved').textContent();
    const code = /HN-\d{4}-\d{6}/.exec(saved ?? '')?.[0];
    expect(code).toBeDefined();
    const [row] = await platform.db.dataSource.query(
      `SELECT channel, citizen_phone, category_id IS NOT NULL AS has_category FROM cases WHERE tracking_code = $1`,
      [code],
    );
    expect(row).toEqual({ channel: 'hotline', citizen_phone: citizenPhone.replace(/ /g, ''), has_category: true });
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement!.type)).toBe('tel');
    await context.close();
  });

  it('an agency officer accepts, extends and answers a case from the inbox', async () => {
    const kase = await fileCase({ title: 'Vỉa hè phố Lò Đúc bị sụt lún' });
    await routedTo(kase.id, 'SXD');
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.officerSxd);
    await page.getByRole('heading', { name: 'Hồ sơ của cơ quan' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: kase.trackingCode });
    await row.getByTestId('deadline-badge').waitFor();
    await screenshot(page, 'agency-inbox');
    await row.getByRole('link', { name: kase.trackingCode }).click();
    await page.getByRole('heading', { name: 'Vỉa hè phố Lò Đúc bị sụt lún' }).waitFor();
    await page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await page.getByText('Đã cập nhật hồ sơ.').waitFor();
    await waitFor(async () => (await detail(kase.id)).status === 'accepted', 'the case to be accepted');

    await page.getByRole('button', { name: 'Gia hạn' }).click();
    await page.getByLabel('Lý do').fill('Cần khảo sát hiện trạng cùng UBND phường.');
    await page.getByRole('button', { name: 'Gia hạn' }).last().click();
    // The history entry, not the text still in the reason field: it shows once the extension is stored.
    await page.getByTestId('history-entry').filter({ hasText: 'Cần khảo sát hiện trạng cùng UBND phường.' }).waitFor();
    expect((await detail(kase.id)).deadlines.some((d) => d.extensions.length === 1)).toBe(true);

    await page.getByRole('button', { name: 'Ghi chú nội bộ' }).click();
    await page.getByLabel('Ghi chú nội bộ').fill('Đã hẹn đội duy tu thứ Năm.');
    await page.getByRole('button', { name: 'Ghi chú nội bộ' }).last().click();
    await page.getByText('Đã hẹn đội duy tu thứ Năm.').waitFor();

    await page.getByRole('button', { name: 'Trả lời' }).click();
    await page.getByLabel('Nội dung trả lời').fill('Sở Xây dựng đã giao đơn vị duy tu sửa vỉa hè trong tuần này.');
    await page.getByRole('button', { name: 'Trả lời' }).last().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Gửi trả lời' }).click();
    await waitFor(async () => (await detail(kase.id)).status === 'answered', 'the case to be answered');
    await page.getByText('Đã trả lời', { exact: true }).first().waitFor();
    await screenshot(page, 'agency-case');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('the secretariat reroutes a returned case from triage and sees an overdue one on the board', async () => {
    const returned = await fileCase({ title: 'Cây đổ chắn ngõ 12 Hàng Bài' });
    await routedTo(returned.id, 'SXD');
    expect(
      (await platform.request('POST', `/api/v1/cases/${returned.id}/return`, { reason: 'Không thuộc thẩm quyền của Sở.' }, officer)).status,
    ).toBe(200);
    const late = await fileCase({ title: 'Nắp cống vỡ phố Huế' });
    await routedTo(late.id, 'SXD');
    await platform.backdateClocks(late.id, 12);

    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.secretariat);
    await page.getByRole('heading', { name: 'Hồ sơ cần phân loại, chuyển xử lý' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: returned.trackingCode });
    await screenshot(page, 'secretariat-triage');
    await row.getByRole('button', { name: 'Chuyển' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Chuyển tới cơ quan' }).fill('ubnd hoan kiem');
    await page.getByRole('option', { name: 'UBND phường Hoàn Kiếm' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/^Lý do chuyển/)
      .fill('Cây đổ trên ngõ thuộc UBND phường xử lý.');
    await page.getByRole('dialog').getByRole('button', { name: 'Chuyển' }).click();
    await page.getByText(new RegExp(`Đã chuyển ${returned.trackingCode}`)).waitFor();
    const rerouted = await detail(returned.id);
    expect(rerouted.status).toBe('routed');
    expect(rerouted.agency?.code).toBe('UBND-HOANKIEM');

    await page.getByRole('link', { name: 'Quá hạn' }).click();
    await page.getByRole('heading', { name: 'Hồ sơ quá hạn theo cơ quan' }).waitFor();
    await page.getByRole('link', { name: late.trackingCode }).first().waitFor();
    expect(await page.getByText(/Quá hạn \d+ ngày làm việc/).count()).toBeGreaterThan(0);
    await screenshot(page, 'secretariat-overdue');

    await page.getByRole('link', { name: 'Tìm hồ sơ' }).click();
    await page.getByLabel('Từ khóa hoặc mã hồ sơ').fill(late.trackingCode);
    await page.keyboard.press('Enter');
    await page
      .getByRole('row')
      .filter({ hasText: late.trackingCode })
      .getByText(/Quá hạn/)
      .waitFor();
    await screenshot(page, 'secretariat-search');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất CSV danh sách này' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    await page.getByRole('link', { name: 'Quản trị' }).click();
    await page.getByRole('tab', { name: 'Cơ quan' }).waitFor();
    await page.getByText('SXD', { exact: true }).waitFor();
    await screenshot(page, 'admin');
    await context.close();
  });

  it('the council dashboard renders its charts with drill-down links', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.council);
    await page.getByRole('heading', { name: 'Tổng hợp kết quả' }).waitFor();
    for (const chart of ['chart-trend', 'chart-agency', 'chart-overdue', 'chart-category']) {
      await page.getByTestId(chart).locator('svg.recharts-surface').first().waitFor();
    }
    expect(await page.getByRole('link', { name: 'Xem hồ sơ' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'council-dashboard');
    await page.getByRole('link', { name: 'Xem hồ sơ' }).first().click();
    await page.waitForURL(/\/staff\/cases\?.*agency=/);
    await context.close();
  });

  it('switches between Vietnamese and English, and remembers the choice', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl, PHONE);
    await page.goto('/public');
    await page.getByRole('heading', { name: 'Công khai kết quả giải quyết' }).waitFor();
    await screenshot(page, 'public-disclosure-360');
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Published results' }).waitFor();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Send feedback or a petition to the People’s Council' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Category' }).count()).toBe(1);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.lang)).toBe('en');
    await screenshot(page, 'citizen-submit-en-360');
    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: 'Gửi phản ánh, kiến nghị tới HĐND' }).waitFor();
    await context.close();
  });
});

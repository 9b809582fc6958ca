import type { Browser } from 'playwright-core';
import { TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, screenshot, signIn, WEB_DIR } from './browser';

interface Reception {
  outcome: string;
  refusalGround: string | null;
  caseTrackingCode: string | null;
}

describe('the walk-in reception register in Chromium', () => {
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

  it('the operator records a refusal and a complaint, reads them in the register with the case’s code', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.operator);
    await page.getByRole('link', { name: 'Tiếp công dân' }).click();
    await page.getByRole('heading', { name: 'Sổ tiếp công dân' }).waitFor();
    await page.getByText('Chưa có lượt tiếp nào trong kỳ.').waitFor();

    // A refusal: the form names the missing identity paper before anything is sent.
    await page.getByRole('button', { name: 'Ghi nhận lượt tiếp' }).click();
    await page.keyboard.type('Trần Văn Bình');
    await page.getByRole('textbox', { name: /^Nội dung vụ việc/ }).fill('Ông Bình đề nghị giải quyết lại vụ việc đất đai đã có kết luận.');
    await page.getByRole('textbox', { name: /^Kết quả tiếp/ }).click();
    await page.getByRole('option', { name: 'Từ chối tiếp' }).click();
    await page.getByRole('textbox', { name: /^Căn cứ từ chối/ }).click();
    await page.getByRole('option', { name: /Điều 9 khoản 3/ }).click();
    await page.getByRole('button', { name: 'Lưu vào sổ' }).click();
    await page.getByText('Hãy nhập số giấy tờ (6–20 chữ và số).').waitFor();
    await page.getByRole('textbox', { name: /^Số giấy tờ/ }).fill('001085012345');
    await page.getByRole('button', { name: 'Lưu vào sổ' }).click();
    await page.getByText('Đã ghi vào sổ, số thứ tự 1.').waitFor();

    // A complaint that becomes a case.
    await page.getByRole('button', { name: 'Ghi nhận lượt tiếp' }).click();
    await page.keyboard.type('Lê Thị Cúc');
    await page.getByRole('textbox', { name: /^Số giấy tờ/ }).fill('001190054321');
    await page.getByRole('textbox', { name: /^Số điện thoại/ }).fill('0903 222 333');
    await page.getByRole('textbox', { name: /^Nội dung vụ việc/ }).fill('Bà Cúc khiếu nại việc chậm sửa mặt đường trước số 45 phố Huế.');
    await page.getByRole('textbox', { name: /^Tiêu đề hồ sơ/ }).fill('Khiếu nại việc chậm sửa mặt đường phố Huế');
    // Silence is not consent: the box starts unticked and the register refuses to save without it.
    await page.getByRole('button', { name: 'Lưu vào sổ' }).click();
    await page.getByText('Hãy đọc thông báo và đánh dấu khi công dân đồng ý.').waitFor();
    await page.getByRole('checkbox', { name: /công dân đồng ý cho xử lý dữ liệu/ }).check();
    await page.getByRole('button', { name: 'Lưu vào sổ' }).click();
    await page.getByText(/Đã ghi vào sổ, số thứ tự 2; hồ sơ HN-\d{4}-\d+ đã được tạo\./).waitFor();

    const rows = page.locator('table tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('Từ chối tiếp: Vụ việc đã giải quyết đúng pháp luật');
    const link = rows.nth(1).getByRole('link', { name: /^HN-\d{4}-\d+$/ });
    const code = (await link.textContent())!;
    const stored = await platform.db.dataSource.query(`SELECT tracking_code FROM cases WHERE channel = 'walk_in'`);
    expect(stored).toEqual([{ tracking_code: code }]);
    await screenshot(page, 'reception-register');
    await link.click();
    await page.waitForURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
    await page.getByText(code).first().waitFor();
    const list = await platform.request<Reception[]>('GET', '/api/v1/receptions', undefined, await platform.login(...USERS.operator));
    expect(list.body.map((r) => [r.outcome, r.refusalGround])).toEqual([
      ['refused', 'already_settled'],
      ['case_created', null],
    ]);
    await context.close();
  });
});

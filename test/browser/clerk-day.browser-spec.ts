import type { Browser } from 'playwright-core';
import { TestPlatform } from '@hotline/testing';
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
});

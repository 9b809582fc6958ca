import type { Browser } from 'playwright-core';
import { makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform } from '../platform';
import { launchChromium, newPage, PHONE, problemsOf, screenshot, WEB_DIR } from './browser';

/**
 * Issue 24 items 6–7 in Chromium at 360 px: a citizen opens "my cases" with a code mailed to them and sees their cases
 * only; on a public case's page a neighbour co-signs and follows it with a confirmed email, and the count goes up.
 */
describe('my cases, follow and "me too" in Chromium', () => {
  let platform: TestPlatform;
  let browser: Browser;
  const email = 'lan.mycases@example.com';
  const submit = async (overrides: Record<string, unknown>) =>
    (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(overrides))).body;
  const codeMailedTo = async (address: string, subject: RegExp, after: number): Promise<string> => {
    const mail = await waitFor(
      () => platform.smtp.messages.slice(after).find((m) => m.to.includes(address) && subject.test(m.subject)),
      `the code mailed to ${address}`,
    );
    return /là: (\d{6})/.exec(mail.text)![1];
  };

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('opens "my cases" from the home page with an emailed code and lists only that person’s cases', async () => {
    const first = await submit({ citizen: { name: 'Vũ Thị Lan', email }, title: 'Đèn đường hỏng ở ngõ 12 Trần Phú' });
    const second = await submit({ citizen: { name: 'Vũ Thị Lan', email }, title: 'Rác thải ùn ứ trước chợ Hàng Da' });
    const other = await submit({ title: 'Cây đổ chắn lối đi công viên Thống Nhất' });

    const { context, page } = await newPage(browser, platform.baseUrl, PHONE);
    await page.goto('/');
    await page.getByTestId('my-cases-link').click();
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    await page.getByText('Thư điện tử', { exact: true }).click();
    await page.getByRole('textbox', { name: /^Thư điện tử/ }).fill(email);
    const before = platform.smtp.messages.length;
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
    await page.getByTestId('my-cases-code-sent').waitFor();
    const code = await codeMailedTo(email, /Mã xác nhận xem hồ sơ/, before);

    await page.getByLabel(/^Mã xác nhận/).fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Xem hồ sơ' }).click();
    await page
      .getByText(/Mã xác nhận không đúng/)
      .first()
      .waitFor();
    await page.getByLabel(/^Mã xác nhận/).fill(code);
    await page.getByRole('button', { name: 'Xem hồ sơ' }).click();
    await page.getByTestId('my-cases-list').waitFor();
    const codes = await page.getByTestId('my-case').locator('.mono').allTextContents();
    expect(codes.sort()).toEqual([first.trackingCode, second.trackingCode].sort());
    expect(await page.getByText(other.trackingCode).count()).toBe(0);
    await screenshot(page, 'my-cases-360');

    await page.getByRole('button', { name: first.trackingCode }).click();
    await page.getByTestId('my-case-view').getByText('Đèn đường hỏng ở ngõ 12 Trần Phú').waitFor();
    await page.getByTestId('my-case-view').getByText('Quá trình xử lý').waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('co-signs and follows a public case from its page with a confirmed email; the count goes up', async () => {
    const kase = await submit({
      public: true,
      consent: { handling: true, publication: true },
      title: 'Ngập nước đường Nguyễn Khoái khi mưa',
    });
    const neighbour = 'hang.xom@example.com';
    const { context, page } = await newPage(browser, platform.baseUrl, PHONE);
    await page.goto(`/track/${kase.trackingCode}`);
    const card = page.getByTestId('support-card');
    await card.getByText('0 người cùng kiến nghị').waitFor();
    await card.getByLabel('Nhận tin khi hồ sơ có trả lời').check();
    await card.getByText('Thư điện tử', { exact: true }).click();
    await card.getByRole('textbox', { name: /^Thư điện tử/ }).fill(neighbour);
    const before = platform.smtp.messages.length;
    await card.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
    const code = await codeMailedTo(neighbour, /theo dõi, đồng tình/, before);
    await card.getByLabel(/^Mã xác nhận/).fill(code);
    await screenshot(page, 'follow-me-too-360');
    await card.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await page.getByTestId('support-done').waitFor();
    await page.getByTestId('co-signers').getByText('1 người cùng kiến nghị').waitFor();
    const followers: { channel: string; recipient: string }[] = await platform.db.dataSource.query(
      `SELECT f.channel, f.recipient FROM case_followers f JOIN cases c ON c.id = f.case_id WHERE c.tracking_code = $1`,
      [kase.trackingCode],
    );
    expect(followers).toEqual([{ channel: 'email', recipient: neighbour }]);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});

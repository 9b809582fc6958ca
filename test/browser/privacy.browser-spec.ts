import type { Browser } from 'playwright-core';
import { makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, PHONE, problemsOf, screenshot, signIn, WEB_DIR } from './browser';

/**
 * A citizen asks to see their data: they prove control of their email with the one-time code, file an access
 * request, the data protection officer carries it out on their desk, and the citizen downloads the export.
 */
describe('a citizen’s personal-data request in Chromium', () => {
  let platform: TestPlatform;
  let browser: Browser;
  const email = 'hoa.browser@example.com';
  let own: Receipt;
  let other: Receipt;

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
    own = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ citizen: { name: 'Phạm Thị Hoa', email } }))).body;
    other = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput())).body;
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('proves control with a code, files an access request, and downloads only their own cases once it is carried out', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl, PHONE);
    await page.goto('/');
    await page.getByText('Xem, sửa, xoá dữ liệu của bạn').click();
    await page.getByRole('heading', { name: 'Yêu cầu về dữ liệu cá nhân của bạn' }).waitFor();
    await page.getByLabel(/^Thư điện tử đã dùng/).fill(email);
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
    await page.getByTestId('privacy-code-sent').waitFor();
    const mail = await waitFor(() => platform.smtp.messages.find((m) => m.to.includes(email) && /Mã xác nhận/.test(m.subject)), 'code');
    const code = /(\d{6})/.exec(mail.text)![1];

    // A wrong code is refused in Vietnamese, next to the field.
    await page.getByLabel(/^Mã xác nhận/).fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page
      .getByText(/Mã xác nhận không đúng/)
      .first()
      .waitFor();

    await page.getByLabel(/^Mã xác nhận/).fill(code);
    await screenshot(page, 'privacy-request-360');
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.getByTestId('privacy-filed').waitFor();
    const link = (await page.getByTestId('privacy-follow').getAttribute('href'))!;
    expect(link).toMatch(/^\/privacy\/requests\/[0-9a-f-]{36}\?key=/);

    // The DPO (admin) carries it out from their desk.
    const dpo = await newPage(browser, platform.baseUrl);
    await signIn(dpo.page, USERS.admin);
    await dpo.page.goto('/staff/privacy');
    const row = dpo.page.getByTestId('dpo-requests').getByRole('row').filter({ hasText: email });
    await row.getByRole('button', { name: 'Thực hiện' }).click();
    await dpo.page.getByTestId('dpo-requests').getByRole('row').filter({ hasText: 'Đã hoàn thành' }).waitFor();
    await dpo.page.getByRole('tab', { name: 'Hồ sơ hoạt động xử lý dữ liệu' }).click();
    await dpo.page
      .getByTestId('processing-record')
      .getByText(/Danh tính người tố cáo/)
      .waitFor();
    await screenshot(dpo.page, 'dpo-processing-record');
    expect(problemsOf(dpo.page)).toEqual([]);
    await dpo.context.close();

    await page.goto(link);
    await page.getByTestId('privacy-status').getByText('Đã hoàn thành').waitFor();
    const href = (await page.getByTestId('privacy-download-json').getAttribute('href'))!;
    const exported = (await (await fetch(`${platform.baseUrl}${href}`)).json()) as { cases: { trackingCode: string }[] };
    expect(exported.cases.map((c) => c.trackingCode)).toEqual([own.trackingCode]);
    expect(JSON.stringify(exported)).not.toContain(other.trackingCode);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});

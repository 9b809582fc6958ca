import type { Browser } from 'playwright-core';
import { type CaseDetail, makeCaseInput, type Receipt, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, problemsOf, screenshot, signIn, WEB_DIR } from './browser';

const TITLE = 'Đèn chiếu sáng ngõ 34 Lò Đúc hỏng';
const DRAFT =
  'Kính gửi bà Trần Thị Bình (điện thoại 0912 345 678): ngày 24/11/2026 Sở Xây dựng đã thay bóng đèn trước nhà số 12 ngõ 34 Lò Đúc ' +
  'theo Điều 5 Thông tư 02/2021/TT-BXD.';

/** The agency head approves a draft answer in the browser, and the secretariat publishes it with the phone number masked. */
describe('approve and publish an answer in the browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let kase: Receipt;

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
    const [admin, officer] = await Promise.all([platform.login(...USERS.admin), platform.login(...USERS.officerSxd)]);
    await platform.request('PUT', '/api/v1/admin/answer-approval', { agencyCode: 'SXD', kind: 'feedback', required: true }, admin);
    kase = (
      await platform.request<Receipt>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({ title: TITLE, public: true, citizen: { name: 'Trần Thị Bình', phone: '0912 345 678', email: 'binh@example.com' } }),
      )
    ).body;
    await platform.waitForCaseStatus(kase.id, 'routed', officer);
    await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, {}, officer);
    const drafted = await platform.request<CaseDetail>('POST', `/api/v1/cases/${kase.id}/answer`, { answer: DRAFT }, officer);
    expect(drafted.body.status).toBe('awaiting_approval');
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('the head approves from the approval queue, the secretariat reviews the masks and publishes, the public reads no phone', async () => {
    // The agency head: the queue, the draft, approve.
    const head = await newPage(browser, platform.baseUrl);
    await signIn(head.page, USERS.head);
    await head.page.getByRole('link', { name: 'Trả lời chờ duyệt' }).click();
    await head.page.getByRole('heading', { name: 'Dự thảo trả lời chờ lãnh đạo duyệt' }).waitFor();
    await head.page.getByText(TITLE).waitFor();
    await head.page.getByRole('button', { name: 'Xem và duyệt' }).click();
    await head.page.getByTestId('case-draft').getByText('Sở Xây dựng đã thay bóng đèn', { exact: false }).waitFor();
    await screenshot(head.page, 'answer-approval-head-draft');
    await head.page.getByRole('button', { name: 'Duyệt trả lời' }).click();
    const form = head.page.locator('form');
    await form.getByText('Có thể sửa nội dung trước khi duyệt', { exact: false }).waitFor();
    await form.getByRole('button', { name: 'Duyệt trả lời' }).click();
    await head.page.getByRole('status').getByText('Đã cập nhật hồ sơ.').waitFor();
    await head.page.getByTestId('case-answer').waitFor();
    expect(await head.page.getByText('Đã trả lời', { exact: true }).first().isVisible()).toBe(true);
    expect(problemsOf(head.page)).toEqual([]);
    await head.context.close();

    // The secretariat: the review, every proposed mask kept, publish.
    const sec = await newPage(browser, platform.baseUrl);
    await signIn(sec.page, USERS.secretariat);
    await sec.page.goto(`/staff/cases/${kase.id}`);
    await sec.page.getByRole('button', { name: 'Che thông tin và công khai' }).click();
    await sec.page.getByRole('heading', { name: 'Che thông tin cá nhân trước khi công khai' }).waitFor();
    const answerCard = sec.page.getByTestId('redaction-answer');
    await answerCard.getByLabel('Số điện thoại: 0912 345 678').waitFor();
    await answerCard.getByLabel('Họ tên người gửi: Trần Thị Bình').waitFor();
    await answerCard.getByLabel('Số nhà, ngõ, ngách: nhà số 12 ngõ 34').waitFor();
    const toPublish = answerCard.getByLabel('Nội dung công khai');
    expect(await toPublish.inputValue()).toContain('[số điện thoại]');
    expect(await toPublish.inputValue()).not.toContain('0912');
    await screenshot(sec.page, 'answer-approval-redaction-review');
    await sec.page.getByRole('button', { name: 'Công khai', exact: true }).click();
    await sec.page.getByRole('status').getByText('Đã công khai hồ sơ.').waitFor();
    expect(problemsOf(sec.page)).toEqual([]);
    await sec.context.close();

    // The public page.
    const pub = await newPage(browser, platform.baseUrl);
    await pub.page.goto('/public');
    const card = pub.page.locator('.mantine-Card-root', { hasText: kase.trackingCode });
    await card.waitFor();
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('[số điện thoại]');
    expect(text.replace(/\D/g, '')).not.toContain('912345678');
    expect(text).not.toContain('Trần Thị Bình');
    await screenshot(pub.page, 'answer-approval-public-page');
    await pub.context.close();
  });
});

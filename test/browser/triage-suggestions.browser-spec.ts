import type { Browser } from 'playwright-core';
import { type CaseDetail, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, problemsOf, screenshot, WEB_DIR, signIn } from './browser';

/** No routing rule matches this category: its cases wait in triage. */
const TRIAGE_CATEGORY = 'HANH-CHINH.THU-TUC';

const HISTORY = [
  { agency: 'SNNMT', texts: ['Chậm cấp sổ đỏ', 'Giấy chứng nhận quyền sử dụng đất chưa được cấp', 'Hồ sơ cấp sổ đỏ bị trả lại'] },
  { agency: 'URENCO-HN', texts: ['Rác thải tồn đọng đầu ngõ', 'Xe thu gom rác không đến', 'Bãi rác tự phát bốc mùi'] },
  { agency: 'NUOCSACH-HN', texts: ['Mất nước sinh hoạt ba ngày', 'Nước máy có mùi lạ', 'Vỡ đường ống nước sạch'] },
];

/** The secretariat accepts a learned suggestion in the triage list, in Chromium. */
describe('triage with learned suggestions in Chromium', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let secretariat = '';

  const submitToTriage = async (title: string, description: string) => {
    const { body } = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ title, description, categoryCode: TRIAGE_CATEGORY }),
    );
    await platform.waitForCaseStatus(body.id, 'triage', secretariat);
    return body;
  };

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
    secretariat = await platform.login(...USERS.secretariat);
    for (const { agency, texts } of HISTORY) {
      for (const text of texts) {
        const { id } = await submitToTriage(text, `${text}, đề nghị cơ quan chức năng xem xét giải quyết.`);
        expect((await platform.request('POST', `/api/v1/cases/${id}/route`, { agencyCode: agency }, secretariat)).status).toBe(200);
      }
    }
    await waitFor(async () => {
      const [row] = await platform.db.dataSource.query(
        `SELECT (SELECT watermark_event_id FROM learning_model_versions WHERE kind = 'routing' ORDER BY id DESC LIMIT 1) =
                (SELECT max(id) FROM case_events WHERE type = 'routed') AS learnt`,
      );
      return row.learnt === true;
    }, 'the worker to learn the history');
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('shows the suggested agencies with why, and one click routes the case to the first', async () => {
    const kase = await submitToTriage('Cham cap so do', 'Gia dinh toi nop ho so cap so do da sau thang chua duoc giai quyet.');
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.secretariat);
    const suggestionRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/routing-suggestions')) suggestionRequests.push(request.url());
    });
    await page.goto('/staff/triage');
    const accept = page.getByRole('button', { name: /^Chấp nhận gợi ý: Sở Nông nghiệp và Môi trường \(\d+%\)$/ });
    await accept.waitFor();
    await page
      .getByText(/^Vì: .*“so”/)
      .first()
      .waitFor();
    // The page's suggestions come in one request for all its rows (it was one request per row).
    expect(suggestionRequests).toEqual([expect.stringContaining('/api/v1/routing-suggestions?caseIds=')]);
    await screenshot(page, 'triage-suggestions');

    await accept.click();
    await page.getByRole('status').getByText(`Đã chuyển ${kase.trackingCode} tới Sở Nông nghiệp và Môi trường.`).waitFor();
    const routed = await platform.request<CaseDetail>('GET', `/api/v1/cases/${kase.id}`, undefined, secretariat);
    expect(routed.body.status).toBe('routed');
    expect(routed.body.agency?.code).toBe('SNNMT');
    expect(routed.body.events.at(-1)?.note).toMatch(/^Chuyển theo gợi ý của hệ thống \(độ tin cậy \d+%\)$/);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});

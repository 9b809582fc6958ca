import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { makeCaseInput, makeSessionInput, type Receipt, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, PHONE, screenshot, signIn, WEB_DIR } from './browser';

/** One axe finding as printed: the rule, its impact, what to fix and where. */
interface Finding {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/** Runs axe-core (injected from the npm package) on what the page shows now; keeps the serious and critical violations. */
async function axeViolations(page: Page, name: string): Promise<Finding[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // Evaluated through the DevTools protocol: the page's Content Security Policy (script-src 'self') refuses an inline script tag.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(
      (globalThis as unknown as { document: unknown }).document,
      { resultTypes: ['violations'] },
    ),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: name,
      rule: v.id,
      impact: v.impact!,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }));
}

/**
 * Every page of every role, at a desktop's and a phone's width, has no serious or critical axe-core violation: every
 * control labelled, every icon button named, text in contrast. Each page is also photographed for review
 * (`a11y-<role>-<page>-<width>.png`).
 */
describe('accessibility of every page in Chromium (axe-core)', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let routed: Receipt;
  let triage: Receipt;
  let meetingId = '';

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
    const secretariat = await platform.login(...USERS.secretariat);
    const operator = await platform.login(...USERS.operator);
    routed = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title: 'Đèn đường ngõ 5 Lò Đúc không sáng' }))).body;
    triage = (
      await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title: 'Cây xanh đổ chắn lối đi', categoryCode: undefined }))
    ).body;
    await platform.waitForCaseStatus(routed.id, 'routed', secretariat);
    await platform.waitForCaseStatus(triage.id, 'triage', secretariat);
    expect((await platform.request('POST', '/api/v1/council/sessions', makeSessionInput(), secretariat)).status).toBe(201);
    const meeting = await platform.request<{ id: string }>(
      'POST',
      '/api/v1/voter-meetings',
      { heldOn: '2026-11-10', place: 'Nhà văn hóa tổ 5', areaCode: 'HN-HAIBATRUNG', membersPresent: ['Trần Thị Bình'] },
      operator,
    );
    expect(meeting.status).toBe(201);
    meetingId = meeting.body.id;
  });
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  /** [name, path, then: what a person does on the page before it is checked, e.g. opening a tab] */
  type Visit = [string, string, ((page: Page) => Promise<void>)?];
  const tab = (name: string) => async (page: Page) => {
    await page.getByRole('tab', { name }).click();
    await page.getByRole('tabpanel', { name }).waitFor();
  };

  const walks = (): [string, readonly [string, string] | null, Visit[]][] => [
    [
      'citizen',
      null,
      [
        ['submit', '/'],
        ['track-form', '/track'],
        ['track', `/track/${routed.trackingCode}?key=${routed.accessKey}`],
        ['public', '/public'],
        ['my-cases', '/my-cases'],
        ['login', '/login'],
        [
          'receipt',
          '/',
          async (page) => {
            await page.evaluate(
              (r) => (globalThis as unknown as { sessionStorage: Storage }).sessionStorage.setItem('hotline.receipt', r),
              JSON.stringify({ code: routed.trackingCode, key: routed.accessKey, files: 0 }),
            );
            await page.goto(`/submitted/${routed.trackingCode}`);
            await page.getByTestId('access-key').waitFor();
          },
        ],
      ],
    ],
    [
      'operator',
      USERS.operator,
      [
        ['console', '/staff/operator'],
        ['meetings', '/staff/meetings'],
        ['meeting', `/staff/meetings/${meetingId}`],
        ['profile', '/staff/profile'],
      ],
    ],
    [
      'officer',
      USERS.officerSxd,
      [
        ['inbox', '/staff/cases'],
        ['case', `/staff/cases/${routed.id}`],
        ['overdue', '/staff/overdue'],
      ],
    ],
    [
      'secretariat',
      USERS.secretariat,
      [
        ['triage', '/staff/triage'],
        ['triage-case', `/staff/cases/${triage.id}`],
        ['overdue', '/staff/overdue'],
        ['cases', '/staff/cases'],
        ['dashboard', '/staff/dashboard'],
        ['meetings', '/staff/meetings'],
      ],
    ],
    [
      'admin',
      USERS.admin,
      [
        ['agencies', '/staff/admin'],
        ['areas', '/staff/admin', tab('Địa bàn')],
        ['categories', '/staff/admin', tab('Lĩnh vực')],
        ['routing', '/staff/admin', tab('Quy tắc chuyển')],
        ['deadlines', '/staff/admin', tab('Quy tắc thời hạn')],
        ['calendar', '/staff/admin', tab('Lịch nghỉ, làm bù')],
        ['users', '/staff/admin', tab('Người dùng')],
      ],
    ],
    ['council', USERS.council, [['dashboard', '/staff/dashboard']]],
  ];

  it.each([
    ['1366', { width: 1366, height: 900 }],
    ['360', PHONE],
  ] as const)(
    'has no serious or critical violation on any page at %s px',
    async (width, viewport) => {
      const findings: Finding[] = [];
      for (const [role, user, visits] of walks()) {
        const { context, page } = await newPage(browser, platform.baseUrl, viewport);
        if (user) await signIn(page, user);
        for (const [name, path, then] of visits) {
          await page.goto(path);
          await page.locator('main').waitFor();
          if (then) await then(page);
          findings.push(...(await axeViolations(page, `${role} ${name} ${width}`)));
          await screenshot(page, `a11y-${role}-${name}-${width}`);
        }
        await context.close();
      }
      if (findings.length)
        console.log(findings.map((f) => `${f.page}: [${f.impact}] ${f.rule} — ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n'));
      expect(findings.map((f) => `${f.page}: ${f.rule}`)).toEqual([]);
    },
    300_000,
  );
});

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { makeCaseInput, type Receipt, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, PHONE, signIn, WEB_DIR } from './browser';

/** The screenshots a person looks at (test-artifacts/screens/README.md says what was checked on each). */
const SCREENS = path.resolve(__dirname, '../../test-artifacts/screens');
const DESKTOP_WIDE = { width: 1366, height: 900 };

/** What the check below reads in the browser (the tests compile without the DOM library). */
interface El {
  scrollWidth: number;
  clientWidth: number;
  tagName: string;
  className: unknown;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { right: number; width: number };
}
interface Dom {
  document: { querySelectorAll(selector: string): ArrayLike<El>; documentElement: { scrollWidth: number } };
  getComputedStyle(el: El): { overflowX: string; display: string; visibility: string };
  innerWidth: number;
}

/**
 * What scrolls sideways on the page now: the document itself when it is wider than the window, and every element
 * whose content is wider than its box and that lets it scroll (overflow-x auto or scroll). Named by tag, test id,
 * label or class, for the failure message.
 */
async function sidewaysScrolling(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  return page.evaluate(() => {
    const w = globalThis as unknown as Dom;
    const found: string[] = [];
    if (w.document.documentElement.scrollWidth > w.innerWidth + 0.5)
      found.push(`the document (${w.document.documentElement.scrollWidth} px wide)`);
    for (const el of Array.from(w.document.querySelectorAll('body *'))) {
      const style = w.getComputedStyle(el);
      if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') continue;
      if (style.display === 'none' || style.visibility === 'hidden' || el.clientWidth === 0) continue;
      if (el.scrollWidth <= el.clientWidth + 1) continue;
      const name =
        el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? (typeof el.className === 'string' ? el.className : '');
      found.push(`${el.tagName.toLowerCase()} "${name}" (${el.scrollWidth} px in ${el.clientWidth})`);
    }
    return found;
  });
}

/**
 * The lines of table cells and list cards that start with a lower-case word (a label meant to sit inside a sentence
 * put at the start of a cell: "mọi", "trả lời, giải quyết"); e-mail addresses and codes are data and may.
 */
async function lowerCaseStarts(page: Page): Promise<string[]> {
  const lines = await page.evaluate(() =>
    Array.from((globalThis as unknown as Dom).document.querySelectorAll('main td, main th, main [data-testid="case-card"]')).flatMap((el) =>
      (el as unknown as { innerText: string }).innerText.split('\n'),
    ),
  );
  return [...new Set(lines.map((l) => l.trim()).filter((l) => /^\p{Ll}/u.test(l) && !/[@/_]|^[a-z0-9.-]+$/.test(l)))];
}

/** The inputs whose text (their value, else their placeholder) is wider than the room in them: cut off. */
async function cutInputs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface Input {
      placeholder: string;
      value: string;
      type: string;
      clientWidth: number;
      offsetParent: unknown;
    }
    const g = globalThis as unknown as {
      document: {
        querySelectorAll(s: string): ArrayLike<Input>;
        createElement(tag: 'canvas'): { getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } } };
      };
      getComputedStyle(el: Input): { font: string; paddingLeft: string; paddingRight: string };
    };
    const ctx = g.document.createElement('canvas').getContext('2d');
    return Array.from(
      g.document.querySelectorAll('main input:not([type=checkbox]):not([type=radio]):not([type=file]):not([aria-hidden=true])'),
    )
      .filter((el) => (el.value || el.placeholder) && el.type !== 'hidden' && el.offsetParent !== null && el.clientWidth > 0)
      .filter((el) => {
        const style = g.getComputedStyle(el);
        ctx.font = style.font;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return ctx.measureText(el.value || el.placeholder).width > room + 1;
      })
      .map((el) => el.value || el.placeholder);
  });
}

/** The buttons whose words are cut (wider than the button's label box). */
async function cutButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from((globalThis as unknown as Dom).document.querySelectorAll('.mantine-Button-label'))
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => (el as unknown as { textContent: string }).textContent),
  );
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

/**
 * Each role's pages in Chromium at a phone's 360 px and a desktop's 1366 px: at 360 px no page scrolls sideways and
 * no element in it does (lists are cards, not tables); each page is photographed at both widths into
 * test-artifacts/screens/<role>-<page>-<width>.png for a person to look at.
 */
describe('every page of every role at 360 px and 1366 px (screens)', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let routed: Receipt;
  let triage: Receipt;
  let meetingId = '';

  beforeAll(async () => {
    await mkdir(SCREENS, { recursive: true });
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
    const secretariat = await platform.login(...USERS.secretariat);
    const operator = await platform.login(...USERS.operator);
    const officer = await platform.login(...USERS.officerSxd);
    routed = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title: 'Đèn đường ngõ 5 Lò Đúc không sáng' }))).body;
    triage = (
      await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ title: 'Cây xanh đổ chắn lối đi', categoryCode: undefined }))
    ).body;
    await platform.waitForCaseStatus(routed.id, 'routed', secretariat);
    await platform.waitForCaseStatus(triage.id, 'triage', secretariat);
    expect((await platform.request('POST', `/api/v1/cases/${routed.id}/accept`, {}, officer)).status).toBe(200);
    // Overdue by 12 days: the overdue board has a row to show.
    await platform.backdateClocks(routed.id, 12);
    const meeting = await platform.request<{ id: string }>(
      'POST',
      '/api/v1/voter-meetings',
      { heldOn: '2026-11-10', place: 'Nhà văn hóa tổ 5', areaCode: 'HN-HAIBATRUNG', membersPresent: ['Trần Thị Bình'] },
      operator,
    );
    expect(meeting.status).toBe(201);
    meetingId = meeting.body.id;
  }, 120_000);
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
  const adminTabs: Visit[] = [
    ['admin-agencies', '/staff/admin'],
    ['admin-areas', '/staff/admin', tab('Địa bàn')],
    ['admin-categories', '/staff/admin', tab('Lĩnh vực')],
    ['admin-routing', '/staff/admin', tab('Quy tắc chuyển')],
    ['admin-deadlines', '/staff/admin', tab('Quy tắc thời hạn')],
    ['admin-calendar', '/staff/admin', tab('Lịch nghỉ, làm bù')],
    ['admin-users', '/staff/admin', tab('Người dùng')],
    ['admin-templates', '/staff/admin', tab('Mẫu trả lời')],
    ['admin-learning', '/staff/admin', tab('Gợi ý chuyển xử lý')],
  ];
  const walks = (): [string, readonly [string, string] | null, Visit[]][] => [
    [
      'citizen',
      null,
      [
        ['submit', '/'],
        ['track', `/track/${routed.trackingCode}?key=${encodeURIComponent(routed.accessKey)}`],
        ['public', '/public'],
        ['privacy', '/privacy'],
        ['login', '/login'],
      ],
    ],
    [
      'operator',
      USERS.operator,
      [
        ['console', '/staff/operator'],
        ['receptions', '/staff/receptions'],
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
        ['dashboard', '/staff/dashboard'],
      ],
    ],
    ['head', USERS.head, [['approvals', '/staff/approvals']]],
    [
      'secretariat',
      USERS.secretariat,
      [
        ['triage', '/staff/triage'],
        ['triage-case', `/staff/cases/${triage.id}`],
        ['cases', '/staff/cases'],
        ['overdue', '/staff/overdue'],
        ['dashboard', '/staff/dashboard'],
        ['meetings', '/staff/meetings'],
        ['receptions', '/staff/receptions'],
      ],
    ],
    ['council', USERS.council, [['dashboard', '/staff/dashboard']]],
    ['admin', USERS.admin, [...adminTabs, ['privacy', '/staff/privacy']]],
  ];

  it('loads the staff pages and the dashboard’s charts only on a staff page: a citizen downloads neither', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl, PHONE);
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(path.basename(new URL(r.url()).pathname));
    });
    for (const where of ['/', `/track/${routed.trackingCode}?key=${encodeURIComponent(routed.accessKey)}`, '/public']) {
      await page.goto(where);
      await page.locator('main h2, main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    const lazyChunk = /^(staff|DashboardPage|AdminPage)-/;
    expect(scripts.filter((s) => lazyChunk.test(s))).toEqual([]);
    await signIn(page, USERS.council);
    await page.getByRole('heading', { name: 'Tổng hợp kết quả' }).waitFor();
    expect(
      scripts
        .filter((s) => lazyChunk.test(s))
        .map((s) => s.split('-')[0])
        .sort(),
    ).toEqual(['DashboardPage', 'staff']);
    await context.close();
  });

  it.each([
    ['360', PHONE],
    ['1366', DESKTOP_WIDE],
  ] as const)(
    'at %s px no page scrolls sideways nor any element in it (lists are cards on a phone), no cell starts in lower case, no placeholder nor button is cut off, and each page is photographed',
    async (width, viewport) => {
      const sideways: Record<string, string[]> = {};
      const lowerCase: Record<string, string[]> = {};
      const cut: Record<string, string[]> = {};
      const trendLabels: Record<string, string> = {};
      for (const [role, user, visits] of walks()) {
        const { context, page } = await newPage(browser, platform.baseUrl, viewport);
        if (user) await signIn(page, user);
        for (const [name, where, then] of visits) {
          await page.goto(where);
          await page.locator('main').waitFor();
          if (then) await then(page);
          const found = await sidewaysScrolling(page);
          if (found.length) sideways[`${role} ${name}`] = found;
          const lower = await lowerCaseStarts(page);
          if (lower.length) lowerCase[`${role} ${name}`] = lower;
          const cutOff = [...(await cutInputs(page)), ...(await cutButtons(page))];
          if (cutOff.length) cut[`${role} ${name}`] = cutOff;
          // The dashboard's trend labels every month of the period, on a phone too.
          const trend = page.getByTestId('chart-trend');
          if (await trend.count()) {
            const months = Number(await trend.getAttribute('data-months'));
            const ticks = await trend.locator('.recharts-xAxis .recharts-cartesian-axis-tick-value').count();
            if (ticks !== months) trendLabels[`${role} ${name}`] = `${ticks} labels for ${months} months`;
          }
          await shoot(page, `${role}-${name}-${width}`);
        }
        await context.close();
      }
      expect({ sideways, lowerCase, cut, trendLabels }).toEqual({ sideways: {}, lowerCase: {}, cut: {}, trendLabels: {} });
    },
    300_000,
  );
});

import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const WEB_DIR = path.resolve(__dirname, '../../dist/web');
export const SCREENSHOTS = path.resolve(__dirname, '../../test-artifacts/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What the page.evaluate callbacks below read in the browser; the tests compile without the DOM library. */
export interface PageGlobals {
  document: {
    activeElement: { id: string; type: string; value: string; getAttribute(name: string): string | null } | null;
    querySelector(selector: string): { textContent: string | null } | null;
    documentElement: { lang: string };
  };
}

export const PHONE = { width: 360, height: 760 };
export const DESKTOP = { width: 1280, height: 900 };

/** Debian's Chromium, headless, with nothing reaching out to the network on its own. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error(`No web build in ${WEB_DIR}: run npm run build:web first`);
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) problems.push(m.text());
  });
  (page as Page & { problems: string[] }).problems = problems;
  return { context, page };
}

export const problemsOf = (page: Page): string[] => (page as Page & { problems: string[] }).problems;

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs in through the login page, as a person does. */
export async function signIn(page: Page, [email, password]: readonly [string, string]): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/staff\//);
}

/** Presses Tab until the focused field is the one with this label (at most `max` presses): the keyboard path a person takes. */
export async function tabTo(page: Page, label: string, max = 6): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = (globalThis as unknown as PageGlobals).document.activeElement;
      if (!el) return '';
      const byFor = el.id ? (globalThis as unknown as PageGlobals).document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (byFor ?? el.getAttribute('aria-label') ?? '').replace(/\s*\*\s*$/, '').trim();
    });
    if (focused === label) return;
  }
  throw new Error(`Tab never reached the field "${label}"`);
}

/**
 * With the combobox open after typing, the keyboard way to take the first match: ArrowDown highlights it, Enter
 * takes it; then the field shows its label. Each key waits for the page to have drawn what the last one did (two
 * animation frames): in full `npm test` runs, with the API and worker busy in the test's own process, a key sent
 * before React had filtered the list for the last typed letter was now and then lost.
 */
export async function pickOption(page: Page, name: RegExp): Promise<void> {
  const settled = () => drawn(page);
  await page.getByRole('option', { name }).first().waitFor();
  await settled();
  await page.keyboard.press('ArrowDown');
  const highlighted = page.locator('[role=option][data-combobox-selected]').filter({ hasText: name });
  await highlighted.waitFor();
  const label = (await highlighted.textContent())!.trim();
  await settled();
  await page.keyboard.press('Enter');
  await page.waitForFunction((text) => (globalThis as unknown as PageGlobals).document.activeElement?.value === text, label, {
    timeout: 15_000,
  });
}

/** Resolves once the page has drawn two animation frames: what React rendered last is laid out. */
export function drawn(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const g = globalThis as unknown as { requestAnimationFrame(cb: () => void): void };
        g.requestAnimationFrame(() => g.requestAnimationFrame(() => resolve()));
      }),
  );
}

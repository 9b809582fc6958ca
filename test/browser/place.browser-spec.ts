import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { DESKTOP, launchChromium, newPage, PHONE, problemsOf, screenshot, signIn, WEB_DIR } from './browser';

/** Clicks the middle of an area's shape on the map, as a person taps it (the demo shapes are convex). */
async function tapArea(page: Page, code: string): Promise<void> {
  const shape = page.locator(`[data-testid=location-map] path.area-${code}`);
  await shape.waitFor();
  await shape.scrollIntoViewIfNeeded();
  const box = (await shape.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('place: a pin on the map in Chromium', () => {
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

  it('a citizen on a 360 px phone drops a pin, sees its ward chosen, submits, and the tracking page names the ward', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl, PHONE);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Gửi phản ánh, kiến nghị tới HĐND' }).waitFor();
    // No tile source is configured: the map draws the wards alone, and says they are approximate.
    await page.getByRole('application', { name: 'Bản đồ chọn vị trí sự việc' }).waitFor();
    await page.getByText('Ranh giới phường, xã trên bản đồ là gần đúng, chỉ để tham khảo.').waitFor();
    await page.getByLabel(/^Tiêu đề/).fill('Cống thoát nước bị tắc gây ngập');
    await page.getByLabel(/^Nội dung/).fill('Cống thoát nước đầu ngõ bị tắc, mưa nhỏ cũng ngập đến đầu gối.');

    await tapArea(page, 'HN-LONGBIEN');
    await page
      .getByTestId('location-status')
      .getByText(/thuộc Phường Long Biên/)
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Địa bàn' }).inputValue()).toBe('Phường Long Biên');
    // A tap elsewhere moves the pin, and the ward with it.
    await tapArea(page, 'HN-GIALAM');
    await page
      .getByTestId('location-status')
      .getByText(/thuộc Xã Gia Lâm/)
      .waitFor();
    expect(await page.locator('[data-testid=location-map] path.location-pin').count()).toBe(1);
    await screenshot(page, 'place-citizen-pin-360');

    await page.getByLabel(/^Họ và tên/).fill('Lê Thị Hoa');
    await page.getByLabel('Số điện thoại').fill('0912 222 333');
    await page.getByLabel(/Tôi đồng ý cho HĐND xử lý/).check();
    await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    await page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    const code = (await page.getByTestId('tracking-code').textContent())!;
    const key = (await page.getByTestId('access-key').textContent())!;
    const [row] = await platform.db.dataSource.query(
      `SELECT a.code, c.lat, c.lng FROM cases c JOIN areas a ON a.id = c.area_id WHERE c.tracking_code = $1`,
      [code],
    );
    expect(row.code).toBe('HN-GIALAM');
    expect([row.lat, row.lng]).toEqual([expect.any(Number), expect.any(Number)]);

    await page.goto(`/track/${code}?key=${key}`);
    await page
      .getByText(/Xã Gia Lâm/)
      .first()
      .waitFor();
    await screenshot(page, 'place-citizen-track-360');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('an operator finds a ward by name, drops the pin there from the keyboard, saves, and the case page names the ward', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl, DESKTOP);
    await signIn(page, USERS.operator);
    await page.goto('/staff/operator');
    await page.getByRole('application', { name: 'Bản đồ chọn vị trí sự việc' }).waitFor();
    await page.getByLabel(/^Tiêu đề/).fill('Đèn đường hỏng cả dãy phố');
    await page.getByLabel(/^Nội dung/).fill('Cả dãy đèn đường không sáng từ ba hôm nay, buổi tối rất tối.');
    const search = page.getByRole('textbox', { name: 'Tìm phường, xã trên bản đồ' });
    await search.fill('cau giay');
    await page.getByRole('option', { name: 'Phường Cầu Giấy' }).click();
    await page
      .getByTestId('location-status')
      .getByText(/thuộc Phường Cầu Giấy/)
      .waitFor();
    // From the keyboard: focus the map, pan a little with the arrows, drop the pin at the centre.
    await page.getByRole('application', { name: 'Bản đồ chọn vị trí sự việc' }).focus();
    await page.keyboard.press('ArrowUp');
    await page.getByRole('button', { name: 'Đặt ghim ở giữa bản đồ' }).click();
    await page
      .getByTestId('location-status')
      .getByText(/thuộc Phường Cầu Giấy/)
      .waitFor();
    await page.getByLabel(/công dân đồng ý cho xử lý dữ liệu/).check();
    await page.getByRole('button', { name: /^Lưu hồ sơ/ }).click();
    const saved = page.getByTestId('operator-saved');
    await saved.waitFor();
    const code = /HN-\d{4}-\d{6}/.exec((await saved.textContent())!)![0];
    const [row] = await platform.db.dataSource.query(
      `SELECT c.id, a.code FROM cases c JOIN areas a ON a.id = c.area_id WHERE c.tracking_code = $1`,
      [code],
    );
    expect(row.code).toBe('HN-CAUGIAY');
    await page.goto(`/staff/cases/${row.id}`);
    await page
      .getByText(/Phường Cầu Giấy/)
      .first()
      .waitFor();
    await screenshot(page, 'place-operator-case');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('an administrator uploads a GeoJSON file: a bad feature is named in Vietnamese and nothing changes, then a good file is imported', async () => {
    const square = (lng: number, lat: number, size: number) => [
      [
        [lng, lat],
        [lng + size, lat],
        [lng + size, lat + size],
        [lng, lat + size],
        [lng, lat],
      ],
    ];
    const file = (name: string, features: unknown[]) => {
      const at = path.join(os.tmpdir(), `${platform.queuePrefix}-${name}.geojson`);
      return writeFile(at, JSON.stringify({ type: 'FeatureCollection', features })).then(() => at);
    };
    const feature = (code: string, coordinates: unknown) => ({
      type: 'Feature',
      properties: { code },
      geometry: { type: 'Polygon', coordinates },
    });
    const bad = await file('bad', [feature('HN-BAVI', square(105.35, 21.1, 0.05)), feature('HN-SOCSON', square(106.5, 21.2, 0.05))]);
    const good = await file('good', [feature('HN-BAVI', square(105.35, 21.1, 0.05))]);

    const { context, page } = await newPage(browser, platform.baseUrl, DESKTOP);
    await signIn(page, USERS.admin);
    await page.goto('/staff/admin');
    await page.getByRole('tab', { name: 'Địa bàn' }).click();
    const upload = page.getByTestId('boundary-import');
    await upload.getByText('Nhập ranh giới địa bàn (GeoJSON)').waitFor();
    expect(await page.getByTestId('row-HN-BAVI').getByText('Gần đúng').count()).toBe(1);

    await upload.locator('input[type=file]').setInputFiles(bad);
    await upload.getByRole('button', { name: 'Nhập ranh giới' }).click();
    await upload.getByRole('alert').getByText('features[1].geometry').waitFor();
    await upload.getByText(/Ranh giới nằm ra ngoài ranh giới của địa bàn cấp trên/).waitFor();
    expect(await page.getByTestId('row-HN-BAVI').getByText('Gần đúng').count()).toBe(1);
    await screenshot(page, 'place-admin-import-refused');

    await upload.locator('input[type=file]').setInputFiles(good);
    await upload.getByRole('button', { name: 'Nhập ranh giới' }).click();
    await upload.getByText('Đã cập nhật ranh giới của 1 địa bàn: HN-BAVI.').waitFor();
    await page.getByTestId('row-HN-BAVI').getByText('Đã nhập').waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});

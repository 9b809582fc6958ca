import type { Browser } from 'playwright-core';
import { type HotspotCollectionDto } from '@hotline/reporting';
import { makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';
import { launchChromium, newPage, problemsOf, screenshot, signIn, WEB_DIR } from './browser';

/** Spots in two wards; the last is used by non-public cases only, which the public map must not draw. */
const SPOTS = [
  { lat: 21.0285, lng: 105.8542, n: 6 },
  { lat: 21.0301, lng: 105.8555, n: 3 },
  { lat: 21.0125, lng: 105.8492, n: 4 },
  { lat: 21.0452, lng: 105.8101, n: 1 },
];
const SECRET = { lat: 21.0702, lng: 105.7801 };

const square = (lng: number, lat: number, d: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng - d, lat - d],
      [lng + d, lat - d],
      [lng + d, lat + d],
      [lng - d, lat + d],
      [lng - d, lat - d],
    ],
  ],
});

describe('the hotspot map in Chromium (council dashboard and public page)', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let total = 0;

  beforeAll(async () => {
    platform = await newPlatform().start({ env: { WEB_DIR } });
    browser = await launchChromium();
    const ds = platform.db.dataSource;
    const areas: { id: string; code: string }[] = await ds.query(
      `SELECT id, code FROM areas WHERE parent_id IS NOT NULL ORDER BY code LIMIT 2`,
    );
    await ds.query(`UPDATE areas SET boundary = $2, boundary_approximate = true WHERE id = $1`, [
      areas[0].id,
      square(105.85, 21.03, 0.025),
    ]);
    await ds.query(`UPDATE areas SET boundary = $2, boundary_approximate = true WHERE id = $1`, [
      areas[1].id,
      square(105.805, 21.05, 0.025),
    ]);
    for (const [i, spot] of SPOTS.entries()) {
      for (let k = 0; k < spot.n; k++) {
        const res = await platform.request(
          'POST',
          '/api/v1/cases',
          makeCaseInput({ public: true, areaCode: areas[i === 3 ? 1 : 0].code, location: { lat: spot.lat, lng: spot.lng } }),
        );
        expect(res.status).toBe(201);
        total++;
      }
    }
    for (let k = 0; k < 4; k++) {
      const res = await platform.request(
        'POST',
        '/api/v1/cases',
        makeCaseInput({ public: false, areaCode: areas[1].code, location: SECRET }),
      );
      expect(res.status).toBe(201);
      total++;
    }
    const council = await platform.login(...USERS.council);
    // The worker drains the rollup marks every few seconds.
    await waitFor(async () => {
      const res = await platform.request<HotspotCollectionDto>('GET', '/api/v1/reports/hotspots', undefined, council);
      return res.body.total === total;
    }, 'the hotspot rollup to count every case');
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('the council dashboard draws the cells coloured by count, with a Vietnamese tooltip and a table of the top places', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await signIn(page, USERS.council);
    await page.goto('/staff/dashboard');
    const map = page.getByTestId('hotspot-map');
    await map.scrollIntoViewIfNeeded();
    const council = await platform.login(...USERS.council);
    const staffMap = (await platform.request<HotspotCollectionDto>('GET', '/api/v1/reports/hotspots', undefined, council)).body;
    const cellCount = staffMap.features.filter((f) => f.properties.level === 'cell').length;
    expect(cellCount).toBeGreaterThanOrEqual(4);
    const shapes = map.locator('path.leaflet-interactive');
    await waitFor(async () => (await shapes.count()) === cellCount, 'every cell drawn');
    const fills = new Set(
      await shapes.evaluateAll((els) => els.map((e) => (e as unknown as { getAttribute(n: string): string }).getAttribute('fill'))),
    );
    expect(fills.size).toBeGreaterThan(1);
    await shapes.first().hover();
    await waitFor(async () => (await page.locator('.leaflet-tooltip').count()) > 0, 'a tooltip');
    expect(await page.locator('.leaflet-tooltip').textContent()).toMatch(/^Ô lục giác [0-9a-f]+: \d+ hồ sơ, \d+ đang xử lý, \d+ quá hạn$/);
    const table = page.getByRole('table', { name: 'Bản đồ điểm nóng: các khu vực nhiều hồ sơ nhất' });
    const top = staffMap.features.find((f) => f.properties.level === 'cell')!.properties;
    expect(await table.getByRole('row').nth(1).textContent()).toBe(
      `Ô lục giác ${top.cell!.replace(/f+$/, '')}${top.count}${top.open}${top.overdue}`,
    );
    await screenshot(page, 'hotspot-map-dashboard');
    await page.getByText('Theo phường, xã').click();
    await waitFor(async () => (await shapes.count()) === 2, 'two wards drawn');
    await screenshot(page, 'hotspot-map-dashboard-wards');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('the public page draws only coarse cells of at least three public cases, none where only non-public cases are', async () => {
    const { context, page } = await newPage(browser, platform.baseUrl);
    await page.goto('/public');
    const map = page.getByTestId('hotspot-map');
    await map.scrollIntoViewIfNeeded();
    await waitFor(async () => (await map.locator('path.leaflet-interactive').count()) > 0, 'public cells drawn');
    const res = await platform.request<HotspotCollectionDto>('GET', '/api/v1/public/hotspots');
    const cells = res.body.features.filter((f) => f.properties.level === 'cell');
    expect(await map.locator('path.leaflet-interactive').count()).toBe(cells.length);
    expect(res.body.total).toBe(total - 4);
    expect(cells.every((c) => c.properties.count >= 3 && c.properties.resolution === 7)).toBe(true);
    await expect(page.getByText(/ô có dưới 3 hồ sơ không được vẽ/).count()).resolves.toBe(1);
    await screenshot(page, 'hotspot-map-public');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});

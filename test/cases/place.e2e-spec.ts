import { seedDemo } from '@hotline/cases';
import { type ApiErrorBody, makeCaseInput, makeReceptionInput, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface Receipt {
  id: string;
  trackingCode: string;
}
interface FeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { code: string; approximate: boolean; parentCode: string | null }; geometry: unknown }[];
}

/** Inside the demo boundaries (libs/database/src/seed/city-boundaries.ts). */
const HOAN_KIEM = { lat: 21.0285, lng: 105.8542 };
const CAU_GIAY = { lat: 21.03, lng: 105.795 };
const LONG_BIEN = { lat: 21.04, lng: 105.895 };
const HA_DONG = { lat: 20.965, lng: 105.77 };
/** In the city, in none of the demo's 26 units. */
const CITY_ONLY = { lat: 20.7, lng: 105.75 };
/** Hải Phòng: outside the city. */
const OUTSIDE = { lat: 20.86, lng: 106.68 };

const square = (lng: number, lat: number, size: number): number[][] => [
  [lng, lat],
  [lng + size, lat],
  [lng + size, lat + size],
  [lng, lat + size],
  [lng, lat],
];
const polygon = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });
const feature = (code: string, geometry: unknown) => ({ type: 'Feature', properties: { code }, geometry });

describe('place: a case located by its point, area boundaries imported from GeoJSON', () => {
  let platform: TestPlatform;
  let admin = '';
  let operator = '';

  const areaOf = async (caseId: string): Promise<string | null> =>
    (await platform.db.dataSource.query(`SELECT a.code FROM cases c LEFT JOIN areas a ON a.id = c.area_id WHERE c.id = $1`, [caseId]))[0]
      .code;
  const submit = (body: unknown, token?: string, path = '/api/v1/cases') =>
    platform.request<Receipt & ApiErrorBody>('POST', path, body, token);
  const caseCount = async (): Promise<number> => (await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM cases`))[0].n;

  beforeAll(async () => {
    platform = await newPlatform().start();
    [admin, operator] = await Promise.all([platform.login(...USERS.admin), platform.login(...USERS.operator)]);
  });
  afterAll(() => platform.stop());

  it('gives a web case with a point and no area the ward that holds the point', async () => {
    for (const [point, ward] of [
      [HOAN_KIEM, 'HN-HOANKIEM'],
      [CAU_GIAY, 'HN-CAUGIAY'],
      [LONG_BIEN, 'HN-LONGBIEN'],
      [HA_DONG, 'HN-HADONG'],
    ] as const) {
      const res = await submit(makeCaseInput({ areaCode: undefined, location: point }));
      expect(res.status).toBe(201);
      expect([point, await areaOf(res.body.id)]).toEqual([point, ward]);
    }
  });

  it('gives a point in the city but in no listed ward the city, and keeps an area the citizen chose', async () => {
    const cityOnly = await submit(makeCaseInput({ areaCode: undefined, location: CITY_ONLY }));
    expect(await areaOf(cityOnly.body.id)).toBe('HN');
    const chosen = await submit(makeCaseInput({ areaCode: 'HN-BADINH', location: HOAN_KIEM }));
    expect(await areaOf(chosen.body.id)).toBe('HN-BADINH');
    const none = await submit(makeCaseInput({ areaCode: undefined }));
    expect(await areaOf(none.body.id)).toBeNull();
  });

  it('refuses a point outside the city with 422 on location, from the web and the operator, and writes no case', async () => {
    const before = await caseCount();
    for (const [token, path] of [
      [undefined, '/api/v1/cases'],
      [operator, '/api/v1/hotline/cases'],
    ] as const) {
      const res = await submit(makeCaseInput({ areaCode: 'HN-HOANKIEM', location: OUTSIDE }), token, path);
      expect({ status: res.status, code: res.body.code, fields: res.body.details?.map((d) => d.field) }).toEqual({
        status: 422,
        code: 'location_outside_city',
        fields: ['location'],
      });
    }
    expect(await caseCount()).toBe(before);
  });

  it('places an operator case, a walk-in case and an Open311 request (lat/long) by their point', async () => {
    const hotline = await submit(makeCaseInput({ areaCode: undefined, location: CAU_GIAY }), operator, '/api/v1/hotline/cases');
    expect(hotline.status).toBe(201);
    expect(await areaOf(hotline.body.id)).toBe('HN-CAUGIAY');

    const reception = makeReceptionInput();
    const walkIn = await platform.request<{ caseId: string } & ApiErrorBody>(
      'POST',
      '/api/v1/receptions',
      { ...reception, case: { ...(reception.case as object), areaCode: undefined, location: LONG_BIEN } },
      operator,
    );
    expect(walkIn.status).toBe(201);
    expect(await areaOf(walkIn.body.caseId)).toBe('HN-LONGBIEN');

    const client = await platform.request<{ apiKey: string }>(
      'POST',
      '/api/v1/admin/open311-clients',
      { name: 'FixMyStreet Hà Nội' },
      admin,
    );
    const open311 = (point: { lat: number; lng: number }) =>
      fetch(`${platform.baseUrl}/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          api_key: client.body.apiKey,
          service_code: 'GIAO-THONG.DUONG-HONG',
          lat: String(point.lat),
          long: String(point.lng),
          description: 'Ổ gà sâu giữa lòng đường, xe máy rất dễ ngã khi trời tối.',
          email: 'fms.reporter@example.com',
        }).toString(),
      });
    const placed = await open311(HA_DONG);
    expect(placed.status).toBe(201);
    const [{ service_request_id: trackingCode }] = (await placed.json()) as { service_request_id: string }[];
    const [{ id }] = await platform.db.dataSource.query(`SELECT id FROM cases WHERE tracking_code = $1`, [trackingCode]);
    expect(await areaOf(id)).toBe('HN-HADONG');
    const outside = await open311(OUTSIDE);
    expect(outside.status).toBe(422);
    expect(await outside.json()).toEqual([{ code: 422, description: expect.stringMatching(/outside/) }]);
  });

  it('serves the boundaries as public, cacheable GeoJSON, the demo ones marked approximate, a point located as intake would, and no tile source by default', async () => {
    const res = await fetch(`${platform.baseUrl}/api/v1/areas/boundaries`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = (await res.json()) as FeatureCollection;
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(27);
    expect(body.features.every((f) => f.properties.approximate)).toBe(true);
    expect(body.features.find((f) => f.properties.code === 'HN-HOANKIEM')?.properties.parentCode).toBe('HN');
    expect((await platform.request('GET', `/api/v1/map/locate?lat=${HOAN_KIEM.lat}&lng=${HOAN_KIEM.lng}`)).body).toEqual({
      outside: false,
      areaCode: 'HN-HOANKIEM',
    });
    expect((await platform.request('GET', `/api/v1/map/locate?lat=${OUTSIDE.lat}&lng=${OUTSIDE.lng}`)).body).toEqual({
      outside: true,
      areaCode: null,
    });
    const badPoint = await platform.request<ApiErrorBody>('GET', '/api/v1/map/locate?lat=95&lng=east');
    expect({ status: badPoint.status, fields: badPoint.body.details?.map((d) => d.field).sort() }).toEqual({
      status: 400,
      fields: ['lat', 'lng'],
    });
    const config = await platform.request('GET', '/api/v1/map/config');
    expect(config).toEqual({ status: 200, body: { tileUrl: null, attribution: null } });
  });

  it('refuses a file with bad features with 422 naming each one, and writes none of the file', async () => {
    const good = feature('HN-HOANKIEM', polygon(square(105.85, 21.025, 0.005)));
    const res = await platform.request<ApiErrorBody>(
      'POST',
      '/api/v1/admin/areas/boundaries',
      {
        type: 'FeatureCollection',
        features: [
          good,
          feature('HN-BADINH', { type: 'Point', coordinates: [105.83, 21.03] }),
          feature(
            'HN-CUANAM',
            polygon([
              [105.84, 21.02],
              [105.85, 21.02],
              [105.85, 21.03],
              [105.84, 21.03],
            ]),
          ),
          feature(
            'HN-LANG',
            polygon([
              [105.8, 21.01],
              [105.82, 21.03],
              [105.82, 21.01],
              [105.8, 21.03],
              [105.8, 21.01],
            ]),
          ),
          feature('HN-GIANGVO', polygon(square(106.5, 21.0, 0.01))),
          feature(
            'HN-NGOCHA',
            polygon([
              [105.82, 21.04],
              [105.83, 21.04],
              [105.82, 21.04],
            ]),
          ),
          feature(
            'HN-KIMLIEN',
            polygon([
              [105.83, 21.0],
              [105.84, 91.0],
              [105.84, 21.01],
              [105.83, 21.0],
            ]),
          ),
          feature('HN-NOWHERE', polygon(square(105.85, 21.0, 0.005))),
          feature('HN-HOANKIEM', polygon(square(105.85, 21.025, 0.005))),
        ],
      },
      admin,
    );
    expect(res.status).toBe(422);
    expect(res.body.details?.map((d) => [d.field, (d as { code?: string }).code])).toEqual([
      ['features[1].geometry', 'invalid_geometry'],
      ['features[2].geometry', 'ring_not_closed'],
      ['features[3].geometry', 'self_intersection'],
      ['features[5].geometry', 'ring_too_short'],
      ['features[6].geometry', 'coordinate_out_of_range'],
      ['features[7].properties.code', 'unknown_area_code'],
      ['features[8].properties.code', 'duplicate_area_code'],
      ['features[4].geometry', 'boundary_outside_parent'],
    ]);
    const [stored] = await platform.db.dataSource.query(`SELECT boundary FROM areas WHERE code = 'HN-HOANKIEM'`);
    expect(stored.boundary.coordinates[0]).not.toEqual(square(105.85, 21.025, 0.005));
  });

  it('imports a new ward boundary and a single geometry, audits them, and places the next case by them', async () => {
    // A new ward in a part of the city no demo ward covers.
    const ward = await platform.request<{ id: string }>(
      'POST',
      '/api/v1/admin/areas',
      { code: 'HN-PHUXUYEN', name: 'Xã Phú Xuyên', nameEn: 'Phu Xuyen Commune', level: 'commune', parentCode: 'HN' },
      admin,
    );
    const imported = await platform.request<{ updated: string[] }>(
      'POST',
      '/api/v1/admin/areas/boundaries',
      { type: 'FeatureCollection', name: 'phu-xuyen', features: [feature('HN-PHUXUYEN', polygon(square(105.7, 20.65, 0.1)))] },
      admin,
    );
    expect(imported).toEqual({ status: 200, body: { updated: ['HN-PHUXUYEN'] } });
    const placed = await submit(makeCaseInput({ areaCode: undefined, location: CITY_ONLY }));
    expect(await areaOf(placed.body.id)).toBe('HN-PHUXUYEN');

    const single = await platform.request<{ updated: string[] }>(
      'PUT',
      `/api/v1/admin/areas/${ward.body.id}/boundary`,
      { geometry: { type: 'MultiPolygon', coordinates: [[square(105.7, 20.65, 0.02)], [square(105.78, 20.65, 0.02)]] } },
      admin,
    );
    expect(single).toEqual({ status: 200, body: { updated: ['HN-PHUXUYEN'] } });
    const moved = await submit(makeCaseInput({ areaCode: undefined, location: CITY_ONLY }));
    expect(await areaOf(moved.body.id)).toBe('HN');

    const bad = await platform.request<ApiErrorBody>(
      'PUT',
      `/api/v1/admin/areas/${ward.body.id}/boundary`,
      { geometry: polygon(square(107, 20, 1)) },
      admin,
    );
    expect({ status: bad.status, fields: bad.body.details?.map((d) => d.field) }).toEqual({ status: 422, fields: ['geometry'] });

    const areas = await platform.request<{ code: string; boundary: string }[]>('GET', '/api/v1/admin/areas', undefined, admin);
    expect(areas.body.find((a) => a.code === 'HN-PHUXUYEN')?.boundary).toBe('imported');
    expect(areas.body.find((a) => a.code === 'HN-HOANKIEM')?.boundary).toBe('approximate');

    const audit = await platform.request<{ items: { data: { op: string } }[] }>(
      'GET',
      `/api/v1/admin/audit?action=reference.changed&targetId=${ward.body.id}`,
      undefined,
      admin,
    );
    expect(audit.body.items.map((i) => i.data.op).sort()).toEqual(['boundary_imported', 'boundary_imported', 'created']);
  });

  it("refuses a city boundary that would leave a stored ward's boundary outside it", async () => {
    const res = await platform.request<ApiErrorBody>(
      'POST',
      '/api/v1/admin/areas/boundaries',
      { type: 'FeatureCollection', features: [feature('HN', polygon(square(105.3, 20.6, 0.3)))] },
      admin,
    );
    expect({ status: res.status, code: res.body.code, fields: res.body.details?.map((d) => d.field) }).toEqual({
      status: 422,
      code: 'boundary_outside_parent',
      fields: ['features[0].geometry'],
    });
  });

  it('gives a demo database seeded before boundaries existed the approximate ones, once, and never over imported ones', async () => {
    const db = platform.db.dataSource;
    const withBoundary = async () => (await db.query(`SELECT count(*)::int AS n FROM areas WHERE boundary IS NOT NULL`))[0].n;
    await db.query(`UPDATE areas SET boundary = NULL, boundary_approximate = false`);
    expect(await seedDemo(db, { cases: 0 })).toEqual({ seeded: false, cases: 0 });
    expect(await withBoundary()).toBe(27);
    await db.query(`UPDATE areas SET boundary = NULL, boundary_approximate = false WHERE code <> 'HN-PHUXUYEN'`);
    await db.query(`UPDATE areas SET boundary = $1 WHERE code = 'HN-PHUXUYEN'`, [JSON.stringify(polygon(square(105.7, 20.65, 0.02)))]);
    await seedDemo(db, { cases: 0 });
    expect(await withBoundary()).toBe(1);
  });
});

describe('place: a configured tile source', () => {
  let platform: TestPlatform;
  const tiles = {
    MAP_TILE_URL: 'https://{s}.tile.example.vn/{z}/{x}/{y}.png',
    MAP_TILE_ATTRIBUTION: '© Những người đóng góp OpenStreetMap',
  };

  beforeAll(async () => {
    platform = await newPlatform().start({ env: tiles, worker: false });
  });
  afterAll(() => platform.stop());

  it('is served to the web, and the page may load its images', async () => {
    const res = await fetch(`${platform.baseUrl}/api/v1/map/config`);
    expect(await res.json()).toEqual({ tileUrl: tiles.MAP_TILE_URL, attribution: tiles.MAP_TILE_ATTRIBUTION });
    expect(res.headers.get('content-security-policy')).toMatch(/img-src 'self' data: https:\/\/\*\.tile\.example\.vn;/);
  });
});

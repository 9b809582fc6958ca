import { latLngToCell, cellToParent } from 'h3-js';
import { CaseWorkflowService, IntakeService } from '@hotline/cases';
import { FakeClock } from '@hotline/config';
import { Actor, CaseKind, CaseStatus, Role, TERMINAL_STATUSES } from '@hotline/contracts';
import {
  HOTSPOT_RESOLUTION,
  HotspotCollectionDto,
  HotspotQueryDto,
  HotspotService,
  PUBLIC_HOTSPOT_RESOLUTION,
  PUBLIC_MIN_CELL_COUNT,
  RollupService,
} from '@hotline/reporting';
import { MIGRATIONS } from '@hotline/database';
import { makeCaseInput, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);
const TZ = 'Asia/Ho_Chi_Minh';

/** A deterministic walk: cases over three months, in two wards, at five spots (and some without a location). */
const SPOTS = [
  { lat: 21.0285, lng: 105.8542 },
  { lat: 21.0301, lng: 105.8555 },
  { lat: 21.0125, lng: 105.8492 },
  { lat: 21.0452, lng: 105.8101 },
  { lat: 20.9901, lng: 105.8402 },
];
const KINDS = [CaseKind.Feedback, CaseKind.Petition, CaseKind.Complaint, CaseKind.Denunciation, CaseKind.Question];
const CATEGORIES = ['GIAO-THONG.DUONG-HONG', 'DAT-DAI.TRANH-CHAP', 'MOI-TRUONG.RAC-THAI'];
/** A spot only non-public cases use: the public map must not show it in any form. */
const SECRET_SPOT = { lat: 21.0702, lng: 105.7801 };

type Tally = { count: number; open: number; overdue: number };
type Figures = { wards: Record<string, Tally>; cells: Record<string, Tally>; total: number; located: number };

describe('hotspots: figures from the hotspot rollup equal a direct count over cases', () => {
  const clock = new FakeClock(local('2026-09-20T08:00:00'));
  let platform: TestPlatform;
  let intake: IntakeService;
  let workflow: CaseWorkflowService;
  let rollups: RollupService;
  let hotspots: HotspotService;
  let secretariat: Actor;
  let areas: { id: string; code: string }[] = [];

  beforeAll(async () => {
    platform = await newPlatform().start({ clock, worker: false });
    intake = platform.api.get(IntakeService);
    workflow = platform.api.get(CaseWorkflowService);
    rollups = platform.api.get(RollupService);
    hotspots = platform.api.get(HotspotService);
    const ds = platform.db.dataSource;
    const [user] = await ds.query(`SELECT id FROM users WHERE role = 'secretariat' LIMIT 1`);
    secretariat = { type: 'staff', userId: user.id, role: Role.Secretariat, agencyId: null };
    areas = await ds.query(`SELECT id, code FROM areas WHERE parent_id IS NOT NULL ORDER BY code LIMIT 2`);
    // Fixture boundaries (squares around the spots); the demo city's own boundaries are another part's.
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
    await ds.query(`UPDATE areas SET boundary = $2, boundary_approximate = true WHERE id = $1`, [areas[0].id, square(105.85, 21.03, 0.02)]);
    await ds.query(`UPDATE areas SET boundary = $2 WHERE id = $1`, [areas[1].id, square(105.82, 21.0, 0.03)]);

    let n = 0;
    const toReject: string[] = [];
    for (const day of ['2026-09-20', '2026-09-29', '2026-10-01', '2026-10-14', '2026-10-31', '2026-11-03']) {
      clock.set(local(`${day}T09:00:00`));
      for (let i = 0; i < 9; i++, n++) {
        const spot = n % 7 === 6 ? undefined : SPOTS[n % SPOTS.length];
        const kind = KINDS[n % KINDS.length];
        const { receipt } = await intake.submit(
          makeCaseInput({
            kind,
            categoryCode: CATEGORIES[(n >> 1) % CATEGORIES.length],
            areaCode: areas[n % 3 === 0 ? 1 : 0].code,
            public: kind !== CaseKind.Denunciation && n % 3 !== 2,
            ...(spot ? { location: spot } : {}),
          }) as never,
          { channel: 'web' as never, actor: { type: 'citizen' } },
        );
        if (n % 4 === 1) toReject.push(receipt.id);
      }
      for (let i = 0; i < 2; i++) {
        const { receipt } = await intake.submit(makeCaseInput({ areaCode: areas[0].code, public: false, location: SECRET_SPOT }) as never, {
          channel: 'web' as never,
          actor: { type: 'citizen' },
        });
        void receipt;
      }
      // Drained as the worker would, then some of the day's cases settle: their facts move in the next drain.
      await rollups.drain();
      for (const id of toReject.splice(0)) await workflow.reject(id, secretariat, 'Ngoài phạm vi');
    }
    // Late enough that the first cases' clocks ran out: some open cases are overdue now.
    clock.set(local('2026-11-20T10:00:00'));
    await rollups.drain();
  });
  afterAll(() => platform.stop());

  /** The same figures straight from `cases` and their clocks (cells by h3-js from the stored location). */
  async function direct(q: HotspotQueryDto & { from: string; to: string }, audience: 'staff' | 'public'): Promise<Figures> {
    const rows: { area_id: string | null; lat: number | null; lng: number | null; status: CaseStatus; due: Date | null }[] =
      await platform.db.dataSource.query(
        `WITH RECURSIVE cat AS (
           SELECT id FROM categories WHERE code = $3
           UNION ALL SELECT k.id FROM categories k JOIN cat ON k.parent_id = cat.id)
         SELECT c.area_id, c.lat, c.lng, c.status,
                (SELECT min(d.due_at) FROM case_deadlines d WHERE d.case_id = c.id AND d.status = 'running') AS due
           FROM cases c
          WHERE (c.received_at AT TIME ZONE '${TZ}')::date BETWEEN $1 AND $2
            AND ($3::text IS NULL OR c.category_id IN (SELECT id FROM cat))
            AND ($4::text IS NULL OR c.kind = $4)
            AND ($5::boolean IS FALSE OR (c.is_public AND c.kind <> 'denunciation'))
            AND c.status <> 'merged'`,
        [q.from, q.to, q.category ?? null, q.kind ?? null, audience === 'public'],
      );
    const codeOf = new Map<string, string>(
      (await platform.db.dataSource.query(`SELECT id, code FROM areas`)).map((a: { id: string; code: string }) => [a.id, a.code]),
    );
    const out: Figures = { wards: {}, cells: {}, total: 0, located: 0 };
    const res = audience === 'public' ? PUBLIC_HOTSPOT_RESOLUTION : HOTSPOT_RESOLUTION;
    const now = clock.now();
    for (const r of rows) {
      const open = ![...TERMINAL_STATUSES, CaseStatus.Answered].includes(r.status);
      const t = { count: 1, open: open ? 1 : 0, overdue: open && r.due && new Date(r.due) < now ? 1 : 0 };
      const bump = (bag: Record<string, Tally>, key: string) => {
        const b = (bag[key] ??= { count: 0, open: 0, overdue: 0 });
        b.count += t.count;
        b.open += t.open;
        b.overdue += t.overdue;
      };
      out.total++;
      if (r.area_id) bump(out.wards, codeOf.get(r.area_id)!);
      if (r.lat != null && r.lng != null) {
        out.located++;
        bump(out.cells, cellToParent(latLngToCell(r.lat, r.lng, HOTSPOT_RESOLUTION), res));
      }
    }
    if (audience === 'public') {
      for (const [cell, t] of Object.entries(out.cells)) if (t.count < PUBLIC_MIN_CELL_COUNT) delete out.cells[cell];
    }
    return out;
  }

  function served(fc: HotspotCollectionDto): Figures {
    const out: Figures = { wards: {}, cells: {}, total: fc.total, located: fc.located };
    for (const f of fc.features) {
      const { count, open, overdue } = f.properties;
      if (f.properties.level === 'ward') out.wards[f.properties.code!] = { count, open, overdue };
      else out.cells[f.properties.cell!] = { count, open, overdue };
    }
    return out;
  }

  const QUERIES: (HotspotQueryDto & { from: string; to: string })[] = [
    { from: '2026-09-01', to: '2026-11-30' },
    { from: '2026-09-25', to: '2026-10-31' },
    { from: '2026-10-01', to: '2026-10-01' },
    { from: '2026-09-20', to: '2026-11-03', kind: CaseKind.Feedback },
    { from: '2026-09-01', to: '2026-11-30', category: 'GIAO-THONG' },
    { from: '2026-09-29', to: '2026-11-10', category: 'DAT-DAI.TRANH-CHAP', kind: CaseKind.Complaint },
  ];

  it.each(QUERIES)('staff figures per ward and per cell equal the direct count for %j', async (q) => {
    const want = await direct(q, 'staff');
    expect(want.total).toBeGreaterThan(0);
    expect(served(await hotspots.hotspots(q, 'staff'))).toEqual(want);
  });

  it('the test data has open, overdue, closed, located and unlocated cases', async () => {
    const all = await direct(QUERIES[0], 'staff');
    const tallies = Object.values(all.wards);
    expect(tallies.reduce((s, t) => s + t.overdue, 0)).toBeGreaterThan(0);
    expect(tallies.reduce((s, t) => s + t.count - t.open, 0)).toBeGreaterThan(0);
    expect(all.located).toBeGreaterThan(0);
    expect(all.located).toBeLessThan(all.total);
  });

  it.each(QUERIES)('public figures count published cases only, in coarse cells of at least the minimum, for %j', async (q) => {
    const fc = await hotspots.hotspots(q, 'public');
    expect(served(fc)).toEqual(await direct(q, 'public'));
    const cells = fc.features.filter((f) => f.properties.level === 'cell');
    expect(cells.every((f) => f.properties.resolution === PUBLIC_HOTSPOT_RESOLUTION && f.properties.count >= PUBLIC_MIN_CELL_COUNT)).toBe(
      true,
    );
  });

  it('the public map never counts a non-public case: the secret spot is in no public cell and the public total counts the published cases only', async () => {
    const q = QUERIES[0];
    const secretCell = cellToParent(latLngToCell(SECRET_SPOT.lat, SECRET_SPOT.lng, HOTSPOT_RESOLUTION), PUBLIC_HOTSPOT_RESOLUTION);
    const staffCells = served(await hotspots.hotspots(q, 'staff')).cells;
    expect(staffCells[latLngToCell(SECRET_SPOT.lat, SECRET_SPOT.lng, HOTSPOT_RESOLUTION)].count).toBe(12);
    expect(served(await hotspots.hotspots(q, 'public')).cells[secretCell]).toBeUndefined();
    const [{ n }] = await platform.db.dataSource.query(
      `SELECT count(*)::int AS n FROM cases WHERE is_public AND kind <> 'denunciation' AND status <> 'merged'`,
    );
    const publicMap = await hotspots.hotspots(q, 'public');
    expect(publicMap.total).toBe(n);
    expect(publicMap.total).toBeLessThan((await hotspots.hotspots(q, 'staff')).total);
    expect(publicMap.features.filter((f) => f.properties.level === 'cell').length).toBeGreaterThan(0);
  });

  it('a rebuild from the events gives the same hotspots', async () => {
    const before = await Promise.all(QUERIES.map((q) => hotspots.hotspots(q, 'staff')));
    await rollups.rebuild();
    const after = await Promise.all(QUERIES.map((q) => hotspots.hotspots(q, 'staff')));
    expect(after.map(served)).toEqual(before.map(served));
  });

  it('the migration’s backfill (facts as they stood, then the drain computes the cells) gives the same hotspots', async () => {
    const before = await Promise.all(QUERIES.flatMap((q) => [hotspots.hotspots(q, 'staff'), hotspots.hotspots(q, 'public')]));
    const Migration = MIGRATIONS.find((m) => m.name === 'HotspotRollup1765490000000')!;
    const migration = new Migration();
    const qr = platform.db.dataSource.createQueryRunner();
    try {
      await migration.down(qr);
      await migration.up(qr);
    } finally {
      await qr.release();
    }
    const [{ marked }] = await platform.db.dataSource.query(`SELECT count(DISTINCT case_id)::int AS marked FROM report_dirty_cases`);
    expect(marked).toBeGreaterThan(0);
    await rollups.drain();
    const after = await Promise.all(QUERIES.flatMap((q) => [hotspots.hotspots(q, 'staff'), hotspots.hotspots(q, 'public')]));
    expect(after.map(served)).toEqual(before.map(served));
  });

  it('over HTTP: GeoJSON for the council, 403 for an agency officer, the public variant without a login', async () => {
    const council = await platform.login(...USERS.council);
    const officer = await platform.login(...USERS.officerSxd);
    const res = await platform.request<HotspotCollectionDto>(
      'GET',
      '/api/v1/reports/hotspots?from=2026-09-01&to=2026-11-30',
      undefined,
      council,
    );
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('FeatureCollection');
    const cell = res.body.features.find((f) => f.properties.level === 'cell')!;
    expect(cell.geometry!.type).toBe('Polygon');
    const ring = cell.geometry!.coordinates[0] as number[][];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring[0][0]).toBeGreaterThan(100); // [lng, lat]
    const ward = res.body.features.find((f) => f.properties.code === areas[0].code)!;
    expect(ward.geometry!.type).toBe('Polygon');
    expect(ward.properties.approximate).toBe(true);
    expect((await platform.request('GET', '/api/v1/reports/hotspots', undefined, officer)).status).toBe(403);
    expect((await platform.request('GET', '/api/v1/reports/hotspots')).status).toBe(401);
    expect((await platform.request('GET', '/api/v1/public/hotspots?from=2026-09-01&to=2026-11-30')).status).toBe(200);
  });

  it.each([
    ['from=2026-13-01', 'from'],
    ['to=yesterday', 'to'],
    ['from=2026-11-02&to=2026-11-01', 'to'],
    ['kind=rumour', 'kind'],
    ['category=NO-SUCH', 'category'],
    ['bbox=1,2,3,4', 'bbox'],
  ])('bad input %s → 400 naming %s', async (query, field) => {
    const council = await platform.login(...USERS.council);
    for (const [path, token] of [
      ['/api/v1/reports/hotspots', council],
      ['/api/v1/public/hotspots', undefined],
    ] as const) {
      const res = await platform.request<{ statusCode: number; code: string; details: { field: string }[] }>(
        'GET',
        `${path}?${query}`,
        undefined,
        token,
      );
      expect(res.status).toBe(400);
      expect(res.body.code).toEqual(expect.any(String));
      expect(res.body.details.map((d) => d.field)).toContain(field);
    }
  });
});

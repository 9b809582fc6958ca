import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { FakeClock } from '@hotline/config';
import { JobName, QueueName } from '@hotline/contracts';
import { ANONYMISED_RECIPIENT, ANONYMISED_TEXT } from '@hotline/cases';
import {
  type AuditEntry,
  type CaseDetail,
  makeCaseInput,
  type Receipt,
  type RetentionRun,
  TEST_REDIS,
  TestPlatform,
  waitFor,
} from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time (UTC+7) as an instant. */
const local = (iso: string) => new Date(`${iso}+07:00`);

/** What statistics read from a case: must survive anonymisation unchanged. */
const STATS_SQL = `
  SELECT id, kind, channel, status, priority, title, category_id, area_id, agency_id, anonymous, is_public, answer,
         received_at, routed_at, accepted_at, answered_at, closed_at, reopen_count, return_count, satisfied, due_at
  FROM cases ORDER BY id`;
const TRAIL_SQL = `SELECT case_id, type, from_status, to_status, actor_type, agency_id, created_at FROM case_events ORDER BY id`;
const CLOCKS_SQL = `SELECT case_id, clock, status, started_at, due_at FROM case_deadlines ORDER BY case_id, clock`;

/**
 * Cases closed two and a half years before the run (kept 1 year by RETENTION_YEARS) lose their personal data; a
 * case closed half a year before and a case still open keep theirs; every statistic stays as it was.
 */
describe('the personal-data retention job', () => {
  const clock = new FakeClock(local('2026-11-23T09:00:00'));
  let platform: TestPlatform;
  const cases: Record<'oldFeedback' | 'oldDenunciation' | 'open' | 'recent', Receipt> = {} as never;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    platform.db.dataSource.query(text, params) as Promise<T[]>;
  const as = async <T>(user: keyof typeof USERS, method: string, url: string, body?: unknown) =>
    platform.request<T>(method, url, body, await platform.login(USERS[user][0], USERS[user][1]));
  const submit = async (overrides: Record<string, unknown> = {}) => {
    const res = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(overrides));
    expect(res.status).toBe(201);
    await waitFor(
      async () => (await as<CaseDetail>('admin', 'GET', `/api/v1/cases/${res.body.id}`)).body.status === 'routed' || undefined,
      'routing',
    );
    return res.body;
  };
  const answer = async (kase: Receipt) => {
    expect((await as('admin', 'POST', `/api/v1/cases/${kase.id}/accept`, { note: 'Đã tiếp nhận' })).status).toBe(200);
    expect(
      (await as('admin', 'POST', `/api/v1/cases/${kase.id}/answer`, { answer: 'Đơn vị đã xử lý xong vụ việc theo quy định.' })).status,
    ).toBe(200);
  };
  const closeByCitizen = async (kase: Receipt) => {
    const rated = await platform.request<CaseDetail>('POST', `/api/v1/cases/track/${kase.trackingCode}/feedback`, {
      key: kase.accessKey,
      satisfied: true,
      comment: 'Cảm ơn, tôi là Nguyễn Văn An ở số 120 phố Huế, điện thoại 0912345678',
    });
    expect(rated.body.status).toBe('closed');
  };
  const personalData = (id: string) =>
    sql(
      `SELECT c.citizen_name, c.citizen_phone, c.citizen_email, c.address, c.lat, c.description, c.anonymised_at IS NOT NULL AS anonymised,
              i.name AS author_name, i.phone AS author_phone, i.email AS author_email, i.address AS author_address,
              i.national_id AS author_national_id,
              (SELECT array_agg(DISTINCT recipient) FROM notifications n WHERE n.case_id = c.id
              AND n.template LIKE 'case%') AS citizen_mail_recipients,
              (SELECT count(*)::int FROM case_events e WHERE e.case_id = c.id AND e.note IS NOT NULL) AS notes
       FROM cases c LEFT JOIN case_identities i ON i.case_id = c.id WHERE c.id = $1`,
      [id],
    ).then((rows) => rows[0]);

  beforeAll(async () => {
    platform = await newPlatform().start({ clock, env: { RETENTION_YEARS: '1' } });
    cases.oldFeedback = await submit({
      citizen: { name: 'Nguyễn Văn An', phone: '0912 345 678', email: 'an.nguyen@example.com' },
      location: { lat: 21.01, lng: 105.85 },
    });
    cases.oldDenunciation = await submit({
      kind: 'denunciation',
      citizen: {
        name: 'Lê Thị Mật',
        phone: '0977 123 456',
        email: 'le.thi.mat@example.com',
        address: '45 ngõ Văn Chương',
        nationalId: '001190045678',
      },
    });
    cases.open = await submit({ citizen: { name: 'Trần Văn Bình', phone: '0903 111 222', email: 'binh@example.com' } });
    cases.recent = await submit({ citizen: { name: 'Hoàng Thị Cúc', phone: '0904 333 444', email: 'cuc@example.com' } });
    await answer(cases.oldFeedback);
    await answer(cases.oldDenunciation);
    await answer(cases.recent);
    await platform.smtp.waitForMail(
      (m) => m.to.includes('le.thi.mat@example.com') && m.subject.includes('trả lời'),
      'the denouncer’s answer mail',
    );
    clock.set(local('2026-11-24T10:00:00'));
    await closeByCitizen(cases.oldFeedback);
    expect(
      (
        await as('secretariat', 'POST', `/api/v1/cases/${cases.oldDenunciation.id}/close`, {
          note: 'Người tố cáo Lê Thị Mật đồng ý kết quả',
        })
      ).status,
    ).toBe(200);
    clock.set(local('2027-12-01T10:00:00'));
    await closeByCitizen(cases.recent);
    clock.set(local('2028-06-01T10:00:00'));
  }, 60_000);
  afterAll(() => platform.stop());

  it('is scheduled daily, once per cluster', async () => {
    const queue = platform.worker!.get<Queue>(getQueueToken(QueueName.Privacy), { strict: false });
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({
        key: 'personal-data-retention',
        name: JobName.AnonymiseClosedCases,
        pattern: '0 30 2 * * *',
        tz: 'Asia/Ho_Chi_Minh',
      }),
    ]);
  });

  it('anonymises exactly the cases closed before the cutoff, keeps every statistic, and audits the run', async () => {
    const [statsBefore, trailBefore, clocksBefore] = await Promise.all([sql(STATS_SQL), sql(TRAIL_SQL), sql(CLOCKS_SQL)]);
    const untouchedBefore = await Promise.all([personalData(cases.open.id), personalData(cases.recent.id)]);
    expect(untouchedBefore[1]).toMatchObject({ citizen_name: 'Hoàng Thị Cúc', anonymised: false });

    // The worker's path: the job the daily scheduler would enqueue.
    const queue = platform.worker!.get<Queue>(getQueueToken(QueueName.Privacy), { strict: false });
    await queue.add(JobName.AnonymiseClosedCases, {});
    const runs = await waitFor(async () => {
      const rows = await sql<{ actor_type: string; data: Record<string, unknown> }>(
        `SELECT actor_type, data FROM audit_log WHERE action = 'privacy.anonymised'`,
      );
      return rows.length > 0 ? rows : undefined;
    }, 'the retention run');
    expect(runs).toEqual([{ actor_type: 'system', data: { anonymised: 2, cutoff: '2027-06-01T03:00:00.000Z', retentionYears: 1 } }]);

    expect(await personalData(cases.oldFeedback.id)).toEqual({
      citizen_name: null,
      citizen_phone: null,
      citizen_email: null,
      address: null,
      lat: null,
      description: ANONYMISED_TEXT,
      anonymised: true,
      author_name: null,
      author_phone: null,
      author_email: null,
      author_address: null,
      author_national_id: null,
      citizen_mail_recipients: [ANONYMISED_RECIPIENT],
      notes: 0,
    });
    expect(await personalData(cases.oldDenunciation.id)).toEqual({
      citizen_name: null,
      citizen_phone: null,
      citizen_email: null,
      address: null,
      lat: null,
      description: ANONYMISED_TEXT,
      anonymised: true,
      author_name: null,
      author_phone: null,
      author_email: null,
      author_address: null,
      author_national_id: null,
      citizen_mail_recipients: [ANONYMISED_RECIPIENT],
      notes: 0,
    });
    expect(await Promise.all([personalData(cases.open.id), personalData(cases.recent.id)])).toEqual(untouchedBefore);
    const nothingPersonalLeft = await sql(
      `SELECT count(*)::int AS n FROM notifications WHERE params::text LIKE '%Nguyễn Văn An%'
       OR recipient IN ('an.nguyen@example.com', 'le.thi.mat@example.com')`,
    );
    expect(nothingPersonalLeft).toEqual([{ n: 0 }]);

    const [statsAfter, trailAfter, clocksAfter] = await Promise.all([sql(STATS_SQL), sql(TRAIL_SQL), sql(CLOCKS_SQL)]);
    expect(statsAfter).toEqual(statsBefore);
    expect(trailAfter).toEqual(trailBefore);
    expect(clocksAfter).toEqual(clocksBefore);
  });

  it('finds nothing more on a second run, and only an admin may start one', async () => {
    const statsBefore = await sql(`SELECT *, updated_at FROM cases ORDER BY id`);
    expect((await as('secretariat', 'POST', '/api/v1/admin/retention/run')).status).toBe(403);
    const run = await as<RetentionRun>('admin', 'POST', '/api/v1/admin/retention/run');
    expect(run.status).toBe(200);
    expect(run.body).toEqual({ anonymised: 0, cutoff: '2027-06-01T03:00:00.000Z', retentionYears: 1 });
    expect(await sql(`SELECT *, updated_at FROM cases ORDER BY id`)).toEqual(statsBefore);
    const audit = await as<{ items: AuditEntry[] }>('admin', 'GET', '/api/v1/admin/audit?action=privacy.anonymised');
    expect(audit.body.items.map((e) => [e.actor.type, e.data.anonymised])).toEqual([
      ['staff', 0],
      ['system', 2],
    ]);
  });

  it('reaches the case closed half a year ago once it too is past the retention period', async () => {
    clock.set(local('2029-01-01T10:00:00'));
    const run = await as<RetentionRun>('admin', 'POST', '/api/v1/admin/retention/run');
    expect(run.body.anonymised).toBe(1);
    expect(await personalData(cases.recent.id)).toMatchObject({ citizen_name: null, citizen_phone: null, anonymised: true });
    expect(await personalData(cases.open.id)).toMatchObject({ citizen_name: 'Trần Văn Bình', anonymised: false });
  });

  it('leaves the event trail append-only outside its own transaction', async () => {
    expect((await as('admin', 'POST', `/api/v1/cases/${cases.open.id}/accept`, { note: 'Đã tiếp nhận, sẽ liên hệ chị Bình' })).status).toBe(
      200,
    );
    await expect(sql(`UPDATE case_events SET note = NULL WHERE case_id = $1 AND note IS NOT NULL`, [cases.open.id])).rejects.toThrow(
      /case_events is append-only/,
    );
    await expect(sql(`DELETE FROM case_events`)).rejects.toThrow(/append-only/);
    await expect(
      platform.db.dataSource.transaction(async (m) => {
        await m.query(`SET LOCAL hotline.anonymising = 'on'`);
        await m.query(`UPDATE case_events SET type = 'status_changed', note = NULL WHERE case_id = $1`, [cases.open.id]);
      }),
    ).rejects.toThrow(/append-only/);
    expect(await sql(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND note IS NOT NULL`, [cases.open.id])).toEqual([
      { n: 1 },
    ]);
  });

  it('runs once from the command line, audited like the scheduled run', async () => {
    const cli = path.join(__dirname, '..', '..', 'dist', 'apps', 'worker', 'src', 'cli', 'database-cli.js');
    const res = spawnSync(process.execPath, [cli, 'retention'], {
      env: { PATH: process.env.PATH, DATABASE_URL: platform.db.url, REDIS_URL: TEST_REDIS, RETENTION_YEARS: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    // Real time, not the test's clock: every case closed over a year before now is already anonymised.
    expect(res.stdout).toMatch(/retention: anonymised 0 cases closed before \d{4}-\d\d-\d\dT[\d:.]+Z \(1 years\)/);
    const runs = await sql<{ actor_type: string; anonymised: number }>(
      `SELECT actor_type, (data->>'anonymised')::int AS anonymised FROM audit_log WHERE action = 'privacy.anonymised' ORDER BY id`,
    );
    expect(runs.map((r) => r.actor_type)).toEqual(['system', 'staff', 'staff', 'system']);
  });
});

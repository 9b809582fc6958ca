import { FakeClock } from '@hotline/config';
import { makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface Erased {
  requests: number;
  breaches: number;
  codes: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The privacy records keep personal data too (the contact a request was filed with, a breach's free text, a code's
 * hash and the SMS that carried it). Each has its own period in the retention configuration beside RETENTION_YEARS,
 * the privacy scan applies it, and the record of processing shows the periods from the same configuration.
 */
describe('retention of the privacy records themselves', () => {
  const clock = new FakeClock(new Date('2026-11-23T02:00:00Z'));
  const start = clock.now().getTime();
  let platform: TestPlatform;
  let admin: string;
  let kase: Receipt;
  let requestId: string;
  let breachId: string;
  const email = 'thu.records@example.com';
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    platform.db.dataSource.query(text, params) as Promise<T[]>;
  const scanAt = async (at: number): Promise<Erased> => {
    clock.set(new Date(at));
    admin = await platform.login(...USERS.admin);
    const scan = await platform.request<{ recordsErased: Erased }>('POST', '/api/v1/admin/privacy/scan', {}, admin);
    expect(scan.status).toBe(200);
    return scan.body.recordsErased;
  };

  beforeAll(async () => {
    platform = await newPlatform().start({
      clock,
      env: { RETENTION_YEARS: '5', PRIVACY_REQUEST_RETENTION_YEARS: '1', BREACH_RETENTION_YEARS: '2', PRIVACY_CODE_RETENTION_HOURS: '1' },
    });
    admin = await platform.login(...USERS.admin);
    kase = (await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput({ citizen: { name: 'Lý Thị Thu', email } }))).body;
    // A code (its row), a request carried out, and a breach with a note naming the person.
    expect((await platform.request('POST', '/api/v1/privacy/codes', { contactKind: 'email', contact: email })).status).toBe(202);
    await waitFor(() => platform.smtp.messages.find((m) => m.to.includes(email) && /Mã xác nhận/.test(m.subject)), 'code mail');
    const filed = await platform.request<{ id: string }>(
      'POST',
      '/api/v1/admin/privacy-requests',
      { kind: 'access', contactKind: 'email', contact: email },
      admin,
    );
    requestId = filed.body.id;
    expect((await platform.request('POST', `/api/v1/admin/privacy-requests/${requestId}/complete`, {}, admin)).status).toBe(200);
    const breach = await platform.request<{ id: string }>(
      'POST',
      '/api/v1/breaches',
      {
        summary: 'Danh sách có tên Lý Thị Thu bị gửi nhầm',
        discoveredAt: clock.now().toISOString(),
        dataCategories: ['contact'],
        trackingCodes: [kase.trackingCode],
      },
      admin,
    );
    breachId = breach.body.id;
    await platform.request(
      'POST',
      `/api/v1/admin/breaches/${breachId}/entries`,
      { type: 'note', note: 'Đã gọi điện cho chị Lý Thị Thu' },
      admin,
    );
  });
  afterAll(() => platform?.stop());

  it('keeps everything within the periods', async () => {
    expect(await scanAt(start + 30 * 60_000)).toEqual({ requests: 0, breaches: 0, codes: 0 });
    expect((await sql(`SELECT count(*)::int AS n FROM privacy_codes`))[0].n).toBe(1);
  });

  it('deletes a one-time code PRIVACY_CODE_RETENTION_HOURS after it expired', async () => {
    expect(await scanAt(start + 2 * HOUR)).toEqual({ requests: 0, breaches: 0, codes: 1 });
    expect((await sql(`SELECT count(*)::int AS n FROM privacy_codes`))[0].n).toBe(0);
  });

  it('erases a request’s contact, details and key PRIVACY_REQUEST_RETENTION_YEARS after it was completed, keeping its trail', async () => {
    expect(await scanAt(start + 300 * DAY)).toEqual({ requests: 0, breaches: 0, codes: 0 });
    expect(await scanAt(start + 366 * DAY)).toEqual({ requests: 1, breaches: 0, codes: 0 });
    const [row] = await sql(`SELECT contact, details, access_key_hash, kind, status FROM privacy_requests WHERE id = $1`, [requestId]);
    expect(row).toEqual({ contact: 'anonymised', details: {}, access_key_hash: null, kind: 'access', status: 'completed' });
    const events = await sql<{ type: string }>(`SELECT type FROM privacy_request_events WHERE request_id = $1 ORDER BY id`, [requestId]);
    expect(events.map((e) => e.type)).toEqual(['filed', 'completed']);
    expect(JSON.stringify(await sql(`SELECT * FROM privacy_requests`))).not.toContain(email);
  });

  it('erases a breach’s free text and affected cases BREACH_RETENTION_YEARS after it was recorded; the register stays append-only', async () => {
    expect(await scanAt(start + 733 * DAY)).toEqual({ requests: 0, breaches: 1, codes: 0 });
    const [breach] = await sql<{ summary: string; affected_case_ids: string[]; data_categories: string[] }>(
      `SELECT summary, affected_case_ids, data_categories FROM breaches WHERE id = $1`,
      [breachId],
    );
    expect(breach.summary).not.toContain('Lý Thị Thu');
    expect(breach.affected_case_ids).toEqual([]);
    expect(breach.data_categories).toEqual(['contact']);
    const entries = await sql<{ type: string; note: string | null }>(
      `SELECT type, note FROM breach_entries WHERE breach_id = $1 ORDER BY id`,
      [breachId],
    );
    expect(entries.map((e) => e.type)).toEqual(['recorded', 'note', 'overdue_alert']);
    expect(entries.every((e) => e.note === null)).toBe(true);
    // Outside the erasing transaction, and for any other column within it, the register still refuses a change.
    await expect(sql(`UPDATE breaches SET summary = 'x' WHERE id = $1`, [breachId])).rejects.toThrow(/append-only/);
    await expect(sql(`DELETE FROM breach_entries WHERE breach_id = $1`, [breachId])).rejects.toThrow(/append-only/);
    await expect(
      platform.db.dataSource.transaction(async (m) => {
        await m.query(`SET LOCAL hotline.anonymising = 'on'`);
        await m.query(`UPDATE breaches SET discovered_at = now() WHERE id = $1`, [breachId]);
      }),
    ).rejects.toThrow(/append-only/);
    // A second run finds nothing; the runs are audited.
    expect(await scanAt(start + 734 * DAY)).toEqual({ requests: 0, breaches: 0, codes: 0 });
    const runs = await sql<{ data: Erased }>(
      `SELECT data FROM audit_log WHERE action = 'privacy.anonymised' AND target_id = 'privacy-records' ORDER BY id`,
    );
    expect(runs.map((r) => [r.data.codes, r.data.requests, r.data.breaches])).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('shows the periods in the record of processing, from the same configuration', async () => {
    const record = await platform.request<{ otherData: { label: string; retention: string }[] }>(
      'GET',
      '/api/v1/admin/processing-record',
      undefined,
      admin,
    );
    const retention = (label: RegExp) => record.body.otherData.find((o) => label.test(o.label))?.retention;
    expect(retention(/data-subject requests/)).toMatch(/^1 năm sau khi hoàn thành/);
    expect(retention(/breach records/)).toMatch(/^2 năm sau khi ghi nhận/);
    expect(retention(/one-time codes/)).toMatch(/xoá 1 giờ sau khi hết hạn/);
  });
});

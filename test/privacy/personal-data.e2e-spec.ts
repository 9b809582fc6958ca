import { FakeClock } from '@hotline/config';
import { type CaseDetail, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time (UTC+7) as an instant. */
const local = (iso: string) => new Date(`${iso}+07:00`);

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; message: string }[];
}
interface RequestBody {
  id: string;
  kind: string;
  status: string;
  accessKey: string;
  acknowledgeDueAt: string;
  completeDueAt: string;
  overdue: boolean;
  refusalCode: string | null;
  refusalReason: string | null;
  outcome: Record<string, unknown> | null;
  events?: { type: string }[];
}
interface ExportBody {
  cases: { trackingCode: string; contact: { name: string | null; email: string | null }; consent: { method: string } | null }[];
}
interface BreachBody {
  id: string;
  notifyDueAt: string;
  overdue: boolean;
  authorityNotified: boolean;
  affected: { trackingCode: string; email: string | null }[];
  drafts: { to: string; recipient: string | null; text: string }[];
  entries: { type: string }[];
}

/**
 * Issue 19, end to end: consent recorded per channel, a citizen's access request proved with a one-time code and
 * answered within its clock (export of all of their cases and nothing of others'), a correction, an erasure refused
 * under a legal hold with its reason and allowed once the hold ends, overdue alerts, and the breach register.
 */
describe('personal data law', () => {
  // Monday 9:00 in Hà Nội.
  const clock = new FakeClock(local('2026-11-23T09:00:00'));
  let platform: TestPlatform;
  let admin: string;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    platform.db.dataSource.query(text, params) as Promise<T[]>;
  const as = async <T>(user: keyof typeof USERS, method: string, url: string, body?: unknown) =>
    platform.request<T>(method, url, body, await platform.login(USERS[user][0], USERS[user][1]));
  const submit = async (overrides: Record<string, unknown> = {}) => {
    const res = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput(overrides));
    expect(res.status).toBe(201);
    return res.body;
  };
  const codeFor = async (email: string): Promise<string> => {
    const before = platform.smtp.messages.length;
    const sent = await platform.request('POST', '/api/v1/privacy/codes', { contactKind: 'email', contact: email });
    expect(sent.status).toBe(202);
    const mail = await waitFor(
      () => platform.smtp.messages.slice(before).find((m) => m.to.includes(email) && /Mã xác nhận/.test(m.subject)),
      'code mail',
    );
    return /(\d{6})/.exec(mail.text)![1];
  };
  const closeCase = async (kase: Receipt) => {
    await platform.waitForCaseStatus<CaseDetail>(kase.id, 'routed', admin);
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, { note: 'Đã tiếp nhận' }, admin)).status).toBe(200);
    expect(
      (await platform.request('POST', `/api/v1/cases/${kase.id}/answer`, { answer: 'Đơn vị đã xử lý xong vụ việc theo quy định.' }, admin))
        .status,
    ).toBe(200);
    const rated = await platform.request<CaseDetail>('POST', `/api/v1/cases/track/${kase.trackingCode}/feedback`, {
      key: kase.accessKey,
      satisfied: true,
    });
    expect(rated.body.status).toBe('closed');
  };

  beforeAll(async () => {
    platform = await newPlatform().start({
      clock,
      env: { RETENTION_YEARS: '1', EXPORT_BURST_COUNT: '2', EXPORT_BURST_MINUTES: '10', DPO_EMAIL: 'dpo@hdnd.example.vn' },
    });
    admin = await platform.login(...USERS.admin);
  });
  afterAll(() => platform?.stop());

  describe('consent and notice', () => {
    it('refuses a case without consent to handling (silence is not consent), naming the field and code', async () => {
      for (const consent of [undefined, { handling: false }, {}]) {
        const res = await platform.request<ErrorBody>('POST', '/api/v1/cases', makeCaseInput({ consent }));
        expect(res.status).toBe(consent && typeof consent.handling === 'undefined' ? 400 : 422);
        if (res.status === 422) {
          expect(res.body.code).toBe('consent_required');
          expect(res.body.details?.[0].field).toBe('consent.handling');
        }
      }
      const unknown = await platform.request<ErrorBody>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({ consent: { handling: true, noticeVersion: 99 } }),
      );
      expect(unknown.status).toBe(422);
      expect(unknown.body.code).toBe('unknown_notice_version');
    });

    it('records with each case the notice version, the purposes, when, and how consent was taken, per channel', async () => {
      const notice = await platform.request<{ version: number; textVi: string }>('GET', '/api/v1/privacy/notice');
      expect(notice.body.version).toBe(1);
      const v2 = await platform.request<{ version: number }>(
        'POST',
        '/api/v1/admin/privacy-notices',
        { textVi: `${notice.body.textVi} (bản 2)`, textEn: 'The second version of the notice, in English, long enough to pass.' },
        admin,
      );
      expect(v2.status).toBe(201);
      expect(v2.body.version).toBe(2);
      expect((await platform.request<{ version: number }[]>('GET', '/api/v1/admin/privacy-notices', undefined, admin)).body).toHaveLength(
        2,
      );

      const web = await submit({ consent: { handling: true, contact: true, noticeVersion: 1 } });
      const operator = await platform.login(...USERS.operator);
      const phone = await platform.request<Receipt>(
        'POST',
        '/api/v1/hotline/cases',
        makeCaseInput({ consent: { handling: true } }),
        operator,
      );
      const walkIn = await platform.request<Receipt>(
        'POST',
        '/api/v1/hotline/cases',
        makeCaseInput({ channel: 'walk_in', public: true, consent: { handling: true } }),
        operator,
      );
      const rows = await sql<{ case_id: string; notice_version: number; publication: boolean; contact: boolean; method: string }>(
        `SELECT case_id, notice_version, handling, publication, contact, method, consented_at FROM case_consents WHERE case_id = ANY($1)`,
        [[web.id, phone.body.id, walkIn.body.id]],
      );
      const byId = new Map(rows.map((r) => [r.case_id, r]));
      expect(byId.get(web.id)).toMatchObject({ notice_version: 1, publication: false, contact: true, method: 'web_checkbox' });
      expect(byId.get(phone.body.id)).toMatchObject({ notice_version: 2, publication: false, contact: false, method: 'read_aloud' });
      expect(byId.get(walkIn.body.id)).toMatchObject({ notice_version: 2, publication: true, method: 'in_person' });
      // The notices are append-only: an edit is a new version.
      await expect(sql(`UPDATE privacy_notices SET text_vi = 'x' WHERE version = 1`)).rejects.toThrow(/append-only/);
    });
  });

  describe('data-subject requests', () => {
    const an = 'an.privacy@example.com';
    const other = 'binh.privacy@example.com';
    let anCases: Receipt[];
    let otherCase: Receipt;

    beforeAll(async () => {
      anCases = [
        await submit({ citizen: { name: 'Nguyễn Văn An', phone: '0912 000 111', email: an } }),
        await submit({ citizen: { name: 'Nguyễn Văn An', email: an }, kind: 'question' }),
      ];
      otherCase = await submit({ citizen: { name: 'Trần Thị Bình', email: other } });
    });

    it('refuses a request without proof of control of the contact, and a code used twice', async () => {
      const noCode = await platform.request<ErrorBody>('POST', '/api/v1/privacy/requests', {
        kind: 'access',
        contactKind: 'email',
        contact: an,
      });
      expect(noCode.status).toBe(400);
      expect(noCode.body.details?.map((d) => d.field)).toContain('code');
      const wrong = await platform.request<ErrorBody>('POST', '/api/v1/privacy/requests', {
        kind: 'access',
        contactKind: 'email',
        contact: an,
        code: '000000',
      });
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('invalid_verification_code');
      const phone = await platform.request<ErrorBody>('POST', '/api/v1/privacy/codes', { contactKind: 'phone', contact: '0912000111' });
      expect(phone.status).toBe(422);
      expect(phone.body.code).toBe('sms_unavailable');
    });

    it('answers an access request within its clock: the export holds all of their cases and nothing of others’', async () => {
      const code = await codeFor(an);
      const filed = await platform.request<RequestBody>('POST', '/api/v1/privacy/requests', {
        kind: 'access',
        contactKind: 'email',
        contact: 'An.Privacy@Example.com',
        code,
      });
      expect(filed.status).toBe(201);
      // Monday 9:00 + 2 working days = Wednesday 17:00; + 15 working days = Monday 14 December 17:00 (Hà Nội).
      expect(new Date(filed.body.acknowledgeDueAt)).toEqual(local('2026-11-25T17:00:00'));
      expect(new Date(filed.body.completeDueAt)).toEqual(local('2026-12-14T17:00:00'));
      const again = await platform.request<ErrorBody>('POST', '/api/v1/privacy/requests', {
        kind: 'access',
        contactKind: 'email',
        contact: an,
        code,
      });
      expect(again.body.code).toBe('invalid_verification_code');

      const early = await platform.request<ErrorBody>(
        'GET',
        `/api/v1/privacy/requests/${filed.body.id}/export?key=${filed.body.accessKey}`,
      );
      expect(early.status).toBe(409);
      expect(
        (await platform.request<RequestBody>('POST', `/api/v1/admin/privacy-requests/${filed.body.id}/acknowledge`, {}, admin)).body.status,
      ).toBe('acknowledged');
      const done = await platform.request<RequestBody>('POST', `/api/v1/admin/privacy-requests/${filed.body.id}/complete`, {}, admin);
      expect(done.body.status).toBe('completed');
      expect(done.body.overdue).toBe(false);
      expect(done.body.events!.map((e) => e.type)).toEqual(['filed', 'acknowledged', 'completed']);

      const exported = await platform.request<ExportBody>(
        'GET',
        `/api/v1/privacy/requests/${filed.body.id}/export?key=${filed.body.accessKey}`,
      );
      expect(exported.status).toBe(200);
      expect(exported.body.cases.map((c) => c.trackingCode).sort()).toEqual(anCases.map((c) => c.trackingCode).sort());
      expect(JSON.stringify(exported.body)).not.toContain(otherCase.trackingCode);
      expect(JSON.stringify(exported.body)).not.toContain(other);
      expect(exported.body.cases[0].consent?.method).toBe('web_checkbox');
      const pdf = await fetch(`${platform.baseUrl}/api/v1/privacy/requests/${filed.body.id}/export?key=${filed.body.accessKey}&format=pdf`);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      const wrongKey = await platform.request('GET', `/api/v1/privacy/requests/${filed.body.id}/export?key=${'x'.repeat(32)}`);
      expect(wrongKey.status).toBe(404);
      const audit = await sql(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [filed.body.id]);
      expect(audit.map((a) => a.action)).toEqual([
        'privacy.request_filed',
        'privacy.request_acknowledged',
        'privacy.request_completed',
        'privacy.export_read',
        'privacy.export_read',
      ]);
    });

    it('corrects the contact on every case of the person (staff filing on their behalf)', async () => {
      const secretariat = await platform.login(...USERS.secretariat);
      const filed = await platform.request<RequestBody>(
        'POST',
        '/api/v1/admin/privacy-requests',
        { kind: 'correction', contactKind: 'email', contact: an, correction: { name: 'Nguyễn Văn Ân' } },
        secretariat,
      );
      expect(filed.status).toBe(201);
      const done = await platform.request<RequestBody>('POST', `/api/v1/admin/privacy-requests/${filed.body.id}/complete`, {}, admin);
      expect(done.body.outcome).toMatchObject({ corrected: 2 });
      const names = await sql<{ citizen_name: string }>(`SELECT citizen_name FROM cases WHERE citizen_email = $1`, [an]);
      expect(names.map((r) => r.citizen_name)).toEqual(['Nguyễn Văn Ân', 'Nguyễn Văn Ân']);
      expect((await sql(`SELECT citizen_name FROM cases WHERE id = $1`, [otherCase.id]))[0].citizen_name).toBe('Trần Thị Bình');
    });

    it('refuses an erasure while a legal hold applies, saying which case and why; erases once the hold ends', async () => {
      const code = await codeFor(an);
      const refused = await platform.request<ErrorBody>('POST', '/api/v1/privacy/requests', {
        kind: 'erasure',
        contactKind: 'email',
        contact: an,
        code,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('legal_hold');
      expect(refused.body.details?.[0].field).toBe('kind');
      expect(refused.body.message).toContain(anCases[0].trackingCode);
      expect(refused.body.message).toMatch(/still being handled/);

      for (const kase of anCases) await closeCase(kase);
      // Closed, but the retention period (RETENTION_YEARS=1) is running: still held.
      const staffRefused = await as<ErrorBody>('secretariat', 'POST', '/api/v1/admin/privacy-requests', {
        kind: 'erasure',
        contactKind: 'email',
        contact: an,
      });
      expect(staffRefused.status).toBe(422);
      expect(staffRefused.body.message).toMatch(/retention period runs until 2027-11-2/);

      clock.set(local('2027-12-01T09:00:00'));
      admin = await platform.login(...USERS.admin);
      const filed = await as<RequestBody>('secretariat', 'POST', '/api/v1/admin/privacy-requests', {
        kind: 'erasure',
        contactKind: 'email',
        contact: an,
      });
      expect(filed.status).toBe(201);
      const done = await platform.request<RequestBody>('POST', `/api/v1/admin/privacy-requests/${filed.body.id}/complete`, {}, admin);
      expect(done.body.status).toBe('completed');
      const rows = await sql<{ citizen_email: string | null; anonymised: boolean }>(
        `SELECT citizen_email, anonymised_at IS NOT NULL AS anonymised FROM cases WHERE id = ANY($1)`,
        [anCases.map((c) => c.id)],
      );
      expect(rows).toEqual([
        { citizen_email: null, anonymised: true },
        { citizen_email: null, anonymised: true },
      ]);
      // Nothing erased that another case still needs.
      expect((await sql(`SELECT citizen_email FROM cases WHERE id = $1`, [otherCase.id]))[0].citizen_email).toBe(other);
    });

    it('lists a request past its clock as overdue and alerts the data protection officer once', async () => {
      const filed = await as<RequestBody>('secretariat', 'POST', '/api/v1/admin/privacy-requests', {
        kind: 'consent_withdrawal',
        contactKind: 'email',
        contact: other,
        purposes: ['contact'],
      });
      expect(filed.status).toBe(201);
      clock.set(new Date(new Date(filed.body.completeDueAt).getTime() + 60_000));
      admin = await platform.login(...USERS.admin);
      const scan = await platform.request<{ overdueRequests: number }>('POST', '/api/v1/admin/privacy/scan', {}, admin);
      expect(scan.body.overdueRequests).toBe(1);
      expect(
        (await platform.request<{ overdueRequests: number }>('POST', '/api/v1/admin/privacy/scan', {}, admin)).body.overdueRequests,
      ).toBe(0);
      const overdue = await platform.request<RequestBody[]>('GET', '/api/v1/admin/privacy-requests?overdue=true', undefined, admin);
      expect(overdue.body.map((r) => r.id)).toEqual([filed.body.id]);
      await waitFor(
        () => platform.smtp.messages.find((m) => m.to.includes('dpo@hdnd.example.vn') && m.text.includes(filed.body.id)),
        'DPO alert',
      );
      const done = await platform.request<RequestBody>('POST', `/api/v1/admin/privacy-requests/${filed.body.id}/complete`, {}, admin);
      expect(done.body.outcome).toMatchObject({ withdrawn: ['contact'] });
      expect((await sql(`SELECT contact_withdrawn_at IS NOT NULL AS w FROM case_consents WHERE case_id = $1`, [otherCase.id]))[0].w).toBe(
        true,
      );
    });
  });

  describe('breach register', () => {
    it('refuses a record missing required fields, naming them', async () => {
      const res = await as<ErrorBody>('operator', 'POST', '/api/v1/breaches', { summary: 'Thiếu thông tin' });
      expect(res.status).toBe(400);
      expect([...new Set(res.body.details?.map((d) => d.field))].sort()).toEqual(['dataCategories', 'discoveredAt']);
    });

    it('starts the 72-hour clock, lists the affected people, drafts notices, stays append-only, and alerts when overdue', async () => {
      const victim = await submit({ citizen: { name: 'Lê Văn Cường', email: 'cuong.privacy@example.com' } });
      const discoveredAt = clock.now();
      const recorded = await as<BreachBody>('operator', 'POST', '/api/v1/breaches', {
        summary: 'Một tệp CSV danh sách hồ sơ bị gửi nhầm địa chỉ thư',
        discoveredAt: discoveredAt.toISOString(),
        dataCategories: ['contact', 'description'],
        trackingCodes: [victim.trackingCode],
      });
      expect(recorded.status).toBe(201);
      expect(new Date(recorded.body.notifyDueAt).getTime() - discoveredAt.getTime()).toBe(72 * 3600_000);
      const detail = await platform.request<BreachBody>('GET', `/api/v1/admin/breaches/${recorded.body.id}`, undefined, admin);
      expect(detail.body.affected).toEqual([
        expect.objectContaining({ trackingCode: victim.trackingCode, email: 'cuong.privacy@example.com' }),
      ]);
      expect(detail.body.drafts.map((d) => d.to)).toEqual(['authority', 'subject']);
      expect(detail.body.drafts[1].recipient).toBe('cuong.privacy@example.com');
      await expect(sql(`UPDATE breaches SET summary = 'x' WHERE id = $1`, [recorded.body.id])).rejects.toThrow(/append-only/);
      await expect(sql(`DELETE FROM breach_entries WHERE breach_id = $1`, [recorded.body.id])).rejects.toThrow(/append-only/);

      clock.set(new Date(discoveredAt.getTime() + 72 * 3600_000 + 60_000));
      admin = await platform.login(...USERS.admin);
      const scan = await platform.request<{ overdueBreaches: number }>('POST', '/api/v1/admin/privacy/scan', {}, admin);
      expect(scan.body.overdueBreaches).toBe(1);
      expect(
        (await platform.request<{ overdueBreaches: number }>('POST', '/api/v1/admin/privacy/scan', {}, admin)).body.overdueBreaches,
      ).toBe(0);
      const after = await platform.request<BreachBody>('GET', `/api/v1/admin/breaches/${recorded.body.id}`, undefined, admin);
      expect(after.body.overdue).toBe(true);
      expect(after.body.entries.map((e) => e.type)).toEqual(['recorded', 'overdue_alert']);
      await waitFor(
        () =>
          platform.smtp.messages.find(
            (m) => m.to.includes('dpo@hdnd.example.vn') && /Quá hạn/.test(m.subject) && m.text.includes(recorded.body.id),
          ),
        'overdue alert',
      );
      const notified = await platform.request<BreachBody>(
        'POST',
        `/api/v1/admin/breaches/${recorded.body.id}/entries`,
        { type: 'authority_notified', note: 'Đã thông báo cơ quan chuyên trách' },
        admin,
      );
      expect(notified.body.authorityNotified).toBe(true);
      expect(notified.body.overdue).toBe(false);
    });

    it('raises a suspected breach when one account exports more than the threshold within the window', async () => {
      const secretariat = await platform.login(...USERS.secretariat);
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${platform.baseUrl}/api/v1/cases/export.csv`, { headers: { authorization: `Bearer ${secretariat}` } });
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
      const scan = await platform.request<{ exportBursts: number }>('POST', '/api/v1/admin/privacy/scan', {}, admin);
      expect(scan.body.exportBursts).toBe(1);
      expect((await platform.request<{ exportBursts: number }>('POST', '/api/v1/admin/privacy/scan', {}, admin)).body.exportBursts).toBe(0);
      const list = await platform.request<(BreachBody & { source: string })[]>('GET', '/api/v1/admin/breaches', undefined, admin);
      const burst = list.body.filter((b) => b.source === 'export_burst');
      expect(burst).toHaveLength(1);
      // The suspected breach reaches the data protection officer.
      await waitFor(
        () =>
          platform.smtp.messages.find(
            (m) => m.to.includes('dpo@hdnd.example.vn') && /Nghi vấn vi phạm/.test(m.subject) && m.text.includes('export_burst'),
          ),
        'suspected-breach alert',
      );
    });
  });

  it('shows the record of processing, generated from the projection and the retention configuration', async () => {
    const res = await platform.request<{ categories: { field: string; audiences: { audience: string }[]; retention: string }[] }>(
      'GET',
      '/api/v1/admin/processing-record',
      undefined,
      admin,
    );
    expect(res.status).toBe(200);
    const identity = res.body.categories.find((c) => c.field === 'identity')!;
    expect(identity.audiences.map((a) => a.audience).sort()).toEqual(['admin', 'agency_head', 'agency_officer', 'secretariat']);
    expect(identity.retention).toMatch(/^1 năm/);
    expect((await as('operator', 'GET', '/api/v1/admin/processing-record')).status).toBe(403);
  });
});

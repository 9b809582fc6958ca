import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JobName, QueueName } from '@hotline/contracts';
import { type ApiErrorBody, type CaseDetail, makeCaseInput, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface Suggestions {
  modelVersion: string | null;
  suggestions: {
    agency: { code: string; name: string };
    confidence: number;
    reasons: { group: string; value: string; weight: number }[];
  }[];
}
type CaseSuggestions = Suggestions & { caseId: string };

/** No routing rule matches this category: its cases wait in triage for the secretariat. */
const TRIAGE_CATEGORY = 'HANH-CHINH.THU-TUC';

/** A small generated history: three topics, each always routed by the secretariat to one agency. */
const TOPICS = [
  { agency: 'SNNMT', texts: ['Chậm cấp sổ đỏ', 'Giấy chứng nhận quyền sử dụng đất chưa được cấp', 'Hồ sơ cấp sổ đỏ bị trả lại nhiều lần'] },
  { agency: 'URENCO-HN', texts: ['Rác thải tồn đọng đầu ngõ', 'Xe thu gom rác không đến', 'Bãi rác tự phát bốc mùi'] },
  { agency: 'NUOCSACH-HN', texts: ['Mất nước sinh hoạt ba ngày', 'Nước máy có mùi lạ', 'Vỡ đường ống nước sạch'] },
];

describe('routing that learns: suggestions in triage from past decisions', () => {
  let platform: TestPlatform;
  let secretariat: string;
  let admin: string;

  beforeAll(async () => {
    platform = await newPlatform().start();
    [secretariat, admin] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.admin)]);
  });
  afterAll(() => platform.stop());

  const submitToTriage = async (title: string, description = `${title}, đề nghị cơ quan chức năng xem xét giải quyết.`) => {
    const { body } = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({ title, description, categoryCode: TRIAGE_CATEGORY }),
    );
    await platform.waitForCaseStatus(body.id, 'triage', secretariat);
    return body.id;
  };
  const suggestionsFor = (id: string) =>
    platform.request<Suggestions>('GET', `/api/v1/cases/${id}/routing-suggestions`, undefined, secretariat);
  const suggestionsOfMany = (caseIds: string[]) =>
    platform.request<{ items: CaseSuggestions[] }>(
      'GET',
      `/api/v1/routing-suggestions?caseIds=${caseIds.join(',')}`,
      undefined,
      secretariat,
    );
  /** Until the model has learnt every route and return so far (a new version between two calls would change them). */
  const everyDecisionLearnt = () =>
    waitFor(async () => {
      const [row] = await platform.db.dataSource.query(
        `SELECT watermark_event_id AS w FROM learning_model_versions WHERE kind = 'routing' ORDER BY id DESC LIMIT 1`,
      );
      const [last] = await platform.db.dataSource.query(
        `SELECT max(id) AS id FROM case_events WHERE type = 'routed' OR data->>'action' = 'return'`,
      );
      return row && row.w === last.id;
    }, 'the worker to learn every decision');
  const latestVersion = async () =>
    (
      await platform.db.dataSource.query(`SELECT id, mode FROM learning_model_versions WHERE kind = 'routing' ORDER BY id DESC LIMIT 1`)
    )[0] as { id: string; mode: string } | undefined;

  it('suggests nothing with an empty history, and the triage list still works', async () => {
    const id = await submitToTriage('Chậm cấp sổ đỏ cho hộ gia đình');
    const res = await suggestionsFor(id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ modelVersion: null, suggestions: [] });
    const triage = await platform.request<{ items: { id: string }[] }>('GET', '/api/v1/cases?status=triage', undefined, secretariat);
    expect(triage.status).toBe(200);
    expect(triage.body.items.map((c) => c.id)).toContain(id);
  });

  it('learns from the secretariat’s routes and returns as they happen, and suggests the right agency with why', async () => {
    for (const topic of TOPICS) {
      for (const text of topic.texts) {
        const id = await submitToTriage(text);
        const routed = await platform.request('POST', `/api/v1/cases/${id}/route`, { agencyCode: topic.agency }, secretariat);
        expect(routed.status).toBe(200);
      }
    }
    // A wrong route, returned by the agency: a negative example for it.
    const wrong = await submitToTriage('Nước máy đục, có cặn');
    expect((await platform.request('POST', `/api/v1/cases/${wrong}/route`, { agencyCode: 'URENCO-HN' }, secretariat)).status).toBe(200);
    expect(
      (await platform.request('POST', `/api/v1/cases/${wrong}/return`, { reason: 'Không thuộc thẩm quyền: nước sạch' }, admin)).status,
    ).toBe(200);
    await everyDecisionLearnt();

    // Written without diacritics and misspelt: the text is folded as every search folds it.
    const id = await submitToTriage('cham cap so do', 'Gia dinh toi nop ho so cap so do da 6 thang chua duoc giai quyet');
    const res = await waitFor(async () => {
      const r = await suggestionsFor(id);
      return r.body.suggestions.length ? r : undefined;
    }, 'suggestions for the new case');
    expect(res.body.modelVersion).toBe((await latestVersion())!.id);
    expect(res.body.suggestions.length).toBeLessThanOrEqual(3);
    expect(res.body.suggestions[0].agency.code).toBe('SNNMT');
    expect(res.body.suggestions[0].confidence).toBeGreaterThan(res.body.suggestions[1].confidence);
    expect(res.body.suggestions[0].reasons.map((r) => r.value)).toEqual(expect.arrayContaining(['so']));

    // One click accepts: the existing route action with the suggested agency.
    const accepted = await platform.request<CaseDetail>(
      'POST',
      `/api/v1/cases/${id}/route`,
      { agencyCode: res.body.suggestions[0].agency.code },
      secretariat,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('routed');
    expect(accepted.body.agency?.code).toBe('SNNMT');

    // Suggestions were kept for every triage case once the first model existed: the routes after it are measured.
    const [kept] = await platform.db.dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE e.agency_id = s.top_agency_id)::int AS hits
         FROM case_events e JOIN routing_suggestions s ON s.case_id = e.case_id AND s.computed_at <= e.created_at
        WHERE e.type = 'routed' AND e.actor_type = 'staff'`,
    );
    expect(kept.n).toBeGreaterThan(0);
    const accuracy = await platform.request<{ withSuggestion: number; top1: number; top3: number; overrideRate: number }>(
      'GET',
      '/api/v1/learning/accuracy',
      undefined,
      admin,
    );
    expect(accuracy.status).toBe(200);
    expect(accuracy.body).toMatchObject({ withSuggestion: kept.n, top1: kept.hits / kept.n });
    expect(accuracy.body.overrideRate).toBeCloseTo(1 - kept.hits / kept.n);
    expect(accuracy.body.top3).toBeGreaterThanOrEqual(accuracy.body.top1);
  });

  it('never suggests an agency retired since the model was trained', async () => {
    const created = await platform.request<{ id: string }>(
      'POST',
      '/api/v1/admin/agencies',
      { code: 'CAYXANH-HN', name: 'Công ty Cây xanh Hà Nội', nameEn: 'Hanoi Greenery Company', email: 'cayxanh@hanoi.example.vn' },
      admin,
    );
    expect(created.status).toBe(201);
    for (const text of ['Cây xanh bị đổ chắn đường', 'Cành cây gãy nguy hiểm', 'Đề nghị cắt tỉa cây xanh']) {
      const id = await submitToTriage(text);
      expect((await platform.request('POST', `/api/v1/cases/${id}/route`, { agencyCode: 'CAYXANH-HN' }, secretariat)).status).toBe(200);
    }
    const id = await submitToTriage('Cây xanh đổ, cành cây gãy');
    await waitFor(async () => (await suggestionsFor(id)).body.suggestions[0]?.agency.code === 'CAYXANH-HN', 'the new agency learnt');
    expect((await platform.request('PATCH', `/api/v1/admin/agencies/${created.body.id}`, { active: false }, admin)).status).toBe(200);
    const res = await suggestionsFor(id);
    expect(res.status).toBe(200);
    expect(res.body.suggestions.length).toBeGreaterThan(0);
    expect(res.body.suggestions.map((s) => s.agency.code)).not.toContain('CAYXANH-HN');
  });

  it('answers for many cases in one request exactly as for each case, and leaves out ids that name no case', async () => {
    await everyDecisionLearnt();
    const ids = [
      await submitToTriage('Rác thải tồn đọng trước cổng chợ'),
      await submitToTriage('Mất nước sinh hoạt cả khu tập thể'),
      await submitToTriage('Chậm cấp sổ đỏ cho hộ gia đình'),
    ];
    const [routed] = await platform.db.dataSource.query(`SELECT id FROM cases WHERE status = 'routed' LIMIT 1`);
    ids.push(routed.id);
    const unknown = randomUUID();

    const batch = await suggestionsOfMany([unknown, ...ids]);
    expect(batch.status).toBe(200);
    const singles = await Promise.all(ids.map(async (caseId) => ({ caseId, ...(await suggestionsFor(caseId)).body })));
    const byCaseId = (a: CaseSuggestions, b: CaseSuggestions) => a.caseId.localeCompare(b.caseId);
    expect([...batch.body.items].sort(byCaseId)).toEqual(singles.sort(byCaseId));
    expect(batch.body.items.map((item) => item.caseId)).not.toContain(unknown);
    expect(batch.body.items.every((item) => item.suggestions.length > 0)).toBe(true);
  });

  it('answers for as many cases as a triage page holds, and refuses one more with its code', async () => {
    const hundred = Array.from({ length: 100 }, () => randomUUID());
    const full = await suggestionsOfMany(hundred);
    expect(full.status).toBe(200);
    expect(full.body.items).toEqual([]);
    const tooMany = await platform.request<ApiErrorBody>(
      'GET',
      `/api/v1/routing-suggestions?caseIds=${[...hundred, randomUUID()].join(',')}`,
      undefined,
      secretariat,
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('validation_failed');
    expect(tooMany.body.details).toEqual([expect.objectContaining({ field: 'caseIds' })]);
    const notIds = await platform.request<ApiErrorBody>('GET', '/api/v1/routing-suggestions?caseIds=123,abc', undefined, secretariat);
    expect(notIds.status).toBe(400);
    expect(notIds.body.code).toBe('validation_failed');
    expect(notIds.body.details).toEqual([expect.objectContaining({ field: 'caseIds' })]);
  });

  it('suggests nothing for a draft without text, and ranks a draft the operator is typing', async () => {
    const operator = await platform.login(...USERS.operator);
    const empty = await platform.request<Suggestions>(
      'POST',
      '/api/v1/routing-suggestions/preview',
      { text: '  ...  ', kind: 'feedback', channel: 'hotline' },
      operator,
    );
    expect(empty.status).toBe(200);
    expect(empty.body.suggestions).toEqual([]);
    const typed = await platform.request<Suggestions>(
      'POST',
      '/api/v1/routing-suggestions/preview',
      { text: 'mat nuoc sinh hoat', kind: 'feedback', channel: 'hotline', categoryCode: TRIAGE_CATEGORY },
      operator,
    );
    expect(typed.status).toBe(200);
    expect(typed.body.suggestions[0].agency.code).toBe('NUOCSACH-HN');
  });

  it('routes a confident triage case automatically once the secretariat sets a threshold, with an event saying so', async () => {
    const set = await platform.request('PUT', '/api/v1/learning/settings', { autoRouteThreshold: 0.5 }, secretariat);
    expect(set.status).toBe(200);
    const { body } = await platform.request<Receipt>(
      'POST',
      '/api/v1/cases',
      makeCaseInput({
        title: 'Mất nước sinh hoạt',
        description: 'Mất nước sinh hoạt, vỡ đường ống nước sạch',
        categoryCode: TRIAGE_CATEGORY,
      }),
    );
    const routed = await platform.waitForCaseStatus<CaseDetail>(body.id, 'routed', secretariat);
    expect(routed.agency?.code).toBe('NUOCSACH-HN');
    const event = routed.events.find((e) => e.type === 'routed')!;
    expect(event.note).toMatch(/Tự động chuyển theo gợi ý/);
    expect((await platform.request('PUT', '/api/v1/learning/settings', { autoRouteThreshold: null }, secretariat)).status).toBe(200);
  });

  it('trains in full on the nightly job, as a new version', async () => {
    const before = (await latestVersion())!.id;
    const queue = platform.worker!.get<Queue>(getQueueToken(QueueName.Learning));
    await queue.add(JobName.TrainModels, {});
    const after = await waitFor(async () => {
      const v = await latestVersion();
      return v && v.id !== before && v.mode === 'full' ? v : undefined;
    }, 'a full training');
    const [row] = await platform.db.dataSource.query(`SELECT metrics FROM learning_model_versions WHERE id = $1`, [after.id]);
    // Every route and return so far (the automatic route on a suggestion is not learnt from).
    const [{ n }] = await platform.db.dataSource.query(
      `SELECT count(*)::int AS n FROM case_events WHERE (type = 'routed' AND actor_type = 'staff') OR data->>'action' = 'return'`,
    );
    expect(row.metrics.decisions).toBe(n);
  });

  it('never suggests, for a denunciation, the body it accuses nor any of its units: the agencies routing would refuse', async () => {
    const denunciation = async (accusedAgencyCode: string) => {
      const { body } = await platform.request<Receipt>(
        'POST',
        '/api/v1/cases',
        makeCaseInput({
          kind: 'denunciation',
          title: 'Tố cáo cán bộ gây khó dễ khi cấp sổ đỏ',
          description: 'Cán bộ gây khó dễ, đòi tiền khi gia đình tôi nộp hồ sơ cấp sổ đỏ, chậm cấp giấy chứng nhận nhiều tháng.',
          categoryCode: TRIAGE_CATEGORY,
          accusedAgencyCode,
          citizen: { name: 'Vũ Thị Hạnh', phone: '0966 111 222', email: 'vu.thi.hanh@example.com', address: '8 ngõ Tạm Thương' },
        }),
      );
      return body.id;
    };
    // The city's committee manages every agency of the demo city: all of them are it or its units.
    const atCity = await denunciation('UBND-HN');
    await platform.waitForCaseStatus(atCity, 'triage', secretariat);
    const none = await suggestionsFor(atCity);
    expect(none.status).toBe(200);
    expect(none.body.modelVersion).not.toBeNull();
    expect(none.body.suggestions).toEqual([]);
    // Accusing the department the same words go to: it is left out, and each agency suggested takes the route.
    const atDepartment = await denunciation('SNNMT');
    const some = await waitFor(async () => {
      const r = await suggestionsFor(atDepartment);
      return r.body.suggestions.length ? r.body.suggestions : undefined;
    }, 'suggestions for the denunciation');
    expect(some.map((x) => x.agency.code)).not.toContain('SNNMT');
    const refused = await platform.request<ApiErrorBody>(
      'POST',
      `/api/v1/cases/${atDepartment}/route`,
      { agencyCode: 'SNNMT' },
      secretariat,
    );
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 422, code: 'denunciation_routed_to_accused' });
  });
});

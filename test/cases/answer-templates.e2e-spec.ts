import {
  type AnswerCheck,
  type AnswerTemplate,
  type ApiErrorBody,
  type FilledAnswerTemplate,
  makeCaseInput,
  type Receipt,
  TestPlatform,
} from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

describe('answer templates', () => {
  let platform: TestPlatform;
  let secretariat = '';
  let officer = '';

  beforeAll(async () => {
    platform = await newPlatform().start();
    [secretariat, officer] = await Promise.all([platform.login(...USERS.secretariat), platform.login(...USERS.officerSxd)]);
  });
  afterAll(() => platform.stop());

  const create = (body: Record<string, unknown>, token = secretariat) =>
    platform.request<AnswerTemplate & ApiErrorBody>('POST', '/api/v1/answer-templates', body, token);

  it('refuses a template naming an unknown field with 422, naming the field', async () => {
    const res = await create({ name: 'Mẫu sai', body: 'Hồ sơ {{case_code}} của {{citizen_phone}} đã được xử lý.' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('unknown_template_field');
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'body', message: expect.stringContaining('{{citizen_phone}}') })]);
    const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM answer_templates`);
    expect(n).toBe(0);
  });

  it('is managed by the secretariat only', async () => {
    expect((await create({ name: 'Mẫu', body: 'Trả lời hồ sơ {{case_code}}.' }, officer)).status).toBe(403);
    const created = await create({ name: 'Mẫu tạm', body: 'Trả lời hồ sơ {{case_code}} tạm.' });
    expect(created.status).toBe(201);
    const patched = await platform.request<AnswerTemplate>(
      'PATCH',
      `/api/v1/answer-templates/${created.body.id}`,
      { name: 'Mẫu đã sửa' },
      secretariat,
    );
    expect(patched.body.name).toBe('Mẫu đã sửa');
    const bad = await platform.request<ApiErrorBody>(
      'PATCH',
      `/api/v1/answer-templates/${created.body.id}`,
      { body: 'Sai {{foo}}' },
      secretariat,
    );
    expect(bad.status).toBe(422);
    expect((await platform.request('DELETE', `/api/v1/answer-templates/${created.body.id}`, undefined, secretariat)).status).toBe(204);
    expect((await platform.request('DELETE', `/api/v1/answer-templates/${created.body.id}`, undefined, secretariat)).status).toBe(404);
  });

  it('fills the templates of the case’s kind and category for the officer, and warns on what the answer lacks', async () => {
    const template = await create({
      name: 'Trả lời phản ánh giao thông',
      kind: 'feedback',
      categoryCode: 'GIAO-THONG',
      body: 'Trả lời hồ sơ {{case_code}} tiếp nhận ngày {{received_date}}: căn cứ {{legal_basis}}, {{agency}} đã xử lý.',
      legalBasis: 'Điều 5 Thông tư 37/2018/TT-BGTVT',
      requiresLegalBasis: true,
      requiresDate: true,
      requiresAttachment: true,
    });
    expect(template.status).toBe(201);
    await create({ name: 'Mẫu khiếu nại', kind: 'complaint', body: 'Khiếu nại {{case_code}} đã được thụ lý.' });

    const { body: kase } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput());
    await platform.waitForCaseStatus(kase.id, 'routed', officer);
    const offered = await platform.request<FilledAnswerTemplate[]>('GET', `/api/v1/cases/${kase.id}/answer-templates`, undefined, officer);
    expect(offered.status).toBe(200);
    expect(offered.body.map((t) => t.name)).toEqual(['Trả lời phản ánh giao thông']);
    expect(offered.body[0].filled).toContain(kase.trackingCode);
    expect(offered.body[0].filled).toContain('Điều 5 Thông tư 37/2018/TT-BGTVT');
    expect(offered.body[0].filled).toContain('Sở Xây dựng');
    expect(offered.body[0].filled).not.toContain('{{');

    const check = (answer: string) =>
      platform.request<AnswerCheck>('POST', `/api/v1/cases/${kase.id}/answer-check`, { answer, templateId: template.body.id }, officer);
    const bare = await check('Đơn vị đã xử lý xong {{agency}}.');
    expect(bare.body.warnings.map((w) => w.code)).toEqual(['no_legal_basis', 'no_date', 'no_attachment', 'unfilled_field']);
    const filled = await check(offered.body[0].filled);
    expect(filled.body.warnings.map((w) => w.code)).toEqual(['no_attachment']);
  });
});

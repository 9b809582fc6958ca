import { type CaseDetail, makeCaseInput, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

interface TrackingView {
  timeline: { type: string; note?: string }[];
}

describe('internal notes on a case', () => {
  let platform: TestPlatform;
  let caseId = '';
  let code = '';
  let key = '';
  let officer = '';

  beforeAll(async () => {
    platform = await newPlatform().start();
    const res = await platform.request<{ id: string; trackingCode: string; accessKey: string }>('POST', '/api/v1/cases', makeCaseInput());
    ({ id: caseId, trackingCode: code, accessKey: key } = res.body);
    officer = await platform.login(...USERS.officerSxd);
    await waitFor(
      async () => (await platform.request<CaseDetail>('GET', `/api/v1/cases/${caseId}`, undefined, officer)).status === 200,
      'the case to reach the agency',
    );
  });
  afterAll(() => platform.stop());

  it('adds a staff-only note to the history without changing the status', async () => {
    const before = await platform.request<CaseDetail>('GET', `/api/v1/cases/${caseId}`, undefined, officer);
    const res = await platform.request<CaseDetail>(
      'POST',
      `/api/v1/cases/${caseId}/notes`,
      { note: 'Hẹn kiểm tra hiện trường thứ Năm.' },
      officer,
    );
    expect(res.status).toBe(201);
    expect(res.body.status).toBe(before.body.status);
    expect(res.body.events.at(-1)).toEqual(
      expect.objectContaining({
        type: 'internal_note',
        note: 'Hẹn kiểm tra hiện trường thứ Năm.',
        visibleToCitizen: false,
        actorName: expect.any(String),
      }),
    );
  });

  it('never shows the note to the citizen', async () => {
    const view = await platform.request<TrackingView>('GET', `/api/v1/cases/track/${code}?key=${encodeURIComponent(key)}`);
    expect(view.status).toBe(200);
    expect(view.body.timeline.some((e) => e.type === 'internal_note' || e.note?.includes('hiện trường'))).toBe(false);
  });

  it('refuses an empty note with the field named', async () => {
    const res = await platform.request<{ details: { field: string }[] }>('POST', `/api/v1/cases/${caseId}/notes`, { note: '' }, officer);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d) => d.field)).toContain('note');
  });

  it('refuses a council member (read-only role)', async () => {
    const council = await platform.login(...USERS.council);
    const res = await platform.request('POST', `/api/v1/cases/${caseId}/notes`, { note: 'Ghi chú thử' }, council);
    expect(res.status).toBe(403);
  });
});

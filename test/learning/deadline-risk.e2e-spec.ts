import { FakeClock } from '@hotline/config';
import { DeadlineRiskService } from '@hotline/learning';
import { type CaseList, makeCaseInput, type Receipt, TestPlatform } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

describe('deadline risk: every open case carries a probability of missing its due date', () => {
  const clock = new FakeClock(local('2026-11-02T09:00:00'));
  let platform: TestPlatform;
  let officer: string;
  let secretariat: string;
  const risk = () => platform.worker!.get(DeadlineRiskService);

  const submitAndAccept = async (): Promise<Receipt> => {
    const { body } = await platform.request<Receipt>('POST', '/api/v1/cases', makeCaseInput());
    await platform.waitForCaseStatus(body.id, 'routed', secretariat);
    expect((await platform.request('POST', `/api/v1/cases/${body.id}/accept`, {}, officer)).status).toBe(200);
    return body;
  };

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    [officer, secretariat] = await Promise.all([platform.login(...USERS.officerSxd), platform.login(...USERS.secretariat)]);
  });
  afterAll(() => platform.stop());

  it('learns from met and missed answer clocks, scores the open cases and sorts the list by the score', async () => {
    // History: Sở Xây dựng answers three cases at once and lets four run past their due date.
    const answered = [await submitAndAccept(), await submitAndAccept(), await submitAndAccept()];
    const late = [await submitAndAccept(), await submitAndAccept(), await submitAndAccept(), await submitAndAccept()];
    for (const c of answered) {
      const res = await platform.request('POST', `/api/v1/cases/${c.id}/answer`, { answer: 'Đã xử lý xong, cảm ơn ông/bà.' }, officer);
      expect(res.status).toBe(200);
    }
    clock.set(local('2026-11-16T09:00:00'));
    const fresh = await submitAndAccept();

    expect(await risk().train()).not.toBeNull();
    expect(await risk().score()).toBe(late.length + 1);
    const scores: { case_id: string; probability: number }[] = await platform.db.dataSource.query(
      `SELECT case_id, probability FROM case_risk ORDER BY probability DESC, case_id DESC`,
    );
    expect(scores.map((s) => s.case_id).sort()).toEqual([...late, fresh].map((c) => c.id).sort());
    for (const s of scores) {
      expect(s.probability).toBeGreaterThanOrEqual(0);
      expect(s.probability).toBeLessThanOrEqual(1);
    }
    // Past due at an agency that misses deadlines: riskier than a case with all its time left.
    const of = (id: string) => scores.find((s) => s.case_id === id)!.probability;
    for (const c of late) expect(of(c.id)).toBeGreaterThan(of(fresh.id));

    const list = await platform.request<CaseList>('GET', '/api/v1/cases?sort=risk&status=accepted', undefined, secretariat);
    expect(list.status).toBe(200);
    expect(list.body.items.map((c) => c.id)).toEqual(scores.map((s) => s.case_id));

    // An answered case leaves the scores at the next run.
    await platform.request('POST', `/api/v1/cases/${late[0].id}/answer`, { answer: 'Đã xử lý xong, xin lỗi vì chậm.' }, officer);
    await risk().score();
    const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM case_risk WHERE case_id = $1`, [late[0].id]);
    expect(n).toBe(0);
  });

  it('sends the secretariat one daily list of the cases likely to be late while they are not yet due', async () => {
    // The fresh case on the morning it falls due, at an agency that let most of its cases run late.
    clock.set(local('2026-11-23T08:00:00'));
    const sent = await risk().sendDigest(clock.now().toISOString());
    const atRisk = await risk().atRisk();
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBe(atRisk.length);
    const mail = await platform.smtp.waitForMail((m) => m.subject.startsWith('Hồ sơ có nguy cơ trễ hạn'), 'the digest');
    expect(mail.to).toContain('vanphong@hdnd.example.vn');
    for (const c of atRisk) expect(mail.text).toContain(c.trackingCode);
    // Once a day: a second run the same day queues nothing (the notice's dedupe key names the day).
    await risk().sendDigest(clock.now().toISOString());
    const [{ n }] = await platform.db.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE template = 'risk-digest'`);
    expect(n).toBe(1);
  });
});

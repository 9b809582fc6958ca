import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { AppConfig, FakeClock } from '@hotline/config';
import { JobName, QUEUE_OF_JOB, QueueName } from '@hotline/contracts';
import { DeadlineScanService } from '@hotline/deadlines';
import { enabledSchedules, JOB_SCHEDULES } from '@hotline/platform';
import { type CaseDetail, makeCaseInput, type OverdueGroup, type Receipt, TestPlatform, waitFor } from '@hotline/testing';
import { newPlatform, USERS } from '../platform';

const SXD = 'soxd@hanoi.example.vn';
const SXD_HEAD = 'giamdoc.soxd@hanoi.example.vn';
const SECRETARIAT = 'vanphong@hdnd.example.vn';
/** Hà Nội local time → instant. */
const local = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

describe('deadlines on a moving clock', () => {
  const clock = new FakeClock(local('2026-11-23T09:00:00'));
  let platform: TestPlatform;
  let officer: string;
  let secretariat: string;

  const scan = () => platform.worker!.get(DeadlineScanService).scan(clock.now());
  const detail = async (id: string, token = secretariat) =>
    (await platform.request<CaseDetail>('GET', `/api/v1/cases/${id}`, undefined, token)).body;
  const clockOf = async (id: string, name: string) => (await detail(id)).deadlines.find((d) => d.clock === name)!;
  const mailsFor = (caseCode: string, subjectPart: string) =>
    platform.smtp.messages.filter((m) => m.subject.includes(caseCode) && m.subject.includes(subjectPart));

  async function submitAndRoute(input: Record<string, unknown> = {}, path = '/api/v1/cases', token?: string): Promise<Receipt> {
    const { body } = await platform.request<Receipt>('POST', path, makeCaseInput(input), token);
    await waitFor(async () => !['received'].includes((await detail(body.id)).status), 'routing');
    return body;
  }

  beforeAll(async () => {
    platform = await newPlatform().start({ clock });
    [officer, secretariat] = await Promise.all([platform.login(...USERS.officerSxd), platform.login(...USERS.secretariat)]);
  });
  afterAll(() => platform.stop());

  it('registers each schedule of the one table once for the cluster, on its job’s queue, with its timing', async () => {
    for (const schedule of enabledSchedules(platform.api.get(AppConfig))) {
      const queue = platform.worker!.get<Queue>(getQueueToken(QUEUE_OF_JOB[schedule.job]));
      const schedulers = (await queue.getJobSchedulers()).filter((s) => s.key === schedule.key);
      expect(schedulers.map((s) => ({ key: s.key, name: s.name, every: s.every, pattern: s.pattern, tz: s.tz }))).toEqual([
        { key: schedule.key, name: schedule.job, ...schedule.repeat },
      ]);
    }
    expect(JOB_SCHEDULES.map((s) => s.job).sort()).toEqual(
      [
        JobName.AnonymiseClosedCases,
        JobName.RefreshRollups,
        JobName.ScanDeadlines,
        JobName.TrainModels,
        JobName.ScoreDeadlineRisk,
        JobName.SendRiskDigest,
        JobName.ScanPrivacy,
        JobName.PaknPull,
      ].sort(),
    );
    // The PAKN pull runs only when PAKN_URL is set (docs/channels.md); this platform has none.
    expect(await platform.worker!.get<Queue>(getQueueToken(QueueName.Pakn)).getJobSchedulers()).toEqual([]);
    expect(
      enabledSchedules(platform.api.get(AppConfig))
        .map((s) => s.job)
        .sort(),
    ).toEqual(
      [
        JobName.AnonymiseClosedCases,
        JobName.RefreshRollups,
        JobName.ScanDeadlines,
        JobName.TrainModels,
        JobName.ScoreDeadlineRisk,
        JobName.SendRiskDigest,
        JobName.ScanPrivacy,
      ].sort(),
    );
  });

  it('reminds, escalates and lists a feedback case exactly once per stage, even with concurrent scans', async () => {
    clock.set(local('2026-11-23T09:00:00'));
    const kase = await submitAndRoute();
    clock.set(local('2026-11-23T09:30:00'));
    expect((await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, {}, officer)).status).toBe(200);
    // Feedback: 5 working days after Mon 23/11 → Mon 30/11 17:00.
    expect(await clockOf(kase.id, 'answer')).toMatchObject({ status: 'running', dueAt: local('2026-11-30T17:00:00').toISOString() });
    expect(await clockOf(kase.id, 'acknowledge')).toMatchObject({ status: 'met' });

    clock.set(local('2026-11-25T12:00:00'));
    await Promise.all([scan(), scan()]);
    expect(mailsFor(kase.trackingCode, 'Nhắc hạn')).toHaveLength(0);

    clock.set(local('2026-11-26T08:00:00')); // 2 working days before the due day
    await Promise.all([scan(), scan()]);
    await platform.smtp.waitForMail((m) => m.subject.includes(kase.trackingCode) && m.subject.includes('Nhắc hạn'), 'the reminder');
    const listed = await platform.request<{ items: { id: string; workingDaysLeft: number }[] }>(
      'GET',
      '/api/v1/cases?dueWithin=3d',
      undefined,
      officer,
    );
    expect(listed.body.items.find((c) => c.id === kase.id)?.workingDaysLeft).toBe(2);

    clock.set(local('2026-11-30T08:00:00'));
    await Promise.all([scan(), scan()]);
    await platform.smtp.waitForMail(
      (m) => m.subject.includes(kase.trackingCode) && m.subject.includes('Đến hạn hôm nay'),
      'the due-today notice',
    );

    clock.set(local('2026-12-01T08:00:00'));
    await Promise.all([scan(), scan()]);
    await waitFor(() => mailsFor(kase.trackingCode, 'QUÁ HẠN').length === 2 || undefined, 'both overdue escalations');
    const overdueList = await platform.request<{ items: { id: string; overdue: boolean; workingDaysLeft: number }[] }>(
      'GET',
      '/api/v1/cases?overdue=true',
      undefined,
      secretariat,
    );
    expect(overdueList.body.items.find((c) => c.id === kase.id)).toMatchObject({ overdue: true, workingDaysLeft: -1 });

    clock.set(local('2026-12-08T08:00:00')); // more than 5 working days after the due day
    await Promise.all([scan(), scan()]);
    await waitFor(() => mailsFor(kase.trackingCode, 'Chậm trên 5 ngày').length === 2 || undefined, 'both very-late notices');
    const board = await platform.request<OverdueGroup[]>('GET', '/api/v1/deadlines/overdue', undefined, secretariat);
    const sxd = board.body.find((g) => g.agency?.code === 'SXD')!;
    expect(sxd.cases.find((c) => c.id === kase.id)).toMatchObject({ veryLate: true, workingDaysOverdue: 6 });

    await Promise.all([scan(), scan(), scan()]);
    await new Promise((resolve) => setTimeout(resolve, 500)); // let any wrongly queued duplicate reach the capture
    expect(mailsFor(kase.trackingCode, 'Nhắc hạn').map((m) => m.to)).toEqual([[SXD]]);
    expect(mailsFor(kase.trackingCode, 'Đến hạn hôm nay').map((m) => m.to)).toEqual([[SXD]]);
    expect(
      mailsFor(kase.trackingCode, 'QUÁ HẠN')
        .map((m) => m.to[0])
        .sort(),
    ).toEqual([SXD_HEAD, SECRETARIAT].sort());
    expect(
      mailsFor(kase.trackingCode, 'Chậm trên 5 ngày')
        .map((m) => m.to[0])
        .sort(),
    ).toEqual([SXD_HEAD, SECRETARIAT].sort());
  });

  it('scans through the real BullMQ job as well', async () => {
    clock.set(local('2026-11-23T09:00:00'));
    const kase = await submitAndRoute();
    const queue = platform.worker!.get<Queue>(getQueueToken(QueueName.Deadlines));
    // The acknowledge clock (3 working days from Mon 09:00 → Thu 26/11 17:00) reminds on Tue 24/11 07:30.
    await queue.add(JobName.ScanDeadlines, { now: local('2026-11-24T08:00:00').toISOString() });
    const mail = await platform.smtp.waitForMail(
      (m) => m.subject.includes(kase.trackingCode) && m.subject.includes('Nhắc hạn'),
      'the acknowledge reminder',
    );
    expect(mail.subject).toContain('tiếp nhận hồ sơ');
  });

  it('stops the clock while waiting for the citizen and adds the stopped time back', async () => {
    clock.set(local('2026-11-23T09:00:00'));
    const kase = await submitAndRoute();
    await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, {}, officer);
    clock.set(local('2026-11-24T09:00:00'));
    expect(
      (await platform.request('POST', `/api/v1/cases/${kase.id}/request-info`, { reason: 'Đề nghị gửi ảnh hiện trường' }, officer)).status,
    ).toBe(200);
    expect((await clockOf(kase.id, 'answer')).status).toBe('stopped');
    clock.set(local('2026-11-26T09:00:00'));
    expect(
      (await platform.request('POST', `/api/v1/cases/${kase.id}/provide-info`, { note: 'Công dân đã gửi ảnh' }, secretariat)).status,
    ).toBe(200);
    // Stopped Tue 09:00 → Thu 09:00: two working days of office time, so Mon 30/11 17:00 becomes Wed 02/12 17:00.
    expect(await clockOf(kase.id, 'answer')).toMatchObject({ status: 'running', dueAt: local('2026-12-02T17:00:00').toISOString() });
  });

  it('extends within the rule’s limit and answers 409 beyond it', async () => {
    clock.set(local('2026-11-23T09:00:00'));
    const kase = await submitAndRoute({ kind: 'denunciation' });
    await platform.request('POST', `/api/v1/cases/${kase.id}/route`, { agencyCode: 'SXD' }, secretariat);
    // Initial handling of a denunciation: 7 working days from Mon 23/11 → Wed 02/12 17:00; one extension of 3.
    expect((await clockOf(kase.id, 'accept')).dueAt).toBe(local('2026-12-02T17:00:00').toISOString());
    const extended = await platform.request<CaseDetail>(
      'POST',
      `/api/v1/cases/${kase.id}/extend`,
      { reason: 'Phải xác minh tại nhiều địa điểm', clock: 'accept' },
      officer,
    );
    expect(extended.status).toBe(200);
    expect(extended.body.deadlines.find((d) => d.clock === 'accept')).toMatchObject({
      dueAt: local('2026-12-07T17:00:00').toISOString(),
      extensions: [3],
    });
    const again = await platform.request<{ message: string }>(
      'POST',
      `/api/v1/cases/${kase.id}/extend`,
      { reason: 'Cần thêm thời gian', clock: 'accept' },
      officer,
    );
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('Luật Tố cáo 2018');
  });

  it('gives an urgent call the 4-working-hour routing clock and escalates to the secretariat', async () => {
    clock.set(local('2026-11-23T09:00:00'));
    const operator = await platform.login(...USERS.operator);
    const kase = await submitAndRoute({ categoryCode: 'HANH-CHINH.THU-TUC', priority: 'urgent' }, '/api/v1/hotline/cases', operator);
    // No rule for this category: the case waits in triage; 09:00 + 2.5 h to 11:30, + 1.5 h from 13:30 → 15:00.
    expect(await clockOf(kase.id, 'route')).toMatchObject({ status: 'running', dueAt: local('2026-11-23T15:00:00').toISOString() });
    clock.set(local('2026-11-23T15:05:00'));
    await scan();
    const mail = await platform.smtp.waitForMail(
      (m) => m.subject.includes(kase.trackingCode) && m.subject.includes('QUÁ HẠN'),
      'the routing escalation',
    );
    expect(mail.to).toEqual([SECRETARIAT]);
  });

  it('keeps an existing due date when an administrator changes the rule', async () => {
    clock.set(local('2026-11-23T09:00:00'));
    const kase = await submitAndRoute();
    await platform.request('POST', `/api/v1/cases/${kase.id}/accept`, {}, officer);
    const admin = await platform.login(...USERS.admin);
    const saved = await platform.request<{ version: number }>(
      'POST',
      '/api/v1/admin/deadline-rules',
      {
        kind: 'feedback',
        clock: 'answer',
        startsOn: ['received', 'reopened'],
        metOn: ['answered'],
        length: 3,
        unit: 'working_days',
        stopsOn: ['awaiting_info'],
        source: 'Quyết định của Thường trực HĐND (thử nghiệm)',
      },
      admin,
    );
    expect(saved.status).toBe(201);
    expect(saved.body.version).toBe(2);
    expect((await clockOf(kase.id, 'answer')).dueAt).toBe(local('2026-11-30T17:00:00').toISOString());
    const later = await submitAndRoute();
    expect((await clockOf(later.id, 'answer')).dueAt).toBe(local('2026-11-26T17:00:00').toISOString());
  });
});

import { CaseStatus } from '@hotline/contracts';
import { answerTiming, LinkedCaseFacts, TargetKind, targetProgress, TargetStatus, TargetTerms } from './target-progress';

const at = (iso: string) => new Date(`${iso}+07:00`);
const task: TargetTerms = {
  kind: TargetKind.Task,
  startsAt: at('2026-01-01T00:00:00'),
  dueEndAt: at('2026-07-01T00:00:00'),
  thresholdPercent: null,
};
const rate: TargetTerms = {
  kind: TargetKind.OnTimeRate,
  startsAt: at('2026-01-01T00:00:00'),
  dueEndAt: at('2027-01-01T00:00:00'),
  thresholdPercent: 80,
};

const settled = (when: string, status = CaseStatus.Closed): LinkedCaseFacts => ({
  status,
  settledAt: at(when),
  dueAt: null,
  answerClock: null,
});
const open = (dueAt: string | null): LinkedCaseFacts => ({
  status: CaseStatus.InProgress,
  settledAt: null,
  dueAt: dueAt ? at(dueAt) : null,
  answerClock: null,
});
const answered = (dueAt: string, metAt: string): LinkedCaseFacts => ({
  status: CaseStatus.Answered,
  settledAt: at(metAt),
  dueAt: null,
  answerClock: { status: 'met', dueAt: at(dueAt), metAt: at(metAt) },
});
const waiting = (dueAt: string): LinkedCaseFacts => ({
  status: CaseStatus.InProgress,
  settledAt: null,
  dueAt: at(dueAt),
  answerClock: { status: 'running', dueAt: at(dueAt), metAt: null },
});

describe('answerTiming', () => {
  const now = at('2026-03-01T12:00:00');
  it('counts an answer at or before the answer due date as on time and after it as late', () => {
    expect(answerTiming(answered('2026-02-01T17:00:00', '2026-02-01T17:00:00'), now)).toBe('on_time');
    expect(answerTiming(answered('2026-02-01T17:00:00', '2026-02-01T17:00:01'), now)).toBe('late');
  });
  it('counts an unanswered case as late once its answer clock is past due, pending before, excluded when cancelled', () => {
    expect(answerTiming(waiting('2026-03-01T11:59:59'), now)).toBe('late');
    expect(answerTiming(waiting('2026-03-01T12:00:00'), now)).toBe('pending');
    expect(
      answerTiming(
        {
          ...waiting('2026-01-01T00:00:00'),
          status: CaseStatus.Withdrawn,
          answerClock: { status: 'cancelled', dueAt: at('2026-01-01T00:00:00'), metAt: null },
        },
        now,
      ),
    ).toBe('excluded');
    expect(answerTiming(open(null), now)).toBe('pending');
  });
});

describe('targetProgress for a task', () => {
  it('is done once every linked case is settled before the end of the due day, even before that day', () => {
    const p = targetProgress(
      task,
      [settled('2026-02-10T10:00:00'), settled('2026-06-30T23:59:00', CaseStatus.Answered)],
      at('2026-06-30T23:59:30'),
    );
    expect(p).toMatchObject({ status: TargetStatus.Done, linked: 2, settled: 2, overdue: 0 });
  });

  it('is missed after the due day when a case is still open or was settled late', () => {
    expect(targetProgress(task, [settled('2026-02-10T10:00:00'), open(null)], at('2026-07-01T00:00:00')).status).toBe(TargetStatus.Missed);
    expect(targetProgress(task, [settled('2026-07-01T00:00:00')], at('2026-07-02T00:00:00')).status).toBe(TargetStatus.Missed);
    expect(targetProgress(task, [], at('2026-07-02T00:00:00')).status).toBe(TargetStatus.Missed);
  });

  it('is at risk before the due day when an open case is past its own deadline', () => {
    const p = targetProgress(task, [settled('2026-01-10T10:00:00'), open('2026-01-20T17:00:00')], at('2026-01-21T09:00:00'));
    expect(p).toMatchObject({ status: TargetStatus.AtRisk, overdue: 1, settled: 1 });
  });

  it('is at risk when the settled share trails the elapsed share by more than 25 points, on track at exactly 25', () => {
    const span = task.dueEndAt.getTime() - task.startsAt.getTime();
    const atShare = (f: number) => new Date(task.startsAt.getTime() + f * span);
    const four = [settled('2026-01-05T10:00:00'), open(null), open(null), open(null)]; // settled share 0.25
    expect(targetProgress(task, four, atShare(0.5)).status).toBe(TargetStatus.OnTrack);
    expect(targetProgress(task, four, atShare(0.51))).toMatchObject({ status: TargetStatus.AtRisk, elapsed: 0.51 });
  });

  it('is on track while nothing is overdue and progress keeps pace, including with no case linked yet', () => {
    expect(targetProgress(task, [open('2026-03-01T17:00:00')], at('2026-02-01T09:00:00')).status).toBe(TargetStatus.OnTrack);
    expect(targetProgress(task, [], at('2026-06-01T09:00:00')).status).toBe(TargetStatus.OnTrack);
  });
});

describe('targetProgress for an on-time rate', () => {
  const fourOnTimeOneLate = [
    answered('2026-02-01T17:00:00', '2026-01-30T10:00:00'),
    answered('2026-02-01T17:00:00', '2026-01-31T10:00:00'),
    answered('2026-03-01T17:00:00', '2026-02-20T10:00:00'),
    answered('2026-03-01T17:00:00', '2026-02-21T10:00:00'),
    answered('2026-03-01T17:00:00', '2026-03-02T10:00:00'),
  ];

  it('is on track before the end while on-time / decided reaches the threshold, pending cases not counted', () => {
    const p = targetProgress(rate, [...fourOnTimeOneLate, waiting('2026-12-01T17:00:00')], at('2026-06-01T00:00:00'));
    expect(p).toMatchObject({ status: TargetStatus.OnTrack, onTime: 4, late: 1, pending: 1, onTimePercent: 80 });
  });

  it('is at risk before the end when the rate is below the threshold', () => {
    const p = targetProgress(rate, [...fourOnTimeOneLate, waiting('2026-05-01T17:00:00')], at('2026-06-01T00:00:00'));
    expect(p).toMatchObject({ status: TargetStatus.AtRisk, onTime: 4, late: 2, onTimePercent: 66.7 });
  });

  it('is done after the end when the threshold is reached, missed when it is not or nothing was decided', () => {
    expect(targetProgress(rate, fourOnTimeOneLate, at('2027-01-01T00:00:00')).status).toBe(TargetStatus.Done);
    expect(targetProgress(rate, fourOnTimeOneLate.slice(2), at('2027-01-01T00:00:00'))).toMatchObject({
      status: TargetStatus.Missed,
      onTimePercent: 66.7,
    });
    expect(targetProgress(rate, [waiting('2027-02-01T17:00:00')], at('2027-01-02T00:00:00')).status).toBe(TargetStatus.Missed);
  });

  it('is on track before anything is decided', () => {
    expect(targetProgress(rate, [], at('2026-02-01T00:00:00'))).toMatchObject({ status: TargetStatus.OnTrack, onTimePercent: null });
  });
});

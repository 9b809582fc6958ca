import { FakeClock } from '@hotline/config';
import { seedDemo } from '@hotline/cases';
import {
  CouncilSessionsService,
  CouncilTargetsService,
  seedCouncil,
  SessionReportService,
  sessionReportPdf,
  TargetStatus,
} from '@hotline/council';
import { TestDatabase } from '@hotline/testing';
import { pdfText, savePdfPages } from '../council-pdf';

describe('council demo seed', () => {
  const now = new Date('2026-11-30T10:00:00+07:00');
  const db = new TestDatabase();
  const clock = new FakeClock(now);

  beforeAll(async () => {
    await db.create();
    await seedDemo(db.dataSource, { cases: 360, now });
    expect(await seedCouncil(db.dataSource, { now })).toEqual({ seeded: true, sessions: 3, targets: 14 });
  }, 180_000);
  afterAll(() => db.drop());

  it('seeds 14 targets and tasks of which 2 are done, 7 on track and 5 at risk', async () => {
    const targets = await new CouncilTargetsService(db.dataSource, clock).list({});
    const byStatus = Object.fromEntries(Object.values(TargetStatus).map((s) => [s, targets.filter((t) => t.progress.status === s).length]));
    expect(byStatus).toEqual({ done: 2, on_track: 7, at_risk: 5, missed: 0 });
    expect(targets.every((t) => t.progress.linked > 0)).toBe(true);
  });

  it('links the demo voter petitions of each voter-meeting period to its session, and runs again as a no-op', async () => {
    const sessions = await new CouncilSessionsService(db.dataSource).list();
    expect(sessions.map((s) => s.number)).toEqual([28, 27, 26]);
    const [{ expected }] = await db.dataSource.query(
      `SELECT count(*)::int AS expected FROM cases c JOIN council_sessions s
          ON (c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN s.meeting_from AND s.meeting_to
       WHERE c.kind = 'petition' OR c.channel = 'voter_meeting'`,
    );
    expect(expected).toBeGreaterThan(10);
    expect(sessions.reduce((n, s) => n + s.casesByPeriod, 0)).toBe(expected);
    expect(await seedCouncil(db.dataSource, { now })).toEqual({ seeded: false, sessions: 0, targets: 0 });
  });

  it('renders the demo session report as a PDF with every agency of the session', async () => {
    const sessions = new CouncilSessionsService(db.dataSource);
    const [, session27] = await sessions.list();
    const report = await new SessionReportService(db.dataSource, sessions, clock).build(session27.id);
    const pdf = await sessionReportPdf(report);
    await savePdfPages(pdf, 'council-demo-session-report');
    const { text } = await pdfText(pdf, 'council-demo-session-report');
    for (const g of report.agencies) expect(text).toContain(g.agencyName);
    expect(text).toContain(`Tổng số kiến nghị: ${report.totals.total};`);
  });
});

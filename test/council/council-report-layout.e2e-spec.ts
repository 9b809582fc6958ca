import { CaseChannel, CaseKind, CaseStatus } from '@hotline/contracts';
import { PetitionOutcome, ReportAgencyGroup, SessionReport, sessionReportPdf } from '@hotline/council';
import { pdfText, savePdfPages } from '../council-pdf';

/** A large session: 40 agencies with 1–6 petitions each and long answers, to check page breaks and the chart's limit. */
function largeReport(): SessionReport {
  const outcomes = [PetitionOutcome.Answered, PetitionOutcome.InProgress, PetitionOutcome.NotRouted, PetitionOutcome.Stopped];
  const statusOf = {
    answered: CaseStatus.Answered,
    in_progress: CaseStatus.InProgress,
    not_routed: CaseStatus.Triage,
    stopped: CaseStatus.Withdrawn,
  };
  let code = 0;
  const agencies: ReportAgencyGroup[] = Array.from({ length: 40 }, (_, a) => {
    const petitions = Array.from({ length: 1 + (a % 6) }, (_, i) => {
      const outcome = outcomes[(a + i) % 4];
      code += 1;
      return {
        id: `p${code}`,
        trackingCode: `HN-2026-${String(code).padStart(6, '0')}`,
        title: `Kiến nghị số ${code} về việc sửa chữa đường giao thông nông thôn liên xã`,
        kind: CaseKind.Petition,
        channel: CaseChannel.VoterMeeting,
        area: 'Xã Sóc Sơn',
        receivedAt: new Date('2026-11-10T02:00:00Z'),
        status: statusOf[outcome],
        statusLabel: outcome,
        outcome,
        answer:
          outcome === PetitionOutcome.Answered
            ? 'Đơn vị đã tiếp thu, kiểm tra hiện trường và đưa hạng mục vào kế hoạch duy tu năm 2027. '.repeat(3)
            : null,
        answeredAt: null,
        dueAt: null,
        overdue: false,
        answerTiming: 'pending' as const,
      };
    });
    const count = (o: PetitionOutcome) => petitions.filter((p) => p.outcome === o).length;
    return {
      agency: { id: `a${a}`, code: `A${a}`, name: `Ủy ban nhân dân xã số ${a + 1}` },
      agencyName: `Ủy ban nhân dân xã số ${a + 1}`,
      petitions,
      total: petitions.length,
      answered: count(PetitionOutcome.Answered),
      inProgress: count(PetitionOutcome.InProgress),
      notRouted: count(PetitionOutcome.NotRouted),
      stopped: count(PetitionOutcome.Stopped),
      overdue: 0,
      answeredOnTime: 0,
      answeredLate: 0,
      answeredPercent: null,
    };
  });
  const totals = {
    total: code,
    answered: 0,
    inProgress: 0,
    notRouted: 0,
    stopped: 0,
    overdue: 0,
    answeredOnTime: 0,
    answeredLate: 0,
    answeredPercent: null,
  };
  return {
    heading: {
      council: 'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      title: 'BÁO CÁO TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ CỬ TRI',
      place: 'Hà Nội',
    },
    session: {
      id: 's',
      councilName: 'HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      name: 'Kỳ họp thử',
      number: 99,
      term: 'Khóa XVI',
      sessionDate: '2026-12-20',
      meetingFrom: '2026-11-01',
      meetingTo: '2026-11-30',
      cases: code,
      casesByPeriod: code,
    },
    generatedAt: new Date('2026-12-01T03:00:00Z'),
    totals,
    agencies,
    carriedOver: { total: 0, resolved: 0, inProgress: 0, explained: 0, petitions: [] },
  };
}

describe('session report PDF layout', () => {
  it('breaks a large report across pages, repeating table headers and folding the smallest agencies into one chart bar', async () => {
    const report = largeReport();
    const pdf = await sessionReportPdf(report);
    const pngs = await savePdfPages(pdf, 'council-large-session-report');
    const { text, pages } = await pdfText(pdf, 'council-large-session-report');
    const flat = text.replace(/\s+/g, ' ');
    expect(pngs).toHaveLength(pages);
    expect(pages).toBeGreaterThan(5);
    expect(flat).toMatch(/\d+ cơ quan khác/);
    for (const g of report.agencies) expect(flat).toContain(`${g.agencyName}: ${g.total} kiến nghị`);
    // Every petition table has a header, plus one more for each page a table continues on.
    const headers = flat.split('Mã hồ sơ, ngày nhận').length - 1;
    expect(headers).toBeGreaterThanOrEqual(report.agencies.length);
    expect(flat).toContain(`Trang ${pages}/${pages}`);
    for (let code = 1; code <= report.totals.total; code += 1) expect(flat).toContain(`HN-2026-${String(code).padStart(6, '0')}`);
  });
});

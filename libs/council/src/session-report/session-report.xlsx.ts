import ExcelJS from 'exceljs';
import { CHANNEL_LABELS } from '@hotline/contracts';
import { periodLine, sessionLine, viDate } from './report-text';
import { OUTCOME_LABELS, SessionReport } from './session-report.service';

const SUMMARY_COLUMNS = [
  'STT',
  'Cơ quan giải quyết',
  'Tổng số',
  'Đã trả lời',
  'Tỷ lệ đã trả lời (%)',
  'Trả lời đúng hạn',
  'Trả lời trễ hạn',
  'Đang giải quyết',
  'Chưa chuyển cơ quan',
  'Dừng xử lý',
  'Quá hạn',
];
const DETAIL_COLUMNS = [
  'STT',
  'Cơ quan giải quyết',
  'Mã hồ sơ',
  'Nội dung kiến nghị',
  'Địa bàn',
  'Kênh',
  'Ngày tiếp nhận',
  'Tình trạng',
  'Nhóm',
  'Hạn xử lý',
  'Quá hạn',
  'Ngày trả lời',
  'Kết quả trả lời',
];

const CARRIED_COLUMNS = [
  'STT',
  'Kỳ họp tiếp nhận',
  'Mã hồ sơ',
  'Nội dung kiến nghị',
  'Cơ quan giải quyết',
  'Kết quả',
  'Ngày trả lời',
  'Nội dung trả lời',
];

function heading(sheet: ExcelJS.Worksheet, report: SessionReport, width: number): number {
  const lines = [report.heading.council, report.heading.title, sessionLine(report), periodLine(report)];
  lines.forEach((text, i) => {
    sheet.mergeCells(i + 1, 1, i + 1, width);
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { bold: i < 2, size: i === 1 ? 14 : 11 };
    cell.alignment = { horizontal: 'center', wrapText: true };
  });
  return lines.length + 2;
}

function header(sheet: ExcelJS.Worksheet, row: number, columns: string[]): void {
  const r = sheet.getRow(row);
  columns.forEach((c, i) => (r.getCell(i + 1).value = c));
  r.font = { bold: true };
  r.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  r.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } }));
}

/** Two sheets: "Tổng hợp" (one row per agency and the total) and "Chi tiết" (one row per petition). */
export async function sessionReportXlsx(report: SessionReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Hotline HĐND';
  book.created = report.generatedAt;

  const summary = book.addWorksheet('Tổng hợp');
  const first = heading(summary, report, SUMMARY_COLUMNS.length);
  header(summary, first, SUMMARY_COLUMNS);
  report.agencies.forEach((g, i) => {
    summary.addRow([
      i + 1,
      g.agencyName,
      g.total,
      g.answered,
      g.answeredPercent,
      g.answeredOnTime,
      g.answeredLate,
      g.inProgress,
      g.notRouted,
      g.stopped,
      g.overdue,
    ]);
  });
  const t = report.totals;
  const totalRow = summary.addRow([
    '',
    'Tổng cộng',
    t.total,
    t.answered,
    t.answeredPercent,
    t.answeredOnTime,
    t.answeredLate,
    t.inProgress,
    t.notRouted,
    t.stopped,
    t.overdue,
  ]);
  totalRow.font = { bold: true };
  summary.columns.forEach((c, i) => (c.width = i === 1 ? 42 : 13));

  const detail = book.addWorksheet('Chi tiết');
  const firstDetail = heading(detail, report, DETAIL_COLUMNS.length);
  header(detail, firstDetail, DETAIL_COLUMNS);
  let n = 0;
  for (const g of report.agencies) {
    for (const p of g.petitions) {
      n += 1;
      const row = detail.addRow([
        n,
        g.agencyName,
        p.trackingCode,
        p.title,
        p.area ?? '',
        CHANNEL_LABELS[p.channel].vi,
        viDate(p.receivedAt),
        p.statusLabel,
        OUTCOME_LABELS[p.outcome],
        p.dueAt ? viDate(p.dueAt) : '',
        p.overdue ? 'Có' : '',
        p.answeredAt ? viDate(p.answeredAt) : '',
        p.answer ?? '',
      ]);
      row.alignment = { vertical: 'top', wrapText: true };
    }
  }
  const widths = [6, 32, 17, 45, 20, 16, 14, 22, 18, 12, 9, 13, 60];
  detail.columns.forEach((c, i) => (c.width = widths[i]));
  detail.views = [{ state: 'frozen', ySplit: firstDetail }];

  const carried = book.addWorksheet('Chuyển tiếp');
  const firstCarried = heading(carried, report, CARRIED_COLUMNS.length);
  header(carried, firstCarried, CARRIED_COLUMNS);
  report.carriedOver.petitions.forEach((p, i) => {
    const row = carried.addRow([
      i + 1,
      `${p.fromSession.name} (${viDate(new Date(`${p.fromSession.sessionDate}T12:00:00+07:00`))})`,
      p.trackingCode,
      p.title,
      p.agencyName,
      p.carryOverLabel,
      p.answeredAt ? viDate(p.answeredAt) : '',
      p.answer ?? '',
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  const c = report.carriedOver;
  carried.addRow([
    '',
    `Tổng cộng: ${c.total}`,
    '',
    '',
    '',
    `Đã giải quyết ${c.resolved}; đang giải quyết ${c.inProgress}; đã giải trình ${c.explained}`,
  ]).font = {
    bold: true,
  };
  [6, 30, 17, 45, 32, 18, 13, 60].forEach((w, i) => (carried.getColumn(i + 1).width = w));
  return Buffer.from(await book.xlsx.writeBuffer());
}

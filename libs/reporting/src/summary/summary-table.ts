import ExcelJS from 'exceljs';
import { UNSET_LABELS } from '@hotline/contracts';
import { csvRow } from '@hotline/platform';
import { DimensionName } from '../rollups/rollup-sql';
import { SummaryDto, SummaryFiguresDto } from './dto/summary.dto';

type Cell = string | number | boolean | null;

const DIMENSION_HEADERS: Record<DimensionName, [string, string]> = {
  agency: ['Mã cơ quan / Agency code', 'Cơ quan / Agency'],
  category: ['Mã lĩnh vực / Category code', 'Lĩnh vực / Category'],
  area: ['Mã địa bàn / Area code', 'Địa bàn / Area'],
  channel: ['Mã kênh / Channel code', 'Kênh / Channel'],
  kind: ['Mã loại / Kind code', 'Loại / Kind'],
};

const FIGURE_COLUMNS: [string, (f: SummaryFiguresDto) => Cell][] = [
  ['Tiếp nhận / Received', (f) => f.received],
  ['Đã chuyển / Routed', (f) => f.routed],
  ['Đã trả lời / Answered', (f) => f.answered],
  ['Đã giải quyết / Resolved', (f) => f.resolved],
  ['Giải quyết % / Resolved %', (f) => f.resolvedRate.percent],
  ['Trả lời đúng hạn / Answered on time', (f) => f.answeredOnTime.count],
  ['Trả lời đúng hạn % / On time %', (f) => f.answeredOnTime.percent],
  ['Đang xử lý / Open', (f) => f.open],
  ['Quá hạn / Overdue open', (f) => f.overdueOpen],
  ['Chậm trên 5 ngày / Very late', (f) => f.veryLate],
  ['Trung vị ngày làm việc / Median working days', (f) => f.answerWorkingDays.median],
  ['P90 ngày làm việc / P90 working days', (f) => f.answerWorkingDays.p90],
  ['Đánh giá / Rated', (f) => f.satisfaction.of],
  ['Hài lòng / Satisfied', (f) => f.satisfaction.count],
  ['Hài lòng % / Satisfaction %', (f) => f.satisfaction.percent],
  ['Mở lại / Reopened', (f) => f.reopened.count],
  ['Mở lại % / Reopened %', (f) => f.reopened.percent],
  ['Trả lại / Returned', (f) => f.returned.count],
  ['Trả lại % / Returned %', (f) => f.returned.percent],
  ['Dưới 10 hồ sơ / Small sample', (f) => f.smallSample],
  ['Lượt chờ duyệt trả lời / Approval waits', (f) => f.approvalWait.waits],
  ['Thời gian chờ duyệt TB (giờ) / Mean approval wait (hours)', (f) => f.approvalWait.meanHours],
];

/** A group without a value of the dimension (channel and kind always have one). */
const unsetName = (d: DimensionName) => {
  const label = (UNSET_LABELS as Partial<Record<DimensionName, { vi: string; en: string }>>)[d];
  return label ? `${label.vi} / ${label.en}` : '';
};

/** The summary as one table: a row per group and a last row for the total, the same columns in CSV and XLSX. */
export function summaryTable(summary: SummaryDto): { header: string[]; rows: Cell[][] } {
  const header = [...summary.groupBy.flatMap((d) => DIMENSION_HEADERS[d]), ...FIGURE_COLUMNS.map(([h]) => h)];
  const rows: Cell[][] = summary.groups.map((g) => [
    ...summary.groupBy.flatMap((d) => [g.key[d]?.code ?? '', g.key[d]?.name ?? unsetName(d)]),
    ...FIGURE_COLUMNS.map(([, get]) => get(g)),
  ]);
  rows.push([
    ...summary.groupBy.flatMap((_, i) => (i === 0 ? ['', 'Tổng cộng / Total'] : ['', ''])),
    ...FIGURE_COLUMNS.map(([, get]) => get(summary.total)),
  ]);
  return { header, rows };
}

/** UTF-8 with a byte-order mark, so spreadsheet programs read Vietnamese correctly; names never run as formulas. */
export function summaryCsv(summary: SummaryDto): string {
  const { header, rows } = summaryTable(summary);
  return `\uFEFF${[header, ...rows].map((r) => csvRow(r)).join('\r\n')}\r\n`;
}

export async function summaryXlsx(summary: SummaryDto): Promise<Buffer> {
  const { header, rows } = summaryTable(summary);
  const book = new ExcelJS.Workbook();
  book.creator = 'Hotline';
  const sheet = book.addWorksheet('Tong hop');
  sheet.addRow([`Tổng hợp kết quả tiếp nhận, xử lý từ ${summary.from} đến ${summary.to}`]);
  sheet.addRow([`Số liệu tính đến ${summary.asOf.toISOString()}; nhóm dưới ${summary.smallSampleBelow} hồ sơ được đánh dấu`]);
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((v) => (typeof v === 'boolean' ? (v ? 'x' : '') : v)));
  sheet.getRow(sheet.rowCount).font = { bold: true };
  sheet.columns.forEach((c, i) => (c.width = i < summary.groupBy.length * 2 ? 28 : 14));
  return Buffer.from(await book.xlsx.writeBuffer());
}

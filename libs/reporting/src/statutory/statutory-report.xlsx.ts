import ExcelJS from 'exceljs';
import { StatutoryReport } from './statutory-report.service';

const FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } } as const;
const BORDER = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;

/**
 * The form as an XLSX laid out as the appendix: a heading, the column titles with their numbers (1), (2)…, one
 * numbered row per unit and the total; a second sheet traces every non-zero figure to its records.
 */
export async function statutoryReportXlsx(report: StatutoryReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Hotline HĐND';
  book.created = report.generatedAt;
  const sheet = book.addWorksheet('Biểu mẫu', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToWidth: 1 } });
  const width = 2 + report.columns.length;
  const heading = [report.title, `Kỳ báo cáo: ${report.period.label} (từ ngày ${report.period.from} đến ngày ${report.period.to})`];
  heading.forEach((text, i) => {
    sheet.mergeCells(i + 1, 1, i + 1, width);
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { bold: i === 0, size: i === 0 ? 13 : 11 };
    cell.alignment = { horizontal: 'center', wrapText: true };
  });
  sheet.getRow(1).height = 34;
  const titles = ['STT', report.rowHeading, ...report.columns];
  const header = sheet.getRow(4);
  titles.forEach((t, i) => (header.getCell(i + 1).value = t));
  header.height = 48;
  const numbers = sheet.getRow(5);
  titles.forEach((_, i) => (numbers.getCell(i + 1).value = `(${i + 1})`));
  for (const row of [header, numbers]) {
    row.font = { bold: row === header, italic: row === numbers };
    row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    row.eachCell((cell) => Object.assign(cell, { fill: FILL, border: BORDER }));
  }
  report.rows.forEach((r, i) => {
    const row = sheet.getRow(6 + i);
    row.getCell(1).value = r.no ?? '';
    row.getCell(2).value = r.label;
    r.figures.forEach((f, j) => (row.getCell(3 + j).value = f.value));
    if (r.no === null) row.font = { bold: true };
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = BORDER));
  });
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 34;
  report.columns.forEach((_, j) => (sheet.getColumn(3 + j).width = 16));

  const trace = book.addWorksheet('Truy vết số liệu');
  trace.addRow(['Dòng', 'Cột', 'Nội dung cột', 'Số liệu', 'Danh sách (mã hồ sơ / số thứ tự trong sổ)', 'Xem danh sách']);
  trace.getRow(1).font = { bold: true };
  for (const r of report.rows) {
    r.figures.forEach((f, j) => {
      if (f.value > 0) trace.addRow([r.no ?? r.label, `(${3 + j})`, report.columns[j], f.value, f.refs.join(', '), r.drillDown]);
    });
  }
  [10, 8, 30, 10, 60, 60].forEach((w, i) => (trace.getColumn(i + 1).width = w));
  return Buffer.from(await book.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import {
  formatLocal,
  IDENTITY_DOCUMENT_LABELS,
  KIND_LABELS,
  CaseKind,
  REFUSAL_GROUND_LABELS,
  RECEPTION_OUTCOME_LABELS,
} from '@hotline/contracts';
import { reportFonts } from '@hotline/council';
import { ReceptionViewDto } from './dto/reception.dto';

/** The register's period as printed under its title, in Hà Nội days (inclusive). */
export interface RegisterPeriod {
  from?: string;
  to?: string;
}

interface RegisterColumn {
  title: string;
  /** Width in the PDF (points, A4 landscape) and in the XLSX (characters). */
  pdf: number;
  xlsx: number;
  cell: (r: ReceptionViewDto) => string | number;
}

/** dd/mm/yyyy HH:MM in Hà Nội time, as written in the register. */
const printedLocal = (instant: Date): string => {
  const s = formatLocal(instant);
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)} ${s.slice(11, 16)}`;
};

const outcomeText = (r: ReceptionViewDto): string => {
  const label = RECEPTION_OUTCOME_LABELS[r.outcome].vi;
  if (r.refusalGround) return `${label}: ${REFUSAL_GROUND_LABELS[r.refusalGround].vi}${r.guidance ? `. ${r.guidance}` : ''}`;
  if (r.caseKind) return `${label} (${KIND_LABELS[r.caseKind as CaseKind].vi})`;
  return `${label}: ${r.guidance ?? ''}`;
};

/**
 * The columns of the sổ tiếp công dân as offices keep it (TT 04/2021/TT-TTCP; the exact form is not among the verified
 * facts: docs/reception.md). One place for both prints, so the PDF and the XLSX never disagree.
 */
export const REGISTER_COLUMNS: RegisterColumn[] = [
  { title: 'STT', pdf: 28, xlsx: 6, cell: (r) => r.registerNo },
  { title: 'Ngày, giờ tiếp', pdf: 62, xlsx: 18, cell: (r) => printedLocal(new Date(r.receivedAt)) },
  {
    title: 'Họ tên, địa chỉ, giấy tờ tùy thân của người đến',
    pdf: 120,
    xlsx: 34,
    cell: (r) =>
      [r.citizenName, r.citizenAddress, `${IDENTITY_DOCUMENT_LABELS[r.identityDocumentType].vi}: ${r.identityDocumentNumber}`]
        .filter(Boolean)
        .join('\n'),
  },
  { title: 'Số người', pdf: 34, xlsx: 8, cell: (r) => r.peopleCount },
  { title: 'Nội dung vụ việc', pdf: 170, xlsx: 50, cell: (r) => r.content },
  { title: 'Tài liệu nhận', pdf: 80, xlsx: 26, cell: (r) => r.documents ?? '' },
  { title: 'Người tiếp, nơi tiếp', pdf: 70, xlsx: 24, cell: (r) => `${r.officerName}\n${r.place}` },
  { title: 'Kết quả tiếp, hướng xử lý', pdf: 120, xlsx: 40, cell: outcomeText },
  { title: 'Mã hồ sơ', pdf: 58, xlsx: 18, cell: (r) => r.caseTrackingCode ?? '' },
];

const TITLE = 'SỔ TIẾP CÔNG DÂN';
const periodText = (p: RegisterPeriod): string =>
  p.from || p.to ? `Từ ngày ${p.from ?? '…'} đến ngày ${p.to ?? '…'}` : 'Toàn bộ các lượt tiếp đã ghi';

export async function receptionRegisterXlsx(rows: ReceptionViewDto[], period: RegisterPeriod): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Hotline HĐND';
  const sheet = book.addWorksheet('Sổ tiếp công dân', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToWidth: 1 } });
  const width = REGISTER_COLUMNS.length;
  [TITLE, periodText(period)].forEach((text, i) => {
    sheet.mergeCells(i + 1, 1, i + 1, width);
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { bold: i === 0, size: i === 0 ? 14 : 11 };
    cell.alignment = { horizontal: 'center' };
  });
  const header = sheet.getRow(4);
  REGISTER_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).value = c.title;
    sheet.getColumn(i + 1).width = c.xlsx;
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  // The form's column numbers under the titles: (1), (2), …
  const numbers = sheet.getRow(5);
  REGISTER_COLUMNS.forEach((_, i) => (numbers.getCell(i + 1).value = `(${i + 1})`));
  numbers.alignment = { horizontal: 'center' };
  numbers.font = { italic: true };
  rows.forEach((r, i) => {
    const row = sheet.getRow(6 + i);
    REGISTER_COLUMNS.forEach((c, j) => (row.getCell(j + 1).value = c.cell(r)));
    row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: 5 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

const MARGIN = 28;
const PAGE = { width: 841.89, height: 595.28 };

export function receptionRegisterPdf(rows: ReceptionViewDto[], period: RegisterPeriod): Promise<Buffer> {
  const fonts = reportFonts();
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: true, info: { Title: TITLE } });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const contentWidth = PAGE.width - 2 * MARGIN;
  const scale = contentWidth / REGISTER_COLUMNS.reduce((sum, c) => sum + c.pdf, 0);
  const widths = REGISTER_COLUMNS.map((c) => c.pdf * scale);
  const bottom = PAGE.height - MARGIN;

  const drawRow = (cells: string[], font: 'regular' | 'bold', y: number): number => {
    doc.font(font).fontSize(7.5);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i] - 6 }))) + 6;
    let x = MARGIN;
    cells.forEach((text, i) => {
      doc.rect(x, y, widths[i], height).stroke();
      doc.text(text, x + 3, y + 3, { width: widths[i] - 6 });
      x += widths[i];
    });
    return y + height;
  };
  const headerCells = REGISTER_COLUMNS.map((c) => c.title);

  doc.font('bold').fontSize(14).text(TITLE, MARGIN, MARGIN, { width: contentWidth, align: 'center' });
  doc.font('regular').fontSize(10).text(periodText(period), { width: contentWidth, align: 'center' });
  let y = drawRow(headerCells, 'bold', doc.y + 10);
  y = drawRow(
    REGISTER_COLUMNS.map((_, i) => `(${i + 1})`),
    'regular',
    y,
  );
  for (const r of rows) {
    const cells = REGISTER_COLUMNS.map((c) => String(c.cell(r)));
    doc.font('regular').fontSize(7.5);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i] - 6 }))) + 6;
    if (y + height > bottom) {
      doc.addPage();
      y = drawRow(headerCells, 'bold', MARGIN);
    }
    y = drawRow(cells, 'regular', y);
  }
  if (rows.length === 0)
    doc
      .font('regular')
      .fontSize(10)
      .text('Không có lượt tiếp nào trong kỳ.', MARGIN, y + 10);
  doc.end();
  return done;
}

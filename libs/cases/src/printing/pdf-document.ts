import PDFDocument from 'pdfkit';
import { formatLocal } from '@hotline/contracts';
import { reportFonts } from '@hotline/council';

export type Doc = PDFKit.PDFDocument;

export const MARGIN = 40;
export const PAGE = { width: 595.28, height: 841.89 };
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;

/** An A4 document with the DejaVu fonts (every Vietnamese diacritic) as `regular`, `bold`, `italic`, and its bytes when ended. */
export function newPdf(title: string): { doc: Doc; bytes: Promise<Buffer> } {
  const fonts = reportFonts();
  const doc: Doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title } });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** dd/mm/yyyy HH:MM in Hà Nội time. */
export function viDateTime(instant: Date | string): string {
  const local = formatLocal(new Date(instant));
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

/** A label and its value on one line, the label in bold. */
export function field(doc: Doc, label: string, value: string): void {
  doc
    .font('bold')
    .fontSize(10)
    .fillColor('black')
    .text(`${label}: `, { continued: true })
    .font('regular')
    .text(value || '—');
}

export function heading(doc: Doc, text: string): void {
  doc.moveDown(0.6).font('bold').fontSize(12).fillColor('black').text(text, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.2);
}

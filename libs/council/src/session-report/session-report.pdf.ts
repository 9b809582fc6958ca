import PDFDocument from 'pdfkit';
import { reportFonts } from './fonts';
import { periodLine, placeAndDate, sessionLine, totalsLine, viDate } from './report-text';
import { OUTCOME_LABELS, OUTCOMES, PetitionOutcome, ReportAgencyGroup, SessionReport } from './session-report.service';

type Doc = PDFKit.PDFDocument;

const MARGIN = { top: 42, bottom: 50, left: 40, right: 40 };
const PAGE = { width: 595.28, height: 841.89 };
const CONTENT = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const COLORS: Record<PetitionOutcome, string> = {
  [PetitionOutcome.Answered]: '#2e7d32',
  [PetitionOutcome.InProgress]: '#1565c0',
  [PetitionOutcome.NotRouted]: '#f9a825',
  [PetitionOutcome.Stopped]: '#9e9e9e',
};
const OUTCOME_COUNT: Record<PetitionOutcome, (g: ReportAgencyGroup) => number> = {
  [PetitionOutcome.Answered]: (g) => g.answered,
  [PetitionOutcome.InProgress]: (g) => g.inProgress,
  [PetitionOutcome.NotRouted]: (g) => g.notRouted,
  [PetitionOutcome.Stopped]: (g) => g.stopped,
};

interface Column {
  title: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** The report as a printable A4 PDF: national heading, summary, table by agency, bar chart, petitions by agency. */
export function sessionReportPdf(report: SessionReport): Promise<Buffer> {
  const fonts = reportFonts();
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: report.heading.title, Author: report.heading.council },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('italic', fonts.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  nationalHeading(doc, report);
  title(doc, report);
  section(doc, 'I. TỔNG HỢP CHUNG');
  doc
    .font('regular')
    .fontSize(10)
    .fillColor('black')
    .text(totalsLine(report.totals), MARGIN.left, doc.y, { width: CONTENT, align: 'justify' });
  doc.moveDown(0.8);
  section(doc, 'II. KẾT QUẢ GIẢI QUYẾT THEO CƠ QUAN');
  agencyTable(doc, report);
  doc.moveDown(0.8);
  chart(doc, report);
  section(doc, 'III. CHI TIẾT KIẾN NGHỊ VÀ KẾT QUẢ TRẢ LỜI', 160);
  report.agencies.forEach((g, i) => petitionTable(doc, g, i + 1));
  if (report.agencies.length === 0) doc.font('italic').fontSize(10).text('Không có kiến nghị nào gắn với kỳ họp này.', MARGIN.left, doc.y);
  carriedOver(doc, report);
  signature(doc, report);
  footers(doc);
  doc.end();
  return done;
}

function nationalHeading(doc: Doc, r: SessionReport): void {
  const top = MARGIN.top;
  const leftWidth = 215;
  const rightX = MARGIN.left + 225;
  const rightWidth = CONTENT - 225;
  doc.font('bold').fontSize(11).fillColor('black');
  // "HỘI ĐỒNG NHÂN DÂN" on its own line, the territory under it, as on the council's letterhead.
  doc.text(r.heading.council.replace(/^(HỘI ĐỒNG NHÂN DÂN)\s+/u, '$1\n'), MARGIN.left, top, { width: leftWidth, align: 'center' });
  const leftBottom = doc.y;
  underline(doc, MARGIN.left + leftWidth / 2, leftBottom + 3, 70);
  doc.font('bold').fontSize(11).text(r.heading.nation, rightX, top, { width: rightWidth, align: 'center' });
  doc
    .font('bold')
    .fontSize(11)
    .text(r.heading.motto, rightX, doc.y + 1, { width: rightWidth, align: 'center' });
  const mottoBottom = doc.y;
  underline(doc, rightX + rightWidth / 2, mottoBottom + 3, doc.widthOfString(r.heading.motto));
  doc
    .font('italic')
    .fontSize(10)
    .text(placeAndDate(r.heading.place, r.generatedAt), rightX, mottoBottom + 10, { width: rightWidth, align: 'center' });
  doc.y = Math.max(doc.y, leftBottom + 10) + 18;
}

function underline(doc: Doc, centreX: number, y: number, width: number): void {
  doc
    .save()
    .lineWidth(0.7)
    .moveTo(centreX - width / 2, y)
    .lineTo(centreX + width / 2, y)
    .stroke('black')
    .restore();
}

function title(doc: Doc, r: SessionReport): void {
  doc.font('bold').fontSize(14).fillColor('black').text(r.heading.title, MARGIN.left, doc.y, { width: CONTENT, align: 'center' });
  doc.moveDown(0.3);
  doc
    .font('bold')
    .fontSize(11)
    .text(`Trình ${sessionLine(r)}`, { width: CONTENT, align: 'center' });
  doc.moveDown(0.3);
  doc.font('italic').fontSize(9.5).text(periodLine(r), { width: CONTENT, align: 'center' });
  doc.moveDown(1);
}

/** A section heading, kept on the same page as at least `keepWith` points of what follows it. */
function section(doc: Doc, text: string, keepWith = 60): void {
  ensureSpace(doc, keepWith);
  doc.font('bold').fontSize(11.5).fillColor('black').text(text, MARGIN.left, doc.y, { width: CONTENT });
  doc.moveDown(0.4);
}

function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= BOTTOM) return false;
  doc.addPage();
  doc.y = MARGIN.top;
  return true;
}

/** Draws one table row; cells wrap and the row is as tall as its tallest cell. */
function row(doc: Doc, columns: Column[], cells: string[], options: { font: string; size: number; fill?: string }): void {
  const padding = 3;
  doc.font(options.font).fontSize(options.size);
  const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: columns[i].width - 2 * padding }))) + 2 * padding;
  const top = doc.y;
  let x = MARGIN.left;
  columns.forEach((col, i) => {
    if (options.fill) doc.save().rect(x, top, col.width, height).fill(options.fill).restore();
    doc.save().lineWidth(0.5).rect(x, top, col.width, height).stroke('#555555').restore();
    doc
      .fillColor('black')
      .font(options.font)
      .fontSize(options.size)
      .text(cells[i], x + padding, top + padding, { width: col.width - 2 * padding, align: col.align ?? 'left' });
    x += col.width;
  });
  doc.x = MARGIN.left;
  doc.y = top + height;
}

/** A table whose header repeats on every page it spans. */
function table(doc: Doc, columns: Column[], rows: { cells: string[]; bold?: boolean }[]): void {
  const head = () =>
    row(
      doc,
      columns,
      columns.map((c) => c.title),
      { font: 'bold', size: 8.5, fill: '#dce6f1' },
    );
  ensureSpace(doc, 60);
  head();
  for (const r of rows) {
    doc.font(r.bold ? 'bold' : 'regular').fontSize(8.5);
    const height = Math.max(...r.cells.map((c, i) => doc.heightOfString(c, { width: columns[i].width - 6 }))) + 6;
    if (ensureSpace(doc, height)) head();
    row(doc, columns, r.cells, { font: r.bold ? 'bold' : 'regular', size: 8.5 });
  }
}

function agencyTable(doc: Doc, r: SessionReport): void {
  const n = (v: number) => String(v);
  const columns: Column[] = [
    { title: 'STT', width: 26, align: 'center' },
    { title: 'Cơ quan giải quyết', width: 160 },
    { title: 'Tổng số', width: 42, align: 'right' },
    { title: 'Đã trả lời', width: 48, align: 'right' },
    { title: 'Trong đó đúng hạn', width: 52, align: 'right' },
    { title: 'Đang giải quyết', width: 56, align: 'right' },
    { title: 'Chưa chuyển cơ quan', width: 56, align: 'right' },
    { title: 'Dừng xử lý', width: 42, align: 'right' },
    { title: 'Quá hạn', width: CONTENT - 26 - 160 - 42 - 48 - 52 - 56 - 56 - 42, align: 'right' },
  ];
  const rows: { cells: string[]; bold?: boolean }[] = r.agencies.map((g, i) => ({
    cells: [
      n(i + 1),
      g.agencyName,
      n(g.total),
      n(g.answered),
      n(g.answeredOnTime),
      n(g.inProgress),
      n(g.notRouted),
      n(g.stopped),
      n(g.overdue),
    ],
  }));
  const t = r.totals;
  rows.push({
    cells: ['', 'Tổng cộng', n(t.total), n(t.answered), n(t.answeredOnTime), n(t.inProgress), n(t.notRouted), n(t.stopped), n(t.overdue)],
    bold: true,
  });
  table(doc, columns, rows);
}

/** Horizontal stacked bars: one per agency, split by outcome, on a shared count axis with gridlines. */
function chart(doc: Doc, r: SessionReport): void {
  if (r.agencies.length === 0) return;
  const barHeight = 13;
  const gap = 7;
  // One page holds the chart: past that many bars, the smallest agencies share one bar.
  const maxBars = Math.floor((BOTTOM - MARGIN.top - 110) / (barHeight + gap));
  const groups =
    r.agencies.length <= maxBars ? r.agencies : [...r.agencies.slice(0, maxBars - 1), otherAgencies(r.agencies.slice(maxBars - 1))];
  const labelWidth = 170;
  const plotX = MARGIN.left + labelWidth + 8;
  const plotWidth = CONTENT - labelWidth - 20;
  const height = 24 + groups.length * (barHeight + gap) + 48;
  ensureSpace(doc, height + 20);
  doc
    .font('bold')
    .fontSize(10)
    .fillColor('black')
    .text('Biểu đồ: Số kiến nghị theo cơ quan và tình trạng giải quyết', MARGIN.left, doc.y, { width: CONTENT, align: 'center' });
  doc.moveDown(0.6);
  const top = doc.y;
  const max = Math.max(1, ...groups.map((g) => g.total));
  const step = niceStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const scale = plotWidth / axisMax;
  const plotBottom = top + groups.length * (barHeight + gap);

  doc.save().lineWidth(0.4);
  for (let v = 0; v <= axisMax; v += step) {
    const x = plotX + v * scale;
    doc
      .moveTo(x, top - 2)
      .lineTo(x, plotBottom)
      .stroke(v === 0 ? '#333333' : '#cccccc');
    doc
      .fillColor('#333333')
      .font('regular')
      .fontSize(7.5)
      .text(String(v), x - 15, plotBottom + 3, { width: 30, align: 'center' });
  }
  doc.restore();

  groups.forEach((g, i) => {
    const y = top + i * (barHeight + gap);
    doc
      .fillColor('black')
      .font('regular')
      .fontSize(8)
      .text(g.agencyName, MARGIN.left, y + 2, { width: labelWidth, align: 'right', lineBreak: false, ellipsis: true, height: barHeight });
    let x = plotX;
    for (const outcome of OUTCOMES) {
      const count = OUTCOME_COUNT[outcome](g);
      if (!count) continue;
      const w = count * scale;
      doc.save().rect(x, y, w, barHeight).fill(COLORS[outcome]).restore();
      if (w >= 12)
        doc
          .fillColor(outcome === PetitionOutcome.NotRouted ? 'black' : 'white')
          .font('bold')
          .fontSize(7.5)
          .text(String(count), x, y + 3, { width: w, align: 'center', lineBreak: false });
      x += w;
    }
    doc
      .fillColor('black')
      .font('bold')
      .fontSize(8)
      .text(String(g.total), x + 4, y + 2.5, { lineBreak: false });
  });

  let lx = plotX;
  const legendY = plotBottom + 18;
  for (const outcome of OUTCOMES) {
    doc.save().rect(lx, legendY, 10, 10).fill(COLORS[outcome]).restore();
    doc
      .fillColor('black')
      .font('regular')
      .fontSize(8)
      .text(OUTCOME_LABELS[outcome], lx + 14, legendY + 1, { lineBreak: false });
    lx += 14 + doc.widthOfString(OUTCOME_LABELS[outcome]) + 16;
  }
  doc.x = MARGIN.left;
  doc.y = legendY + 26;
}

function otherAgencies(rest: ReportAgencyGroup[]): ReportAgencyGroup {
  const sum = (f: (g: ReportAgencyGroup) => number) => rest.reduce((n, g) => n + f(g), 0);
  return {
    agency: null,
    agencyName: `${rest.length} cơ quan khác`,
    petitions: [],
    answeredPercent: null,
    total: sum((g) => g.total),
    answered: sum((g) => g.answered),
    inProgress: sum((g) => g.inProgress),
    notRouted: sum((g) => g.notRouted),
    stopped: sum((g) => g.stopped),
    overdue: sum((g) => g.overdue),
    answeredOnTime: sum((g) => g.answeredOnTime),
    answeredLate: sum((g) => g.answeredLate),
  };
}

function niceStep(max: number): number {
  const rough = max / 5;
  const magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  return Math.max(1, step);
}

function petitionTable(doc: Doc, g: ReportAgencyGroup, index: number): void {
  ensureSpace(doc, 80);
  doc
    .font('bold')
    .fontSize(10)
    .fillColor('black')
    .text(`${index}. ${g.agencyName}: ${g.total} kiến nghị, đã trả lời ${g.answered}`, MARGIN.left, doc.y, { width: CONTENT });
  doc.moveDown(0.3);
  const columns: Column[] = [
    { title: 'STT', width: 24, align: 'center' },
    { title: 'Mã hồ sơ, ngày nhận', width: 88 },
    { title: 'Nội dung kiến nghị', width: 150 },
    { title: 'Tình trạng', width: 76 },
    { title: 'Kết quả trả lời', width: CONTENT - 24 - 88 - 150 - 76 },
  ];
  const rows = g.petitions.map((p, i) => ({
    cells: [
      String(i + 1),
      `${p.trackingCode}\n${viDate(p.receivedAt)}`,
      p.area ? `${p.title} (${p.area})` : p.title,
      p.overdue ? `${p.statusLabel} — quá hạn` : p.statusLabel,
      p.answer ?? '—',
    ],
  }));
  table(doc, columns, rows);
  doc.moveDown(0.8);
}

/** "Nơi nhận" on the left, the standing committee's signature block on the right, as official reports close. */
function signature(doc: Doc, r: SessionReport): void {
  ensureSpace(doc, 110);
  const top = doc.y + 10;
  const rightX = MARGIN.left + 260;
  const rightWidth = CONTENT - 260;
  doc.font('bold').fontSize(9).fillColor('black').text('Nơi nhận:', MARGIN.left, top, { width: 240 });
  doc
    .font('regular')
    .fontSize(8.5)
    .text(['- Thường trực HĐND;', '- Các Ban của HĐND;', '- Đại biểu HĐND;', '- UBND và các cơ quan liên quan;', '- Lưu: VT.'].join('\n'), {
      width: 240,
    });
  const council = r.heading.council.replace(/^HỘI ĐỒNG NHÂN DÂN\s+/u, '');
  doc.font('bold').fontSize(10).text(`TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN ${council}`, rightX, top, { width: rightWidth, align: 'center' });
  doc
    .font('italic')
    .fontSize(9)
    .text('(Ký, ghi rõ họ tên, đóng dấu)', rightX, doc.y + 2, { width: rightWidth, align: 'center' });
  doc.x = MARGIN.left;
}

function footers(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; with the margin in place pdfkit would start a new page for it.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555555')
      .text(`Trang ${i + 1}/${range.count}`, MARGIN.left, PAGE.height - 32, { width: CONTENT, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** Section IV: petitions of earlier sessions carried over, each with the session it came from and where it stands. */
function carriedOver(doc: Doc, r: SessionReport): void {
  const c = r.carriedOver;
  if (c.total === 0) return;
  doc.moveDown(0.8);
  section(doc, 'IV. KIẾN NGHỊ CÁC KỲ HỌP TRƯỚC CHUYỂN TIẾP', 80);
  doc
    .font('regular')
    .fontSize(10)
    .fillColor('black')
    .text(
      `Tổng số ${c.total} kiến nghị chuyển tiếp: đã giải quyết ${c.resolved}, ` +
        `đang giải quyết ${c.inProgress}, đã giải trình ${c.explained}.`,
      MARGIN.left,
      doc.y,
      { width: CONTENT },
    );
  doc.moveDown(0.4);
  c.petitions.forEach((p, i) => {
    if (doc.y > BOTTOM - 40) doc.addPage();
    doc
      .font('regular')
      .fontSize(9)
      .text(`${i + 1}. ${p.trackingCode} — ${p.title} (${p.fromSession.name}; ${p.agencyName}): ${p.carryOverLabel}`, MARGIN.left, doc.y, {
        width: CONTENT,
      });
  });
}

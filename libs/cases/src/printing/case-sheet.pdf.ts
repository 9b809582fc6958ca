import {
  CaseEventType,
  CaseKind,
  CaseStatus,
  CasePriority,
  CaseChannel,
  CHANNEL_LABELS,
  clockLabel,
  EVENT_LABELS,
  KIND_LABELS,
  PRIORITY_LABELS,
  STATUS_LABELS,
} from '@hotline/contracts';
import type { CaseDetailDto } from '../case-list/dto/case-list.dto';
import { CONTENT_WIDTH, Doc, field, heading, MARGIN, newPdf, viDateTime } from './pdf-document';

/** The states of a clock, as the sheet prints them. */
const CLOCK_STATUS: Record<string, string> = { running: 'Đang tính', met: 'Đã xong', stopped: 'Tạm dừng', cancelled: 'Đã hủy' };

const label = <K extends string>(labels: Record<K, { vi: string }>, code: string) => labels[code as K]?.vi ?? code;

/** Who the citizen is, as the reader's projection left it in the detail. */
function citizenLine(kase: CaseDetailDto): string {
  if (kase.anonymous) return 'Ẩn danh';
  if (!kase.citizen || kase.citizen.withheld) return 'Danh tính người gửi được giữ kín';
  return [kase.citizen.name, kase.citizen.phone, kase.citizen.email].filter(Boolean).join(' · ');
}

/**
 * One case on paper, for the staff member who reads it: its detail exactly as the case projection gave it to them
 * (what their role may not see is not in `kase`, so it cannot be printed), times in Hà Nội time.
 */
export function caseSheetPdf(kase: CaseDetailDto, printedAt: Date): Promise<Buffer> {
  const { doc, bytes } = newPdf(`Hồ sơ ${kase.trackingCode}`);
  doc.font('bold').fontSize(15).text('PHIẾU THÔNG TIN HỒ SƠ', { align: 'center', width: CONTENT_WIDTH });
  doc.font('regular').fontSize(11).text(kase.trackingCode, { align: 'center', width: CONTENT_WIDTH });
  doc.moveDown(0.6).font('bold').fontSize(13).text(kase.title, MARGIN, doc.y, { width: CONTENT_WIDTH });

  heading(doc, 'I. THÔNG TIN CHUNG');
  field(doc, 'Mã hồ sơ', kase.trackingCode);
  field(doc, 'Loại', label(KIND_LABELS, kase.kind as CaseKind));
  field(doc, 'Kênh tiếp nhận', label(CHANNEL_LABELS, kase.channel as CaseChannel));
  field(doc, 'Trạng thái', label(STATUS_LABELS, kase.status as CaseStatus));
  field(doc, 'Mức độ', label(PRIORITY_LABELS, kase.priority as CasePriority));
  field(doc, 'Lĩnh vực', kase.category?.name ?? '');
  field(doc, 'Địa bàn', kase.area?.name ?? '');
  field(doc, 'Cơ quan xử lý', kase.agency?.name ?? '');
  if (kase.assignee) field(doc, 'Cán bộ xử lý', kase.assignee.name);
  if (kase.accusedAgency) field(doc, 'Cơ quan bị tố cáo', kase.accusedAgency.name);
  field(doc, 'Ngày tiếp nhận', viDateTime(kase.receivedAt));
  field(doc, 'Hạn xử lý gần nhất', kase.dueAt ? viDateTime(kase.dueAt) : '');
  if (kase.answeredAt) field(doc, 'Ngày trả lời', viDateTime(kase.answeredAt));

  heading(doc, 'II. NGƯỜI GỬI');
  field(doc, 'Người gửi', citizenLine(kase));
  if (kase.address) field(doc, 'Địa chỉ nơi xảy ra', kase.address);

  if (kase.description !== undefined) {
    heading(doc, 'III. NỘI DUNG');
    doc.font('regular').fontSize(10).text(kase.description, MARGIN, doc.y, { width: CONTENT_WIDTH, align: 'justify' });
  }

  heading(doc, 'IV. THỜI HẠN');
  if (kase.deadlines.length === 0) doc.font('italic').fontSize(10).text('Không có mốc thời hạn.');
  for (const d of kase.deadlines) {
    const name = clockLabel(d.clock).vi;
    const extensions = d.extensionsAllowed ? ` · gia hạn ${d.extensions.length}/${d.extensionsAllowed}` : '';
    field(
      doc,
      name.charAt(0).toUpperCase() + name.slice(1),
      `${CLOCK_STATUS[d.status] ?? d.status} · hạn ${viDateTime(d.dueAt)}${extensions}`,
    );
  }

  heading(doc, 'V. QUÁ TRÌNH XỬ LÝ');
  for (const e of kase.events) history(doc, e);

  if (kase.answer) {
    heading(doc, 'VI. NỘI DUNG TRẢ LỜI');
    doc.font('regular').fontSize(10).text(kase.answer, MARGIN, doc.y, { width: CONTENT_WIDTH, align: 'justify' });
  }
  doc
    .moveDown(1)
    .font('italic')
    .fontSize(8)
    .fillColor('#555')
    .text(`In lúc ${viDateTime(printedAt)} (giờ Hà Nội).`, MARGIN, doc.y);
  doc.end();
  return bytes;
}

function history(doc: Doc, e: CaseDetailDto['events'][number]): void {
  const what = e.toStatus ? label(STATUS_LABELS, e.toStatus) : label(EVENT_LABELS, e.type as CaseEventType);
  const who = e.actorType === 'citizen' ? 'Người gửi' : e.actorType === 'system' ? 'Hệ thống' : (e.actorName ?? 'Cán bộ');
  doc
    .font('bold')
    .fontSize(9.5)
    .fillColor('black')
    .text(`${viDateTime(e.at)} · ${what}`, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.font('regular').fontSize(9).fillColor('#333').text([who, e.agency].filter(Boolean).join(' · '), { width: CONTENT_WIDTH });
  if (e.note) doc.font('italic').fontSize(9).text(e.note, { width: CONTENT_WIDTH });
  doc.fillColor('black').moveDown(0.3);
}

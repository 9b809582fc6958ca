import QRCode from 'qrcode';
import { CaseKind, CaseStatus, KIND_LABELS, STATUS_LABELS } from '@hotline/contracts';
import { CONTENT_WIDTH, field, MARGIN, newPdf, viDateTime } from './pdf-document';

/** Where the receipt draws its QR code (PDF points from the top left) and the side of one module. */
export const RECEIPT_QR = { x: MARGIN, y: 330, moduleSize: 4, errorCorrectionLevel: 'M' } as const;

export interface ReceiptContent {
  trackingCode: string;
  title: string;
  kind: CaseKind;
  status: CaseStatus;
  receivedAt: Date;
  agencyName?: string;
  /** The tracking page of the case, opening it (CaseLinks.track): what the QR code holds. */
  trackUrl: string;
}

/**
 * The citizen's printable receipt: what the citizen's own view shows (no contact, no content), and a QR code of the
 * link that opens the case, drawn as vector squares so it prints sharp at any size.
 */
export function receiptPdf(r: ReceiptContent, printedAt: Date): Promise<Buffer> {
  const { doc, bytes } = newPdf(`Phiếu tiếp nhận ${r.trackingCode}`);
  doc.font('bold').fontSize(15).text('PHIẾU TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ', { align: 'center', width: CONTENT_WIDTH });
  doc.moveDown(0.8);
  field(doc, 'Mã hồ sơ', r.trackingCode);
  field(doc, 'Tiêu đề', r.title);
  field(doc, 'Loại', KIND_LABELS[r.kind].vi);
  field(doc, 'Ngày tiếp nhận', `${viDateTime(r.receivedAt)} (giờ Hà Nội)`);
  field(doc, 'Trạng thái', STATUS_LABELS[r.status].vi);
  if (r.agencyName) field(doc, 'Cơ quan xử lý', r.agencyName);
  doc
    .moveDown(0.8)
    .font('regular')
    .fontSize(10)
    .text('Quét mã QR dưới đây (hoặc mở đường dẫn) để theo dõi hồ sơ. Xin giữ kín phiếu này: ai có mã QR đều xem được hồ sơ.', {
      width: CONTENT_WIDTH,
    });

  const qr = QRCode.create(r.trackUrl, { errorCorrectionLevel: RECEIPT_QR.errorCorrectionLevel });
  const { x, y, moduleSize } = RECEIPT_QR;
  const size = qr.modules.size;
  doc.fillColor('black');
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (qr.modules.get(row, col)) doc.rect(x + col * moduleSize, y + row * moduleSize, moduleSize, moduleSize);
    }
  }
  doc.fill('black');
  doc
    .font('regular')
    .fontSize(8)
    .text(r.trackUrl, MARGIN, y + size * moduleSize + 12, { width: CONTENT_WIDTH });
  doc
    .moveDown(1)
    .font('italic')
    .fontSize(8)
    .fillColor('#555')
    .text(`In lúc ${viDateTime(printedAt)} (giờ Hà Nội).`, MARGIN, doc.y);
  doc.end();
  return bytes;
}

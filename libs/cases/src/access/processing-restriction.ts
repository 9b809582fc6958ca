import { ErrorCode } from '@hotline/contracts';
import { ConflictError } from '@hotline/platform';

/**
 * What a case whose processing the person restricted (a `restriction` data-subject request carried out,
 * `cases.processing_restricted_at`) may still do, and what stops. The one rule: every path below reads it from here,
 * and docs/personal-data.md and the record of processing quote these lists.
 *
 * What goes on is what the law requires of the council whatever the person asks: storing the case for its retention
 * period (RETENTION_YEARS, the legal hold) and handling and answering it (Luật Tiếp công dân, Luật Khiếu nại, Luật Tố
 * cáo). Everything else stops.
 */
export const RESTRICTION = {
  continues: [
    'Lưu giữ trong thời hạn lưu trữ / storage for the retention period (the legal hold)',
    'Giải quyết và trả lời hồ sơ theo quy định / handling and answering by the council and the agency (a legal duty)',
    'Người dân tra cứu hồ sơ bằng mã hồ sơ / the citizen reading their own case with its tracking code',
    'Các yêu cầu của chủ thể dữ liệu (xem, sửa, xoá khi hết nghĩa vụ lưu giữ) / the person’s own requests (export, correction, erasure once the hold ends)',
  ],
  stops: [
    'Thông báo cho người dân qua thư điện tử, SMS, Zalo / notices to the citizen by email, SMS or Zalo',
    'Công khai câu trả lời (từ chối: 409 processing_restricted) / publication of the answer (refused: 409 processing_restricted)',
    'Cơ quan giải quyết chỉ thấy liên hệ đã che / agency roles see the contact masked, in the detail too',
    'Xuất danh sách hồ sơ (CSV/XLSX) / CSV and XLSX exports of cases',
    'Gợi ý hồ sơ trùng / duplicate suggestions',
  ],
} as const;

export interface RestrictableCase {
  processingRestrictedAt?: Date | string | null;
}

export const isRestricted = (kase: RestrictableCase): boolean =>
  kase.processingRestrictedAt !== null && kase.processingRestrictedAt !== undefined;

/** The SQL condition "the case aliased `alias` is not restricted", for the outputs restriction stops. */
export const notRestrictedSql = (alias: string): string => `${alias}.processing_restricted_at IS NULL`;

/** Refuses an operation restriction stops (409 processing_restricted on `field`). */
export function checkNotRestricted(kase: RestrictableCase, field: string, what: string): void {
  if (!isRestricted(kase)) return;
  const message = `The person restricted the processing of this case: ${what} is refused (only storage and handling go on)`;
  throw new ConflictError(message, [{ field, message, code: ErrorCode.ProcessingRestricted }], ErrorCode.ProcessingRestricted);
}

import { AppConfig } from '@hotline/config';
import { Role } from '@hotline/contracts';
import { Audience, CASE_PROJECTION, CaseProjectionRule, RESTRICTION } from '@hotline/cases';
import { privacyRecordPeriods, yearsEn } from '../scan/privacy-retention.service';

/** One kind of personal data the platform holds, with who reads it (from CASE_PROJECTION) and how long it is kept. */
export interface DataCategory {
  /** The field of CaseProjectionRule this category is read from (every field has one: see the spec). */
  field: keyof CaseProjectionRule;
  label: string;
  labelEn: string;
  sensitive: boolean;
  /** Each staff role and other audience that sees it, and how (full, handling, masked, keeper, grant, yes). */
  audiences: { audience: Audience; access: string }[];
  retention: string;
}

export interface ProcessingRecord {
  controller: string;
  dpoEmail: string;
  purposes: { code: string; label: string; legalBasis: string; optional: boolean }[];
  categories: DataCategory[];
  otherData: { label: string; retention: string }[];
  processors: { name: string; purpose: string; configured: boolean; detail: string }[];
  transfers: { recipient: string; what: string; basis: string }[];
  /** What a case whose processing the person restricted keeps, and what stops (RESTRICTION of libs/cases). */
  restriction: { continues: string[]; stops: string[] };
  generatedFrom: string[];
}

/** What each projection field means, in the record's words. A field of CaseProjectionRule with no entry fails to compile. */
const FIELD_LABELS: Record<keyof CaseProjectionRule, { label: string; labelEn: string; sensitive: boolean }> = {
  contact: { label: 'Họ tên, điện thoại, thư điện tử người gửi', labelEn: 'Citizen’s name, phone, email', sensitive: false },
  identity: {
    label: 'Danh tính người tố cáo (họ tên, điện thoại, thư điện tử, địa chỉ, số định danh)',
    labelEn: 'Denouncer’s identity (name, phone, email, address, national id)',
    sensitive: true,
  },
  location: { label: 'Địa chỉ, toạ độ của vụ việc', labelEn: 'Address and coordinates of the matter', sensitive: false },
  description: {
    label: 'Nội dung phản ánh (tố cáo: thông tin về vi phạm pháp luật — dữ liệu nhạy cảm)',
    labelEn: 'The citizen’s own words (denunciations: data about violations of law — sensitive)',
    sensitive: true,
  },
  internalNotes: { label: 'Ghi chú nội bộ của cán bộ', labelEn: 'Staff internal notes', sensitive: false },
  assignee: { label: 'Cán bộ được giao xử lý hồ sơ (họ tên)', labelEn: 'The officer a case is assigned to (name)', sensitive: false },
};

const accessOf = (value: CaseProjectionRule[keyof CaseProjectionRule]): string | null =>
  value === false || value === 'none' ? null : value === true ? 'yes' : value;

/**
 * The record of processing (Luật 91/2025/QH15; docs/personal-data.md), GENERATED from CASE_PROJECTION and the
 * retention configuration: a role that starts seeing a field, or a new projected field, changes this record with it.
 */
export function recordOfProcessing(config: AppConfig): ProcessingRecord {
  const audiences = Object.keys(CASE_PROJECTION) as Audience[];
  const fields = Object.keys(CASE_PROJECTION[Role.Admin]) as (keyof CaseProjectionRule)[];
  const years = config.cases.retentionYears;
  const caseRetention = `${years} năm sau khi hồ sơ kết thúc, rồi xoá (RETENTION_YEARS) / ${yearsEn(years)} after closing, then erased`;
  /** A processor's host, never its credentials (SMPP and PAKN URLs may carry them). */
  const hostOf = (url: string, fallback: string): string => {
    try {
      return new URL(url).hostname || fallback;
    } catch {
      return fallback;
    }
  };
  const smtpHost = hostOf(config.mail.smtpUrl, 'smtp');
  const NOT_CONFIGURED = 'chưa cấu hình / not configured';
  return {
    controller: 'Hội đồng nhân dân (đơn vị vận hành đường dây nóng) / the people’s council running the hotline',
    dpoEmail: config.privacy.dpoEmail,
    purposes: [
      {
        code: 'handling',
        label: 'Tiếp nhận, chuyển, giải quyết và trả lời phản ánh, kiến nghị, khiếu nại, tố cáo / handling the case',
        legalBasis: 'Đồng ý của chủ thể dữ liệu; nghĩa vụ theo Luật Tiếp công dân 2013, Luật Khiếu nại 2011, Luật Tố cáo 2018',
        optional: false,
      },
      {
        code: 'publication',
        label: 'Công khai câu trả lời (không kèm dữ liệu cá nhân) / publishing the answer',
        legalBasis: 'Đồng ý',
        optional: true,
      },
      { code: 'contact', label: 'Liên hệ qua SMS/Zalo về hồ sơ / SMS or Zalo contact', legalBasis: 'Đồng ý', optional: true },
      {
        code: 'following',
        label:
          'Báo tin trả lời cho người theo dõi hồ sơ công khai; đếm người đồng tình / telling followers of a public case; counting co-signers',
        legalBasis: 'Đồng ý (xác nhận bằng mã một lần, hoặc đánh dấu của điện thoại viên)',
        optional: true,
      },
      {
        code: 'reporting',
        label: 'Thống kê, báo cáo HĐND (số liệu không định danh) / council statistics (no personal data)',
        legalBasis: 'Nhiệm vụ giám sát của HĐND',
        optional: false,
      },
    ],
    categories: fields.map((field) => ({
      field,
      ...FIELD_LABELS[field],
      audiences: audiences.flatMap((audience) => {
        const access = accessOf(CASE_PROJECTION[audience][field]);
        return access ? [{ audience, access }] : [];
      }),
      retention: caseRetention,
    })),
    otherData: [
      { label: 'Ý kiến đồng ý (phiên bản thông báo, mục đích, cách thức, thời điểm) / consent records', retention: caseRetention },
      ...privacyRecordPeriods(config),
      {
        label:
          'Người theo dõi hồ sơ công khai (điện thoại hoặc thư điện tử để báo tin, kênh) / followers of a public case (contact, channel)',
        retention: `${caseRetention}; hoặc đến khi hủy theo dõi / or until they unsubscribe`,
      },
      {
        label: 'Người đồng tình với hồ sơ ("tôi cũng vậy": chỉ lưu dạng băm của liên hệ) / co-signers (keyed hash of the contact only)',
        retention: caseRetention,
      },
      { label: 'Nhật ký kiểm toán (không chứa dữ liệu cá nhân) / audit log (no personal data)', retention: 'Không xoá / append-only' },
    ],
    processors: [
      { name: 'SMTP', purpose: 'Gửi thư thông báo, mã xác nhận / mail notices and codes', configured: true, detail: smtpHost },
      {
        name: 'SMS',
        purpose: 'Tin nhắn về hồ sơ, mã xác nhận qua điện thoại / case SMS and phone codes',
        configured: config.sms !== null,
        detail: config.sms ? hostOf(config.sms.url, 'sms') : NOT_CONFIGURED,
      },
      {
        name: 'Zalo',
        purpose: 'Tin nhắn Zalo / Zalo messages',
        configured: config.zalo !== null,
        detail: config.zalo ? hostOf(config.zalo.apiUrl, 'zalo') : NOT_CONFIGURED,
      },
      {
        name: 'PAKN',
        purpose: 'Liên thông Hệ thống PAKN quốc gia / national PAKN link',
        configured: config.pakn !== null,
        detail: config.pakn ? hostOf(config.pakn.url, 'pakn') : NOT_CONFIGURED,
      },
    ],
    transfers: [
      {
        recipient: 'Cơ quan được giao giải quyết hồ sơ / the agency handling the case',
        what: 'Theo CASE_PROJECTION (agency_officer, agency_head)',
        basis: 'Mục đích giải quyết hồ sơ',
      },
      { recipient: 'Ra nước ngoài / abroad', what: 'Không / none', basis: '—' },
    ],
    restriction: { continues: [...RESTRICTION.continues], stops: [...RESTRICTION.stops] },
    generatedFrom: [
      'libs/cases/src/access/case-projection.ts (CASE_PROJECTION)',
      'libs/cases/src/access/processing-restriction.ts (RESTRICTION)',
      'RETENTION_YEARS, PRIVACY_REQUEST_RETENTION_YEARS, BREACH_RETENTION_YEARS, PRIVACY_CODE_RETENTION_HOURS',
      'PRIVACY_* configuration',
    ],
  };
}

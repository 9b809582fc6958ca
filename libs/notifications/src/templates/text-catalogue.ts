import { UndeliverableError } from '../channels/delivery-errors';
import { MailParams, MailTemplate } from './catalogue';

/** What a short notice (SMS, Zalo) is filled from: the mail's params, the case's PIN and its tracking page (no token). */
export interface ShortNoticeParams extends MailParams {
  pin?: string;
  /** `PUBLIC_BASE_URL/track/CODE`: opened with the PIN, so the text carries no secret link. */
  trackPage: string;
}

/**
 * SMS texts, Vietnamese only (the citizen's own language; a short message has no room for two), for the notices a
 * citizen gets. They are written with diacritics; the SMS rule (sms-text.ts) folds them for GSM-7 gateways. Kept
 * short: a receipt fits one GSM-7 part with a 60-character base URL.
 */
const SMS_TEXTS: Partial<Record<MailTemplate, (p: ShortNoticeParams) => string>> = {
  [MailTemplate.CaseReceipt]: (p) => `HĐND: đã tiếp nhận hồ sơ ${p.trackingCode}, mã PIN ${p.pin}. Tra cứu: ${p.trackPage}`,
  [MailTemplate.CaseAnswered]: (p) =>
    `HĐND: hồ sơ ${p.trackingCode} đã có trả lời${p.agencyName ? ` của ${p.agencyName}` : ''}. Xem và đánh giá: ${p.trackPage} (mã PIN ${p.pin})`,
  [MailTemplate.PrivacyCode]: (p) =>
    `HĐND: mã xác nhận yêu cầu về dữ liệu cá nhân của bạn là ${p.code}, dùng một lần, ` +
    `hết hạn sau ${p.ttlMinutes} phút. Không chia sẻ mã này.`,
  [MailTemplate.MyCasesCode]: (p) =>
    `HĐND: mã xem hồ sơ của bạn là ${p.code}, dùng một lần, hết hạn sau ${p.ttlMinutes} phút. Không chia sẻ mã này.`,
  [MailTemplate.SupporterCode]: (p) => `HĐND: mã xác nhận theo dõi hồ sơ ${p.trackingCode} là ${p.code}, hết hạn sau ${p.ttlMinutes} phút.`,
  [MailTemplate.FollowedCaseAnswered]: (p) =>
    `HĐND: hồ sơ ${p.trackingCode} bạn theo dõi đã có trả lời: ${p.trackPage} Hủy theo dõi: ${p.unfollowUrl}`,
};

/** The SMS text of a notice; a template without one (a staff notice) is undeliverable by SMS. */
export function renderSmsText(template: MailTemplate, params: ShortNoticeParams): string {
  const text = SMS_TEXTS[template];
  if (!text) throw new UndeliverableError(`No SMS text for the notice "${template}"`);
  return text(params);
}

/**
 * The data of a notice's Zalo ZNS template: ZNS sends only templates Zalo approved beforehand, filled with named
 * values (ZALO_TEMPLATE_* names each one's id). Values are cut to the lengths ZNS allows for a parameter.
 */
export function znsTemplateData(template: MailTemplate, p: ShortNoticeParams): Record<string, string> {
  switch (template) {
    case MailTemplate.CaseReceipt:
      return { tracking_code: p.trackingCode, pin: p.pin ?? '', title: p.title.slice(0, 100) };
    case MailTemplate.CaseAnswered:
    case MailTemplate.FollowedCaseAnswered:
      return { tracking_code: p.trackingCode, title: p.title.slice(0, 100), agency: (p.agencyName ?? '').slice(0, 100) };
    default:
      throw new UndeliverableError(`No Zalo template for the notice "${template}"`);
  }
}

/**
 * Answer templates (docs/answers.md): the fixed set of fields a template may name as `{{field}}`, how a template is
 * filled for a case, and the warnings an answer draws. The API and the web share these, so the answer form warns
 * exactly as the API reports.
 */
export const TEMPLATE_FIELDS = {
  case_code: { vi: 'Mã hồ sơ', en: 'Tracking code' },
  title: { vi: 'Tiêu đề hồ sơ', en: 'Case title' },
  kind: { vi: 'Loại đơn', en: 'Kind' },
  category: { vi: 'Lĩnh vực', en: 'Category' },
  area: { vi: 'Địa bàn', en: 'Area' },
  agency: { vi: 'Cơ quan trả lời', en: 'Answering agency' },
  received_date: { vi: 'Ngày tiếp nhận', en: 'Date received' },
  answer_date: { vi: 'Ngày trả lời', en: 'Date of the answer' },
  legal_basis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
} as const;

export type TemplateField = keyof typeof TEMPLATE_FIELDS;

export const TEMPLATE_FIELD_NAMES = Object.keys(TEMPLATE_FIELDS) as TemplateField[];

const FIELD_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Every `{{name}}` a template body names, in order of first appearance. */
export function templateFieldsIn(body: string): string[] {
  return [...new Set([...body.matchAll(FIELD_PATTERN)].map((m) => m[1]))];
}

/** The names a body uses that are not template fields. */
export function unknownTemplateFields(body: string): string[] {
  return templateFieldsIn(body).filter((name) => !(TEMPLATE_FIELD_NAMES as string[]).includes(name));
}

/** A body with each known field replaced by its value (an unknown one is left as written). */
export function fillTemplate(body: string, values: Partial<Record<TemplateField, string>>): string {
  return body.replace(FIELD_PATTERN, (whole, name: string) => values[name as TemplateField] ?? whole);
}

/** What a template asks an answer to carry. */
export interface AnswerRequirements {
  legalBasis: boolean;
  date: boolean;
  attachment: boolean;
}

export const AnswerWarning = {
  /** The answer cites no law, decree, circular, decision or article. */
  NoLegalBasis: 'no_legal_basis',
  /** The answer carries no date (dd/mm/yyyy or "ngày … tháng … năm …"). */
  NoDate: 'no_date',
  /** The template asks for an attached document (the signed answer) and the case has none from staff. */
  NoAttachment: 'no_attachment',
  /** The answer still holds a `{{field}}` the officer has not filled. */
  UnfilledField: 'unfilled_field',
} as const;
export type AnswerWarning = (typeof AnswerWarning)[keyof typeof AnswerWarning];

const LEGAL_BASIS = /(luật|bộ luật|nghị định|thông tư|quyết định|nghị quyết|chỉ thị|điều\s+\d+|khoản\s+\d+|\d+\/\d{4}\/[A-ZĐ-]+)/iu;
const DATE = /(\b\d{1,2}\/\d{1,2}\/\d{4}\b|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(\s+năm\s+\d{4})?)/iu;

/** The warnings of an answer under a template's requirements (none asked: only unfilled fields warn). */
export function answerWarnings(answer: string, requirements: AnswerRequirements | null, staffAttachments: number): AnswerWarning[] {
  const warnings: AnswerWarning[] = [];
  if (requirements?.legalBasis && !LEGAL_BASIS.test(answer)) warnings.push(AnswerWarning.NoLegalBasis);
  if (requirements?.date && !DATE.test(answer)) warnings.push(AnswerWarning.NoDate);
  if (requirements?.attachment && staffAttachments === 0) warnings.push(AnswerWarning.NoAttachment);
  if (templateFieldsIn(answer).length > 0) warnings.push(AnswerWarning.UnfilledField);
  return warnings;
}

import type { Label } from './labels';

/** The personal data the redaction step looks for in text before a case is published (docs/answers.md). */
export enum PersonalDataKind {
  Phone = 'phone',
  Email = 'email',
  NationalId = 'national_id',
  LicencePlate = 'licence_plate',
  HouseNumber = 'house_number',
  Name = 'name',
}

/** Each kind's name for staff, and the text that replaces it in what is published. */
export const PERSONAL_DATA_KINDS: Record<PersonalDataKind, Label & { mask: string }> = {
  [PersonalDataKind.Phone]: { vi: 'Số điện thoại', en: 'Phone number', mask: '[số điện thoại]' },
  [PersonalDataKind.Email]: { vi: 'Thư điện tử', en: 'Email address', mask: '[thư điện tử]' },
  [PersonalDataKind.NationalId]: { vi: 'Số CCCD/CMND', en: 'National ID number', mask: '[số giấy tờ]' },
  [PersonalDataKind.LicencePlate]: { vi: 'Biển số xe', en: 'Licence plate', mask: '[biển số xe]' },
  [PersonalDataKind.HouseNumber]: { vi: 'Số nhà, ngõ, ngách', en: 'House number', mask: '[số nhà]' },
  [PersonalDataKind.Name]: { vi: 'Họ tên người gửi', en: 'Citizen’s name', mask: '[họ tên]' },
};

/** A span [start, end) of a text holding personal data of `kind`. */
export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/** `text` with each span replaced by its kind's mask (spans must not overlap). */
export function applyMasks(text: string, spans: readonly PersonalDataSpan[]): string {
  let out = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, span.start) + PERSONAL_DATA_KINDS[span.kind].mask + out.slice(span.end);
  }
  return out;
}

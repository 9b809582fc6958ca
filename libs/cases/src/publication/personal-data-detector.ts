import { PersonalDataKind, PersonalDataSpan } from '@hotline/contracts';

/** Not a letter or digit before: a match starts at a word's start (`\b` does not know Vietnamese letters). */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

/**
 * The patterns, in order of precedence: where two overlap, the earlier kind wins (a phone number is not also read
 * as an ID number).
 * - email: local@domain.tld;
 * - phone: 0 or +84/84, then 9 or 10 digits, groups split by spaces, dots or dashes (0912 345 678, +84 24 3825 1234);
 * - national ID: 12 digits (CCCD) or 9 digits (CMND), alone;
 * - licence plate: province code, series, number (29A-123.45, 30E 12345, 59X1-123.45, 29-B1 123.45);
 * - house number: "số (nhà) 12(A)(/3)" and "ngõ/ngách/hẻm/kiệt 34", chained (số 12 ngõ 34 ngách 5).
 */
const PATTERNS: readonly (readonly [PersonalDataKind, RegExp])[] = [
  [PersonalDataKind.Email, new RegExp(String.raw`${START}[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`, 'gu')],
  [PersonalDataKind.Phone, new RegExp(String.raw`(?<![\p{N}+])(?:\+84|84|0)(?:[ .\-]?\p{N}){9,10}(?!\p{N})`, 'gu')],
  [PersonalDataKind.NationalId, new RegExp(String.raw`(?<!\p{N})(?:\p{N}{12}|\p{N}{9})(?!\p{N})`, 'gu')],
  [
    PersonalDataKind.LicencePlate,
    new RegExp(String.raw`${START}\p{N}{2}[ \-]?\p{Lu}[\p{Lu}\p{N}]?[ \-.]?\p{N}{3}\.?\p{N}{2}(?!\p{N})`, 'gu'),
  ],
  [
    PersonalDataKind.HouseNumber,
    new RegExp(
      String.raw`${START}(?:(?:số(?:\s+nhà)?|nhà\s+số)\s+\p{N}+\p{L}?(?:\/\p{N}+\p{L}?)*` +
        String.raw`|(?:ngõ|ngách|hẻm|kiệt)\s+\p{N}+\p{L}?(?:\/\p{N}+)*)` +
        String.raw`(?:,?\s+(?:ngõ|ngách|hẻm|kiệt)\s+\p{N}+\p{L}?(?:\/\p{N}+)*)*${END}(?![\/\-]\p{L})`,
      'giu',
    ),
  ],
];

/** "số 12" that numbers a legal document or letter, not a house ("Nghị định số 12/2020/NĐ-CP", "Công văn số 45"). */
const DOCUMENT_NUMBER_BEFORE =
  /(?:luật|định|tư|quyết|nghị|chỉ thị|văn bản|công văn|thông báo|kế hoạch|tờ trình|báo cáo|hồ sơ|điều|khoản|mục|phụ lục|lần)\s*$/iu;

/** Names the citizen gave, as written and, for a name of three words or more, without the family name. */
function nameVariants(names: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name.length < 2) continue;
    variants.add(name);
    const words = name.split(' ');
    if (words.length >= 3) variants.add(words.slice(1).join(' '));
  }
  return [...variants].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Forms of address before a given name: a letter names "ông Bình", "bà Cúc" by the given name alone. */
const FORMS_OF_ADDRESS = ['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'em', 'cụ', 'cháu'];

/**
 * The given names (last word) of the names the citizen gave, each matched only after a form of address and not
 * followed by another capitalised word ("bà Bình Minh" is somebody else); the mask covers the given name.
 */
function givenNamePatterns(names: readonly string[]): RegExp[] {
  const given = new Set<string>();
  for (const raw of names) {
    const words = raw.trim().split(/\s+/);
    if (words.length >= 2 && words.at(-1)!.length >= 2) given.add(words.at(-1)!);
  }
  // No "i" flag: with it, \p{Lu} would match lower-case letters too. Each word is taken as written, in capitals and
  // in lower case, and a form of address with or without its capital.
  const forms = FORMS_OF_ADDRESS.flatMap((f) => [f, f[0].toUpperCase() + f.slice(1)]).join('|');
  return [...given].map((name) => {
    const spellings = [...new Set([name, name.toUpperCase(), name.toLowerCase()])].map(escapeRegExp).join('|');
    return new RegExp(String.raw`${START}(?:${forms})\s+(${spellings})${END}(?!\s+\p{Lu})`, 'gu');
  });
}

/**
 * The personal data found in `text`, in order, without overlaps: phone numbers, emails, ID numbers, licence plates,
 * house numbers, and the `names` the citizen gave. What it proposes, staff confirm or edit (docs/answers.md).
 */
export function detectPersonalData(text: string, names: readonly string[] = []): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  const taken = (start: number, end: number) => found.some((s) => start < s.end && s.start < end);
  const add = (kind: PersonalDataKind, start: number, end: number) => {
    if (!taken(start, end)) found.push({ kind, start, end });
  };
  for (const [kind, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      if (kind === PersonalDataKind.HouseNumber && DOCUMENT_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
      add(kind, start, start + m[0].length);
    }
  }
  for (const name of nameVariants(names)) {
    for (const m of text.matchAll(new RegExp(`${START}${escapeRegExp(name)}${END}`, 'giu'))) {
      add(PersonalDataKind.Name, m.index, m.index + m[0].length);
    }
  }
  for (const pattern of givenNamePatterns(names)) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      add(PersonalDataKind.Name, end - m[1].length, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The digits of a phone number, from its national form: what a published text must not contain of the citizen's phone. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('84') && digits.length >= 11 ? `0${digits.slice(2)}` : digits;
}

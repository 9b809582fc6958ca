/**
 * SMS texts. Most Vietnamese gateways bill and deliver GSM-7 (GSM 03.38) best, and GSM-7 has no Vietnamese letters,
 * so the rule is: with SMS_ENCODING=gsm7 (the default) a text is written without diacritics — đ/Đ become d/D, every
 * other letter loses its marks (Unicode NFD, combining marks dropped, so "Hà Nội" is "Ha Noi" and "é" is "e" too),
 * typographic quotes and dashes become ' " -, and any character still outside GSM-7 becomes "?". With
 * SMS_ENCODING=ucs2 the text keeps its diacritics (UCS-2, 70 characters a part). Either way a text longer than
 * `maxSegments` parts is cut, ending in "...", so one notice never costs more than that many messages.
 */
export type SmsEncoding = 'gsm7' | 'ucs2';

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Sent as an escape and the character: two septets each. */
const GSM7_EXTENSION = '^{}\\[~]|€\f';
const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

/** Septets (GSM-7) or UTF-16 units (UCS-2) in one part, alone or in a concatenated message (its header takes room). */
const PART = { gsm7: { single: 160, multi: 153 }, ucs2: { single: 70, multi: 67 } } as const;

const PUNCTUATION: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '…': '...', '\t': ' ' };

export const isGsm7 = (text: string): boolean => [...text].every((ch) => BASIC.has(ch) || EXTENSION.has(ch));

/** Vietnamese (or any Latin text) without diacritics, in GSM-7 characters only. */
export function toGsm7(text: string): string {
  return [...text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/\p{M}/gu, '')]
    .map((ch) => PUNCTUATION[ch] ?? ch)
    .join('')
    .split('')
    .map((ch) => (BASIC.has(ch) || EXTENSION.has(ch) ? ch : '?'))
    .join('');
}

/** The size of each character in its part: septets for GSM-7, UTF-16 units for UCS-2. */
const unitsOf = (ch: string, encoding: SmsEncoding): number => (encoding === 'gsm7' ? (EXTENSION.has(ch) ? 2 : 1) : ch.length);

/** How many parts the text takes (a character is never split across two parts). */
export function smsSegments(text: string, encoding: SmsEncoding): number {
  const chars = [...text];
  const total = chars.reduce((n, ch) => n + unitsOf(ch, encoding), 0);
  if (total <= PART[encoding].single) return 1;
  let parts = 1;
  let used = 0;
  for (const ch of chars) {
    const units = unitsOf(ch, encoding);
    if (used + units > PART[encoding].multi) {
      parts += 1;
      used = 0;
    }
    used += units;
  }
  return parts;
}

/** The text as it is sent: folded to GSM-7 when the gateway needs it, and cut to at most `maxSegments` parts. */
export function toSmsText(text: string, encoding: SmsEncoding, maxSegments: number): string {
  const folded = encoding === 'gsm7' ? toGsm7(text) : text;
  if (smsSegments(folded, encoding) <= maxSegments) return folded;
  const chars = [...folded];
  let keep = chars.length;
  // Drop characters from the end until the text and its ellipsis fit.
  while (keep > 0 && smsSegments(chars.slice(0, keep).join('') + '...', encoding) > maxSegments) keep -= 1;
  return chars.slice(0, keep).join('').trimEnd() + '...';
}

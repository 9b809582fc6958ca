import { LOCAL_TIME_ZONE as ZONE } from '@hotline/contracts';

/**
 * One formatter per language and shape, made once: building an Intl.DateTimeFormat with a time zone costs far more
 * than formatting with it, and a list of 100 cases formats a few hundred dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, { timeZone: ZONE, ...options })));
  return made;
}
const DATE = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
const DATE_TIME = { ...DATE, hour: '2-digit', minute: '2-digit' } as const;
const uiLocale = (lang: string) => (lang === 'en' ? 'en-GB' : 'vi-VN');

export function formatDateTime(value: string | Date | undefined | null, lang: string): string {
  if (!value) return '';
  return formatter(uiLocale(lang), DATE_TIME).format(new Date(value));
}

/** The date as formatDateTime writes it (dd/mm/yyyy in both languages): one date format across the UI. */
export function formatDate(value: string | Date | undefined | null, lang: string): string {
  if (!value) return '';
  return formatter(uiLocale(lang), DATE).format(new Date(value));
}

/** A Hà Nội calendar date (YYYY-MM-DD) for the reports' from/to. */
export function localDate(date: Date): string {
  return formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The name of a code/name/nameEn reference in the current language. */
export const refName = (ref: { name: string; nameEn: string } | null | undefined, lang: string): string =>
  ref ? (lang === 'en' ? ref.nameEn : ref.name) : '';

/** A calendar date (YYYY-MM-DD) as the UI writes dates: dd/mm/yyyy. */
export function dayMonthYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/**
 * A date typed as the UI writes it (dd/mm/yyyy; one-digit day and month, and "." or "-" between, accepted) as
 * YYYY-MM-DD, or null when it is not a date of the calendar (31/02/2026).
 */
export function parseDayMonthYear(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

import { LOCAL_TIME_ZONE as ZONE } from '@hotline/contracts';

export function formatDateTime(value: string | Date | undefined | null, lang: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' }).format(new Date(value));
}

export function formatDate(value: string | Date | undefined | null, lang: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: ZONE, dateStyle: 'medium' }).format(new Date(value));
}

/** A Hà Nội calendar date (YYYY-MM-DD) for the reports' from/to. */
export function localDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The name of a code/name/nameEn reference in the current language. */
export const refName = (ref: { name: string; nameEn: string } | null | undefined, lang: string): string =>
  ref ? (lang === 'en' ? ref.nameEn : ref.name) : '';

import { LOCAL_TIME_ZONE as ZONE } from '@hotline/contracts';

export function formatDateTime(value: string | Date | undefined | null, lang: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}

/** The date as formatDateTime writes it (dd/mm/yyyy in both languages): one date format across the UI. */
export function formatDate(value: string | Date | undefined | null, lang: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(value));
}

/** A Hà Nội calendar date (YYYY-MM-DD) for the reports' from/to. */
export function localDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The name of a code/name/nameEn reference in the current language. */
export const refName = (ref: { name: string; nameEn: string } | null | undefined, lang: string): string =>
  ref ? (lang === 'en' ? ref.nameEn : ref.name) : '';

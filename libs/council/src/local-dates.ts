import { InvalidInputError } from '@hotline/platform';

/** Hà Nội is UTC+07:00 all year: a local date's first instant and the instant its day ends. */
export const localDayStart = (date: string): Date => new Date(`${date}T00:00:00+07:00`);
export const localDayEnd = (date: string): Date => new Date(localDayStart(date).getTime() + 86_400_000);
export const localDateOf = (instant: Date): string => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A 'YYYY-MM-DD' that names a real day (the DTO pattern lets 2026-02-30 through). */
export function assertRealDate(field: string, date: string): void {
  if (localDateOf(localDayStart(date)) !== date) throw new InvalidInputError(field, `${field} must be a real calendar date (YYYY-MM-DD)`);
}

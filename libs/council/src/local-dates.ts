/** Hà Nội is UTC+07:00 all year: a local date's first instant and the instant its day ends. */
export const localDayStart = (date: string): Date => new Date(`${date}T00:00:00+07:00`);
export const localDayEnd = (date: string): Date => new Date(localDayStart(date).getTime() + 86_400_000);
export const localDateOf = (instant: Date): string => new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * CSV cells that a spreadsheet program cannot run as formulas (OWASP, CSV Injection): a text starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading single quote, then is quoted as RFC 4180 says. Every CSV the
 * platform writes goes through `csvCell` (built in TS) or `csvSafeSql` (written by PostgreSQL's COPY); both use
 * FORMULA_START, so they cannot disagree.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
/** FORMULA_START as a PostgreSQL regular expression (a character class, written out for its SQL string literal). */
const FORMULA_START_SQL = `'^[=+@' || chr(9) || chr(13) || '-]'`;

export type CsvValue = string | number | boolean | null | undefined;

/** A text as a spreadsheet shows it, never as a formula. Numbers are written as numbers. */
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without its line break). */
export const csvRow = (values: readonly CsvValue[]): string => values.map(csvCell).join(',');

/** The SQL twin of `neutraliseFormula`, for a text expression that COPY … (FORMAT csv) writes; COPY quotes it. */
export const csvSafeSql = (expression: string): string =>
  `CASE WHEN (${expression}) ~ (${FORMULA_START_SQL}) THEN '''' || (${expression}) ELSE (${expression}) END`;

import { ErrorCode } from '@hotline/contracts';
import { RuleViolationError } from '@hotline/platform';

/** A statutory reporting period: whole Hà Nội days, inclusive. */
export interface StatutoryPeriod {
  code: string;
  from: string;
  to: string;
  /** As printed under the form's title. */
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * `YYYY-Q1`…`YYYY-Q4` (a quarter), `YYYY-6M` (the first six months), `YYYY-9M` (nine months), `YYYY-Y` (the year).
 * Calendar periods: the cut-off days some circulars set (e.g. from the 15th of the month before) are not among the
 * verified facts and are not applied (docs/reporting.md). Anything else answers 422 `invalid_report_period`.
 */
export function parseStatutoryPeriod(value: unknown): StatutoryPeriod {
  const match = typeof value === 'string' ? /^(\d{4})-(Q([1-4])|6M|9M|Y)$/.exec(value) : null;
  const year = match ? Number(match[1]) : NaN;
  if (!match || year < 2000 || year > 2100) {
    throw new RuleViolationError(
      ErrorCode.InvalidReportPeriod,
      'period',
      'period must be YYYY-Q1..Q4 (a quarter), YYYY-6M (six months), YYYY-9M (nine months) or YYYY-Y (the year), e.g. 2026-Q1',
    );
  }
  if (match[3]) {
    const q = Number(match[3]);
    const end = q * 3;
    return {
      code: value as string,
      from: day(year, end - 2, 1),
      to: day(year, end, lastDayOf(year, end)),
      label: `Quý ${ROMAN[q - 1]} năm ${year}`,
    };
  }
  const months = match[2] === '6M' ? 6 : match[2] === '9M' ? 9 : 12;
  const label = months === 12 ? `Năm ${year}` : `${months} tháng ${months === 6 ? 'đầu ' : ''}năm ${year}`;
  return { code: value as string, from: day(year, 1, 1), to: day(year, months, lastDayOf(year, months)), label };
}

import { applyDecorators } from '@nestjs/common';
import { ErrorCode } from '@hotline/contracts';
import { Transform, Type } from 'class-transformer';
import { IsInt, Max, Min, registerDecorator, ValidationArguments } from 'class-validator';
import { InvalidInputError } from '../errors/domain-errors';

/**
 * The years a date given to the API may name, on every route, body and path. The hotline holds cases, calendars,
 * council sessions and reports of this century: 2000 is before any case the councils keep, 2100 past any deadline
 * or plan they set. PostgreSQL would take 4713 BC to 294276 AD, but not a year 0 or a negative ISO year written the
 * way JavaScript writes it (-010000-01-01), and tracking codes, rollup buckets and the holiday calendar all assume a
 * four-digit year: a date outside this range is a client's mistake, answered 400, never a query that fails.
 */
export const DATE_YEARS = { min: 2000, max: 2100 } as const;

/** Stable codes of the two ways a date can be refused, for clients that branch on them. */
export const DateErrorCode = {
  Invalid: ErrorCode.InvalidDate,
  OutOfRange: ErrorCode.DateOutOfRange,
} as const;
export type DateErrorCode = (typeof DateErrorCode)[keyof typeof DateErrorCode];

/** `YYYY-MM-DD`, a Hà Nội calendar day; a signed or longer year is read, to be refused as out of range. */
const LOCAL_DATE = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/;
/**
 * ISO 8601 (RFC 3339 profile): a day alone (its first instant in UTC), or a day and a time with its offset; a time
 * without an offset would be read in the server's own zone, so it is refused. An expanded year (±YYYYYY) is read, to be
 * refused as out of range.
 */
const INSTANT = /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

export type DateCheck = { ok: true } | { ok: false; code: DateErrorCode; message: string };

const range = `between ${DATE_YEARS.min}-01-01 and ${DATE_YEARS.max}-12-31`;

function checkDay(field: string, y: string, m: string, d: string, expected: string): DateCheck {
  const year = Number(y);
  if (year < DATE_YEARS.min || year > DATE_YEARS.max)
    return { ok: false, code: DateErrorCode.OutOfRange, message: `${field} must be ${range}` };
  const day = new Date(Date.UTC(year, Number(m) - 1, Number(d)));
  if (day.getUTCMonth() !== Number(m) - 1 || day.getUTCDate() !== Number(d)) {
    return { ok: false, code: DateErrorCode.Invalid, message: `${field} must be a real calendar date (${expected})` };
  }
  return { ok: true };
}

/** A Hà Nội calendar day `YYYY-MM-DD` that exists, in DATE_YEARS. */
export function checkLocalDate(field: string, value: unknown): DateCheck {
  const match = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  if (!match) return { ok: false, code: DateErrorCode.Invalid, message: `${field} must be a date YYYY-MM-DD` };
  return checkDay(field, match[1], match[2], match[3], 'YYYY-MM-DD');
}

/** An ISO 8601 date or date-time with offset, naming a real day and time, in DATE_YEARS. */
export function checkInstant(field: string, value: unknown): DateCheck {
  const text = value instanceof Date ? undefined : value;
  const match = typeof text === 'string' ? INSTANT.exec(text) : null;
  const expected = 'ISO 8601: YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ';
  if (!match) return { ok: false, code: DateErrorCode.Invalid, message: `${field} must be a date or date-time (${expected})` };
  const [, y, m, d, hh, mm, ss, offset] = match;
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59 || !validOffset(offset))) {
    return { ok: false, code: DateErrorCode.Invalid, message: `${field} must be a real date-time (${expected})` };
  }
  return checkDay(field, y, m, d, expected);
}

const validOffset = (offset: string): boolean => offset === 'Z' || (Number(offset.slice(1, 3)) <= 14 && Number(offset.slice(-2)) <= 59);

/** Parses a value checkInstant accepted; throws the 400 otherwise (for values that do not come through a DTO). */
export function parseInstant(field: string, value: unknown): Date {
  assertDate(checkInstant(field, value), field);
  return new Date(value as string);
}

/** Throws the 400 unless `value` is a local date checkLocalDate accepts (for path parameters and service inputs). */
export function assertLocalDate(field: string, value: unknown): asserts value is string {
  assertDate(checkLocalDate(field, value), field);
}

function assertDate(check: DateCheck, field: string): void {
  if (!check.ok) throw new InvalidInputError(field, check.message, check.code);
}

/**
 * Registers the check as two constraints, one per error code, so the validation pipe names the code of the one that
 * failed (see validation.pipe.ts). A Date is what IsInstant's transform made of an accepted value.
 */
function dateConstraints(name: string, check: (field: string, value: unknown) => DateCheck): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    for (const code of [DateErrorCode.Invalid, DateErrorCode.OutOfRange]) {
      const failure = (value: unknown, field: string) => {
        if (value instanceof Date) return undefined;
        const result = check(field, value);
        return !result.ok && result.code === code ? result : undefined;
      };
      registerDecorator({
        name: code === DateErrorCode.Invalid ? name : `${name}InRange`,
        target: target.constructor,
        propertyName: propertyName as string,
        options: { context: { code } },
        validator: {
          validate: (value: unknown, args: ValidationArguments) => !failure(value, args.property),
          defaultMessage: (args: ValidationArguments) => failure(args.value, args.property)?.message ?? '',
        },
      });
    }
  };
}

/** A query or body field holding a Hà Nội calendar day `YYYY-MM-DD` (kept as the string), in DATE_YEARS. */
export function IsLocalDate(): PropertyDecorator {
  return dateConstraints('isLocalDate', checkLocalDate);
}

/**
 * A query or body field holding an instant: ISO 8601 as checkInstant reads it, turned into a Date once accepted.
 * Replaces `@Type(() => Date) @IsDate()`, which let any year JavaScript can hold reach PostgreSQL.
 */
export function IsInstant(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value, key }) => (checkInstant(key, value).ok ? new Date(value as string) : value)),
    dateConstraints('isInstant', checkInstant),
  );
}

/** Vietnam keeps one offset all year (no daylight saving time). */
const HANOI_OFFSET = '+07:00';

/**
 * A filter's bound: a Hà Nội calendar day `YYYY-MM-DD` or an instant as IsInstant reads it, turned into the instant
 * the filter compares with. A day alone is a Hà Nội day, as in the reports' periods: as `from` (`bound: 'from'`) its
 * first instant; as `to` (`bound: 'to'`), inclusive, the first instant of the next day, so that `received_at < to`
 * keeps the whole day. A drill-down from a report's figure (from..to, Hà Nội days, inclusive) lists the same cases.
 */
export function IsPeriodBound(bound: 'from' | 'to'): PropertyDecorator {
  const dayAlone = (value: string): Date => {
    const start = new Date(`${value}T00:00:00${HANOI_OFFSET}`);
    return bound === 'from' ? start : new Date(start.getTime() + 86_400_000);
  };
  return applyDecorators(
    Transform(({ value, key }) => {
      if (!checkInstant(key, value).ok) return value;
      return LOCAL_DATE.test(value as string) ? dayAlone(value as string) : new Date(value as string);
    }),
    dateConstraints('isInstant', checkInstant),
  );
}

/** A query or body field holding a year (of the holiday calendar, a report…), in DATE_YEARS. */
export function IsYear(): PropertyDecorator {
  const code = { context: { code: DateErrorCode.OutOfRange } };
  return applyDecorators(
    Type(() => Number),
    IsInt(),
    Min(DATE_YEARS.min, code),
    Max(DATE_YEARS.max, code),
  );
}

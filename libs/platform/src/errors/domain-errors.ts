import { defaultErrorCode, ErrorCode } from '@hotline/contracts';

export interface FieldProblem {
  field: string;
  message: string;
  /** A stable name of the rule the field broke (e.g. `date_out_of_range`), for clients that branch on it. */
  code?: string;
}

/**
 * A rule of the domain was broken; the filter maps `status` to the HTTP answer and `code` (stable, translated by the
 * web) into its body. Without a code of its own, an error carries the generic one of its status (defaultErrorCode).
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  private readonly ownCode?: ErrorCode;
  constructor(
    message: string,
    readonly details?: FieldProblem[],
    code?: ErrorCode,
  ) {
    super(message);
    this.name = new.target.name;
    this.ownCode = code;
  }

  get code(): ErrorCode {
    return this.ownCode ?? defaultErrorCode(this.status, !!this.details?.length);
  }
}

/** A domain error about one named field of the request. */
abstract class FieldError extends DomainError {
  constructor(field: string, message: string, code?: ErrorCode) {
    super(message, [{ field, message, ...(code ? { code } : {}) }], code);
  }
}

export class InvalidInputError extends FieldError {
  readonly status = 400;
}

/** The reference lists a request names entries of by code. */
export type ReferenceList = 'category' | 'area' | 'agency';

/** A code that names no active entry of a reference list, as a field problem: the API's message and the code the web translates. */
export const unknownReference = (field: string, list: ReferenceList, value: unknown): FieldProblem & { code: ErrorCode } => ({
  field,
  message: `Unknown ${list} "${String(value)}"`,
  code: ErrorCode.UnknownReference,
});

/** A request names a code no active entry of a reference list has (400 validation_failed; the detail says unknown_reference). */
export class UnknownReferenceError extends DomainError {
  readonly status = 400;
  constructor(field: string, list: ReferenceList, value: unknown) {
    const problem = unknownReference(field, list, value);
    super(problem.message, [problem], ErrorCode.ValidationFailed);
  }
}

/** Several fields of one request are wrong at once (a form or a row checked as a whole). */
export class InvalidInputsError extends DomainError {
  readonly status = 400;
  constructor(details: FieldProblem[], code: ErrorCode = ErrorCode.ValidationFailed) {
    super(details.map((d) => d.message).join('; '), details, code);
  }
}

/**
 * A well-formed request that a rule of the domain refuses (422), named by a stable `code` so clients can tell the
 * rule apart from any other refusal.
 */
export class RuleViolationError extends DomainError {
  readonly status = 422;
  constructor(code: ErrorCode, field: string, message: string) {
    super(message, [{ field, message }], code);
  }
}

/** Several rules broken at once by one request (a file checked as a whole): each detail names its field and its code. */
export class RuleViolationsError extends DomainError {
  readonly status = 422;
  constructor(details: (FieldProblem & { code: ErrorCode })[]) {
    super(details.map((d) => `${d.field}: ${d.message}`).join('; '), details, details[0]?.code);
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
}

export class InvalidTransitionError extends DomainError {
  readonly status = 409;
  constructor(message: string, details?: FieldProblem[], code: ErrorCode = ErrorCode.InvalidTransition) {
    super(message, details, code);
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
}

export class UnauthorizedError extends DomainError {
  readonly status = 401;
}

export class PayloadTooLargeError extends FieldError {
  readonly status = 413;
}

export class UnsupportedMediaTypeError extends FieldError {
  readonly status = 415;
}

/** A rate limit or lockout: the filter answers 429 with Retry-After. */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    code?: ErrorCode,
    /** The field whose value was asked for too often (a contact), when the limit is about one. */
    field?: string,
  ) {
    super(message, field ? [{ field, message }] : undefined, code);
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** A rule of the domain was broken; the filter maps `status` to the HTTP answer. */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  constructor(
    message: string,
    readonly details?: FieldProblem[],
    /** A stable, machine-readable name of the rule that refused the request (e.g. PHONE_LOOKUP_FORBIDDEN). */
    readonly code?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A domain error about one named field of the request. */
abstract class FieldError extends DomainError {
  constructor(field: string, message: string) {
    super(message, [{ field, message }]);
  }
}

export class InvalidInputError extends FieldError {
  readonly status = 400;
}

/** Several fields of one request are wrong at once (a form or a row checked as a whole). */
export class InvalidInputsError extends DomainError {
  readonly status = 400;
  constructor(details: FieldProblem[]) {
    super(details.map((d) => d.message).join('; '), details);
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
}

export class InvalidTransitionError extends DomainError {
  readonly status = 409;
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
  ) {
    super(message);
  }
}

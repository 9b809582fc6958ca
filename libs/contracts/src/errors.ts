/**
 * Stable error codes: every error the API answers carries one as `code`, and the web translates codes, never messages.
 * A code names what went wrong for the client; the message explains it to a developer. Values are part of the HTTP
 * contract: add codes, never rename one.
 */
export const ErrorCode = {
  // Generic, by HTTP status (a DomainError or HttpException without a more precise code)
  BadRequest: 'bad_request',
  ValidationFailed: 'validation_failed',
  Unauthorized: 'unauthorized',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  MethodNotAllowed: 'method_not_allowed',
  Conflict: 'conflict',
  InvalidTransition: 'invalid_transition',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  UnprocessableEntity: 'unprocessable_entity',
  TooManyRequests: 'too_many_requests',
  ServiceUnavailable: 'service_unavailable',
  InternalError: 'internal_error',
  // Request bodies
  InvalidJson: 'invalid_json',
  EmptyJsonBody: 'empty_json_body',
  InvalidContentLength: 'invalid_content_length',
  ForbiddenCharacter: 'forbidden_character',
  // Dates (libs/platform/src/validation/dates.ts)
  InvalidDate: 'invalid_date',
  DateOutOfRange: 'date_out_of_range',
  // Rules of the domain (422 unless said otherwise)
  /** A denunciation routed (by hand) to the agency it accuses, or to one of that agency's units. */
  DenunciationRoutedToAccused: 'denunciation_routed_to_accused',
  /** A denunciation asked to be published: its content is never public. */
  DenunciationNotPublic: 'denunciation_not_public',
  /** An identity grant for a user who is not an officer of the agency handling the case. */
  IdentityGrantOutsideHandlingAgency: 'identity_grant_outside_handling_agency',
  /** A phone filter from a role that may not see full contact (403): a match would tell them who filed. */
  PhoneLookupForbidden: 'phone_lookup_forbidden',
  /** An Idempotency-Key already used for a submission with a different body. */
  IdempotencyKeyReused: 'idempotency_key_reused',
  /** A case's tracking PIN after too many wrong tries (429, Retry-After): the access key still opens the case. */
  TrackingPinLocked: 'tracking_pin_locked',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The code of an error that carries none of its own, by HTTP status. */
export const ERROR_CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: ErrorCode.BadRequest,
  401: ErrorCode.Unauthorized,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  405: ErrorCode.MethodNotAllowed,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  422: ErrorCode.UnprocessableEntity,
  429: ErrorCode.TooManyRequests,
  500: ErrorCode.InternalError,
  503: ErrorCode.ServiceUnavailable,
};

/** The code of an error without one of its own: a 400 that names its fields is a validation failure, else its status's. */
export function defaultErrorCode(statusCode: number, namesFields = false): ErrorCode {
  if (statusCode === 400 && namesFields) return ErrorCode.ValidationFailed;
  return ERROR_CODE_BY_STATUS[statusCode] ?? (statusCode < 500 ? ErrorCode.BadRequest : ErrorCode.InternalError);
}

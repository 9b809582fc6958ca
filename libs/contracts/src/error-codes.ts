/** Stable names of the domain rules a request can break, sent as `code` in the error body (4xx). */
export const ErrorCode = {
  /** A denunciation routed (by hand) to the agency it accuses, or to one of that agency's units. */
  DenunciationRoutedToAccused: 'DENUNCIATION_ROUTED_TO_ACCUSED',
  /** A denunciation asked to be published: its content is never public. */
  DenunciationNotPublic: 'DENUNCIATION_NOT_PUBLIC',
  /** An identity grant for a user who is not an officer of the agency handling the case. */
  IdentityGrantOutsideHandlingAgency: 'IDENTITY_GRANT_OUTSIDE_HANDLING_AGENCY',
  /** An Idempotency-Key already used for a submission with a different body. */
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

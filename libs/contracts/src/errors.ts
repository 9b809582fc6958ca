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
  /** A code that names no active entry of a reference list (category, area, agency); in the field's detail. */
  UnknownReference: 'unknown_reference',
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
  /** An assignee who is not an active officer (or head) of the agency handling the case, or a case no agency handles. */
  AssigneeOutsideAgency: 'assignee_outside_agency',
  /** A case already at an agency sent elsewhere without a reason (a reroute asks one, as the single reroute does). */
  RerouteReasonRequired: 'reroute_reason_required',
  // Personal data (docs/personal-data.md)
  /** A case filed without the person's consent to the processing needed to handle it. */
  ConsentRequired: 'consent_required',
  /** A privacy notice version that does not exist. */
  UnknownNoticeVersion: 'unknown_notice_version',
  /** The current password given to change it is wrong. */
  WrongCurrentPassword: 'wrong_current_password',
  /** A new password the same as the current one. */
  PasswordUnchanged: 'password_unchanged',
  /** An authenticator (TOTP) code that is wrong or outside its time window. */
  WrongTotpCode: 'wrong_totp_code',
  /** A one-time code that is wrong, used or expired. */
  InvalidVerificationCode: 'invalid_verification_code',
  /** A data-subject request without proof of control of the contact (no valid verification). */
  ContactNotVerified: 'contact_not_verified',
  /** No case holds this phone or email. */
  NoDataForContact: 'no_data_for_contact',
  /** Erasure refused: a legal duty to keep the case applies (open case, retention period running). */
  LegalHold: 'legal_hold',
  /** A phone code asked for, but the platform has no SMS channel: staff file on the person's behalf. */
  SmsUnavailable: 'sms_unavailable',
  /** The person restricted the processing of this case: only storage and the handling the law requires go on (409). */
  ProcessingRestricted: 'processing_restricted',
  /** A request that is already completed or refused. */
  RequestClosed: 'request_closed',
  /** Approving or sending back an answer is the agency head's (403). */
  ApprovalNotAllowed: 'approval_not_allowed',
  /** An answer template names a field outside the known set (TEMPLATE_FIELDS). */
  UnknownTemplateField: 'unknown_template_field',
  /** An answer template that does not apply to the case (another kind or category) or is inactive. */
  TemplateNotApplicable: 'template_not_applicable',
  /** The secretariat may return only an answer not yet published. */
  AnswerAlreadyPublished: 'answer_already_published',
  /** A case is published only when it is public, not a denunciation, and answered. */
  NotPublishable: 'not_publishable',
  /** Every attachment of a case needs a staff decision (publish or not) before the case is published. */
  AttachmentDecisionMissing: 'attachment_decision_missing',
  /** The text to publish still holds the citizen's phone, email or name. */
  PersonalDataInPublication: 'personal_data_in_publication',
  /** A mask that does not lie within the original text. */
  MaskOutOfRange: 'mask_out_of_range',
  /** A walk-in reception without the identity fields the officer must check (document type, number, name). */
  ReceptionIdentityRequired: 'reception_identity_required',
  /** A reception's outcome without what that outcome needs (a refusal's ground, a case's kind and title, guidance given). */
  ReceptionOutcomeIncomplete: 'reception_outcome_incomplete',
  /** A statutory report period that does not parse (e.g. 2026-Q5, 2026-H3). */
  InvalidReportPeriod: 'invalid_report_period',
  /** A case's tracking PIN after too many wrong tries (429, Retry-After): the access key still opens the case. */
  TrackingPinLocked: 'tracking_pin_locked',
  // Place (docs/place.md)
  /** A boundary that is not a GeoJSON Polygon or MultiPolygon of [lng, lat] positions, or an import that is not GeoJSON. */
  InvalidGeometry: 'invalid_geometry',
  /** A position outside longitude -180..180 or latitude -90..90. */
  CoordinateOutOfRange: 'coordinate_out_of_range',
  /** A linear ring with fewer than 4 positions. */
  RingTooShort: 'ring_too_short',
  /** A linear ring whose last position is not its first. */
  RingNotClosed: 'ring_not_closed',
  /** A boundary whose edges cross. */
  SelfIntersection: 'self_intersection',
  /** An area's boundary not within its parent area's boundary. */
  BoundaryOutsideParent: 'boundary_outside_parent',
  /** A boundary import naming an area code that does not exist, or naming one area twice. */
  UnknownAreaCode: 'unknown_area_code',
  DuplicateAreaCode: 'duplicate_area_code',
  /** A case's location outside every top-level area's boundary (outside the city). */
  LocationOutsideCity: 'location_outside_city',
  /** A file whose first bytes say JPEG, PNG or WebP that does not decode as one (damaged, truncated or disguised). */
  ImageUnreadable: 'image_unreadable',
  /** An image with more pixels than MAX_IMAGE_PIXELS (a decompression bomb, or a panorama too large to show). */
  ImageTooManyPixels: 'image_too_many_pixels',
  /** Too many one-time codes asked for one phone or email, or from one address, within the hour (429, field contact). */
  TooManyCodes: 'too_many_codes',
  /** A "my cases" session that is missing, forged or expired (401): ask for a new code. */
  MyCasesSessionInvalid: 'my_cases_session_invalid',
  /** Following or co-signing a case that is not published (a public, non-denunciation case). */
  NotPublicCase: 'not_public_case',
  /** A follower channel the contact cannot reach (SMS or Zalo for an email address, email for a phone). */
  ChannelContactMismatch: 'channel_contact_mismatch',
  /** An unsubscribe link or command whose token matches no follower. */
  UnknownUnsubscribeToken: 'unknown_unsubscribe_token',
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

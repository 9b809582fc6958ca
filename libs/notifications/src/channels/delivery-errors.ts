/**
 * A notice that can never be delivered as addressed (a landline for an SMS, a template Zalo has not approved, a
 * number the gateway refuses): the notification is marked failed at once, with the reason, for staff to see. Any
 * other error is taken as passing (gateway down, bind refused, throttled) and the job retries with backoff until it
 * lands in the dead letters.
 */
export class UndeliverableError extends Error {
  override readonly name = 'UndeliverableError';
}

/** Zalo cannot reach this phone (not a Zalo user, or it blocks the OA): the notice goes by SMS instead. */
export class FallBackToSmsError extends Error {
  override readonly name = 'FallBackToSmsError';
}

/**
 * The most cases one `GET /api/v1/routing-suggestions` answers for: a triage page (100 rows) in one request, and a
 * bound on the work one request asks of the model.
 */
export const MAX_SUGGESTION_CASES = 100;

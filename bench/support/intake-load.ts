import { randomBytes } from 'node:crypto';
import type autocannon from 'autocannon';

/** Categories with a routing rule and wards of the demo city, so submissions are routed to an agency. */
const CATEGORIES = ['GIAO-THONG.DUONG-HONG', 'MOI-TRUONG.RAC-THAI', 'MOI-TRUONG.THOAT-NUOC', 'XAY-DUNG.TRAT-TU', 'Y-TE.ATTP'];
const AREAS = ['HN-HOANKIEM', 'HN-BADINH', 'HN-DONGDA', 'HN-CAUGIAY', 'HN-HAIBATRUNG'];
const KINDS = ['feedback', 'feedback', 'petition', 'question', 'complaint'];

/** The n-th submission of a run: a web submission like a citizen's, with an email address when `email` is set. */
export function submissionBody(n: number, email = false): Record<string, unknown> {
  return {
    kind: KINDS[n % KINDS.length],
    title: `Đèn đường hỏng trước số ${n} phố Hàng Bài`,
    description: `Ba cột đèn trước số ${n} phố Hàng Bài không sáng từ một tuần nay, rất nguy hiểm khi đi đêm.`,
    categoryCode: CATEGORIES[n % CATEGORIES.length],
    areaCode: AREAS[(n >> 3) % AREAS.length],
    address: `${n} phố Hàng Bài`,
    citizen: {
      name: 'Nguyễn Văn An',
      phone: `09${String(n % 100_000_000).padStart(8, '0')}`,
      ...(email ? { email: `an.${n}@example.vn` } : {}),
    },
    consent: { handling: true },
  };
}

/**
 * Submissions for autocannon: every request has its own body and its own Idempotency-Key (a client retrying a lost
 * answer would resend the same key: `<keyPrefix>-<random>-<n>`), so each one creates a case.
 */
export function intakeRequest(keyPrefix: string, path = '/api/v1/cases', email = false): autocannon.RequestSpec {
  const run = randomBytes(4).toString('hex');
  let n = 0;
  return {
    method: 'POST',
    path,
    setupRequest: (req) => {
      n += 1;
      const body = submissionBody(n, email);
      return {
        ...req,
        headers: { 'content-type': 'application/json', 'idempotency-key': `${keyPrefix}-${run}-${n}` },
        body: JSON.stringify(body),
      };
    },
  };
}

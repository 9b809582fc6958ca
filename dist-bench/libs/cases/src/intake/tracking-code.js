"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hashAccessKey = exports.trackingSequenceName = exports.localYear = void 0;
exports.newAccessKey = newAccessKey;
exports.accessKeyMatches = accessKeyMatches;
const node_crypto_1 = require("node:crypto");
const VN_OFFSET_MS = 7 * 3600 * 1000;
/** The year of an instant in Asia/Ho_Chi_Minh: tracking numbers restart every local year. */
const localYear = (at) => new Date(at.getTime() + VN_OFFSET_MS).getUTCFullYear();
exports.localYear = localYear;
const trackingSequenceName = (year) => `case_tracking_seq_${year}`;
exports.trackingSequenceName = trackingSequenceName;
/**
 * A new secret key for a case. With an idempotency key the secret is derived from it, so a client that retries a
 * submission whose answer it lost gets the same key back; only that client knows the idempotency key.
 */
function newAccessKey(caseId, idempotencyKey) {
    if (idempotencyKey)
        return (0, node_crypto_1.createHmac)('sha256', idempotencyKey).update(caseId).digest('base64url').slice(0, 24);
    return (0, node_crypto_1.randomBytes)(18).toString('base64url');
}
const hashAccessKey = (key) => (0, node_crypto_1.createHash)('sha256').update(key, 'utf8').digest();
exports.hashAccessKey = hashAccessKey;
/** Compares in constant time, so response timing says nothing about how much of a guessed key was right. */
function accessKeyMatches(key, storedHash) {
    if (!key)
        return false;
    const candidate = (0, exports.hashAccessKey)(key);
    return candidate.length === storedHash.length && (0, node_crypto_1.timingSafeEqual)(candidate, storedHash);
}
//# sourceMappingURL=tracking-code.js.map
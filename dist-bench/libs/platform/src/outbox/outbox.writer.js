"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OUTBOX_CHANNEL = void 0;
exports.enqueueInTransaction = enqueueInTransaction;
const contracts_1 = require("@hotline/contracts");
exports.OUTBOX_CHANNEL = 'outbox_new';
/**
 * Records a job in the same transaction as the change that implies it. The job reaches BullMQ only if the
 * transaction commits; NOTIFY is delivered at commit too, so the relay wakes exactly when there is work.
 */
async function enqueueInTransaction(manager, job, jobId) {
    await manager.query(`INSERT INTO outbox (queue, job_name, job_id, payload) VALUES ($1, $2, $3, $4)`, [
        contracts_1.QUEUE_OF_JOB[job.name],
        job.name,
        jobId,
        job.data,
    ]);
    await manager.query(`SELECT pg_notify($1, '')`, [exports.OUTBOX_CHANNEL]);
}
//# sourceMappingURL=outbox.writer.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.QUEUE_OF_JOB = exports.JobName = exports.QueueName = void 0;
/**
 * Queue and job names. The values are stored as Redis keys and in outbox rows (job ids use '.' as separator:
 * BullMQ refuses ':' in custom ids):
 * renaming one needs a migration of the jobs in flight.
 */
var QueueName;
(function (QueueName) {
    QueueName["Cases"] = "cases";
    QueueName["Notifications"] = "notifications";
    QueueName["Deadlines"] = "deadlines";
})(QueueName || (exports.QueueName = QueueName = {}));
var JobName;
(function (JobName) {
    JobName["RouteCase"] = "route-case";
    JobName["SendNotification"] = "send-notification";
    JobName["ScanDeadlines"] = "scan-deadlines";
})(JobName || (exports.JobName = JobName = {}));
exports.QUEUE_OF_JOB = {
    [JobName.RouteCase]: QueueName.Cases,
    [JobName.SendNotification]: QueueName.Notifications,
    [JobName.ScanDeadlines]: QueueName.Deadlines,
};
//# sourceMappingURL=queues.js.map
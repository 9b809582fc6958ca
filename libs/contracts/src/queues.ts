/**
 * Queue and job names. The values are stored as Redis keys and in outbox rows (job ids use '.' as separator:
 * BullMQ refuses ':' in custom ids):
 * renaming one needs a migration of the jobs in flight.
 */
export enum QueueName {
  Cases = 'cases',
  Notifications = 'notifications',
}

export enum JobName {
  RouteCase = 'route-case',
  SendNotification = 'send-notification',
}

export interface JobPayloads {
  [JobName.RouteCase]: { caseId: string };
  [JobName.SendNotification]: { notificationId: string };
}

export const QUEUE_OF_JOB: { [N in JobName]: QueueName } = {
  [JobName.RouteCase]: QueueName.Cases,
  [JobName.SendNotification]: QueueName.Notifications,
};

export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

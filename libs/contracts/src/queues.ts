/**
 * Queue and job names. The values are stored as Redis keys and in outbox rows (job ids use '.' as separator:
 * BullMQ refuses ':' in custom ids):
 * renaming one needs a migration of the jobs in flight.
 */
export enum QueueName {
  Cases = 'cases',
  Notifications = 'notifications',
  Deadlines = 'deadlines',
  Reporting = 'reporting',
  Privacy = 'privacy',
  Channels = 'channels',
  Learning = 'learning',
  /** The personal-data duties' minute scan (overdue requests and breach clocks, export bursts): libs/privacy. */
  PrivacyDuties = 'privacy-duties',
  /** The national PAKN link (push and pull through the province's LGSP). */
  Pakn = 'pakn',
  /** Image work after an upload: the copy of a photo without metadata (seconds for a 12 MP photo, so not inline). */
  Media = 'media',
}

export enum JobName {
  RouteCase = 'route-case',
  SendNotification = 'send-notification',
  ScanDeadlines = 'scan-deadlines',
  RefreshRollups = 'refresh-rollups',
  AnonymiseClosedCases = 'anonymise-closed-cases',
  ImportVoterPetitions = 'import-voter-petitions',
  TrainModels = 'train-models',
  LearnFromDecisions = 'learn-from-decisions',
  SuggestRoute = 'suggest-route',
  ScoreDeadlineRisk = 'score-deadline-risk',
  SendRiskDigest = 'send-risk-digest',
  ScanPrivacy = 'scan-privacy',
  PaknPushCase = 'pakn-push-case',
  PaknPushAnswer = 'pakn-push-answer',
  PaknPull = 'pakn-pull',
  PaknImport = 'pakn-import',
  MakePublicImage = 'make-public-image',
}

export interface JobPayloads {
  [JobName.RouteCase]: { caseId: string };
  [JobName.SendNotification]: { notificationId: string };
  /** `now` (ISO) only in tests that move the clock; the scheduler's ticks carry none and use the current time. */
  [JobName.ScanDeadlines]: { now?: string };
  /** Drains the cases whose events changed since the reporting rollups last saw them. */
  [JobName.RefreshRollups]: Record<string, never>;
  /** `now` (ISO) only in tests that move the clock; the daily scheduler's runs carry none. */
  [JobName.AnonymiseClosedCases]: { now?: string };
  /** Validates and imports the rows of one uploaded voter-meeting file (voter_meeting_imports row). */
  [JobName.ImportVoterPetitions]: { importId: string };
  /** The nightly full training of the routing and deadline-risk models (a new version of each). */
  [JobName.TrainModels]: Record<string, never>;
  /**
   * A routing decision (route, reroute, return) was recorded on the case: the routing model takes in every decision
   * event newer than its watermark, so running it twice, or for two decisions at once, learns each decision once.
   */
  [JobName.LearnFromDecisions]: { caseId: string; version: number };
  /** A case reached triage: store its agency suggestions, and route it when the secretariat's threshold allows. */
  [JobName.SuggestRoute]: { caseId: string };
  /** Scores every open case's probability of missing its due date with the current risk model. */
  [JobName.ScoreDeadlineRisk]: Record<string, never>;
  /** The secretariat's daily list of open cases likely to be late. */
  [JobName.SendRiskDigest]: { now?: string };
  [JobName.ScanPrivacy]: { now?: string };
  /** Sends a case received offline to the national PAKN system (once: pakn_links remembers its remote id). */
  [JobName.PaknPushCase]: { caseId: string };
  /** Sends the case's answer; `round` is the answer's number (1, then 2 after a reopening), so each answer goes once. */
  [JobName.PaknPushAnswer]: { caseId: string; round: number };
  /** Fetches the cases the national system addresses to the council (scheduler `pakn-pull`). */
  [JobName.PaknPull]: Record<string, never>;
  /** Turns one pulled message (pakn_inbox row) into a case through the ordinary intake. */
  [JobName.PaknImport]: { remoteId: string };
  /** The copy without metadata of an image attachment, which citizens and the public page are served. */
  [JobName.MakePublicImage]: { attachmentId: string };
}

export const QUEUE_OF_JOB: { [N in JobName]: QueueName } = {
  [JobName.RouteCase]: QueueName.Cases,
  [JobName.SendNotification]: QueueName.Notifications,
  [JobName.ScanDeadlines]: QueueName.Deadlines,
  [JobName.RefreshRollups]: QueueName.Reporting,
  [JobName.AnonymiseClosedCases]: QueueName.Privacy,
  [JobName.ImportVoterPetitions]: QueueName.Channels,
  [JobName.TrainModels]: QueueName.Learning,
  [JobName.LearnFromDecisions]: QueueName.Learning,
  [JobName.SuggestRoute]: QueueName.Learning,
  [JobName.ScoreDeadlineRisk]: QueueName.Learning,
  [JobName.SendRiskDigest]: QueueName.Learning,
  [JobName.ScanPrivacy]: QueueName.PrivacyDuties,
  [JobName.PaknPushCase]: QueueName.Pakn,
  [JobName.PaknPushAnswer]: QueueName.Pakn,
  [JobName.PaknPull]: QueueName.Pakn,
  [JobName.PaknImport]: QueueName.Pakn,
  [JobName.MakePublicImage]: QueueName.Media,
};

export type JobItem = { [N in JobName]: { name: N; data: JobPayloads[N] } }[JobName];

/** The jobs one row implies (a case to route, a notification to send, an import to run): each goes through the outbox. */
export type OutboxJob = Extract<
  JobItem,
  {
    name:
      | JobName.RouteCase
      | JobName.SendNotification
      | JobName.ImportVoterPetitions
      | JobName.LearnFromDecisions
      | JobName.SuggestRoute
      | JobName.PaknPushCase
      | JobName.PaknPushAnswer
      | JobName.PaknImport
      | JobName.MakePublicImage;
  }
>;

const KEY_OF_JOB: { [N in OutboxJob['name']]: (data: JobPayloads[N]) => string } = {
  [JobName.RouteCase]: (d) => d.caseId,
  [JobName.SendNotification]: (d) => d.notificationId,
  [JobName.ImportVoterPetitions]: (d) => d.importId,
  [JobName.LearnFromDecisions]: (d) => `${d.caseId}.${d.version}`,
  [JobName.SuggestRoute]: (d) => d.caseId,
  [JobName.PaknPushCase]: (d) => d.caseId,
  [JobName.PaknPushAnswer]: (d) => `${d.caseId}.${d.round}`,
  [JobName.PaknImport]: (d) => d.remoteId,
  [JobName.MakePublicImage]: (d) => d.attachmentId,
};

/**
 * The one deterministic BullMQ id of a job: its name and the row it is about. The same work enqueued twice is the
 * same job, which BullMQ drops.
 */
export function jobIdOf(job: OutboxJob): string {
  return `${job.name}.${(KEY_OF_JOB[job.name] as (data: OutboxJob['data']) => string)(job.data)}`;
}

import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '@hotline/config';
import { JobName, LOCAL_TIME_ZONE, QUEUE_OF_JOB } from '@hotline/contracts';
import { ALL_QUEUES } from './queue.module';

/** The jobs that run on a schedule rather than because a row implies them; their payloads are empty. */
type ScheduledJob =
  | JobName.ScanDeadlines
  | JobName.RefreshRollups
  | JobName.AnonymiseClosedCases
  | JobName.TrainModels
  | JobName.ScoreDeadlineRisk
  | JobName.SendRiskDigest
  | JobName.ScanPrivacy
  | JobName.PaknPull;

export interface JobSchedule {
  /** The scheduler's stable key: upserting under it keeps one schedule per cluster. */
  key: string;
  job: ScheduledJob;
  repeat: { every: number } | { pattern: string; tz: string };
  /** How many completed runs to keep, and for how long to keep a failed one. */
  keep: { completed: number; failedSeconds: number };
  /** Whether the configuration turns the schedule on; always on when left out. A schedule turned off is removed. */
  enabled?: (config: AppConfig) => boolean;
}

const DAY_SECONDS = 24 * 3600;

/** Every cron-like job of the cluster, in one table. */
export const JOB_SCHEDULES: readonly JobSchedule[] = [
  // The minute tick of the deadline scan (reminders, due today, overdue, very late).
  { key: 'deadline-scan', job: JobName.ScanDeadlines, repeat: { every: 60_000 }, keep: { completed: 100, failedSeconds: 7 * DAY_SECONDS } },
  // Drains what the case_events trigger marked: polling a small table is cheap and works whatever wrote the event.
  {
    key: 'refresh-rollups',
    job: JobName.RefreshRollups,
    repeat: { every: 5_000 },
    keep: { completed: 100, failedSeconds: 7 * DAY_SECONDS },
  },
  // One daily run, at night in Hà Nội.
  {
    key: 'personal-data-retention',
    job: JobName.AnonymiseClosedCases,
    repeat: { pattern: '0 30 2 * * *', tz: LOCAL_TIME_ZONE },
    keep: { completed: 30, failedSeconds: 30 * DAY_SECONDS },
  },
  // The full training of the routing and deadline-risk models, nightly in Hà Nội (decisions are learnt as they come too).
  {
    key: 'train-models',
    job: JobName.TrainModels,
    repeat: { pattern: '0 0 3 * * *', tz: LOCAL_TIME_ZONE },
    keep: { completed: 30, failedSeconds: 30 * DAY_SECONDS },
  },
  // Every open case's risk of missing its due date, refreshed every quarter of an hour (time left changes all day).
  {
    key: 'score-deadline-risk',
    job: JobName.ScoreDeadlineRisk,
    repeat: { every: 15 * 60_000 },
    keep: { completed: 50, failedSeconds: 7 * DAY_SECONDS },
  },
  // The secretariat's morning list of cases likely to be late, while there is still time to act.
  {
    key: 'risk-digest',
    job: JobName.SendRiskDigest,
    repeat: { pattern: '0 30 7 * * *', tz: LOCAL_TIME_ZONE },
    keep: { completed: 30, failedSeconds: 30 * DAY_SECONDS },
  },
  // The minute tick of the personal-data duties (overdue requests and breach clocks, export bursts).
  { key: 'privacy-scan', job: JobName.ScanPrivacy, repeat: { every: 60_000 }, keep: { completed: 100, failedSeconds: 7 * DAY_SECONDS } },
  // The national PAKN link's pull of the cases addressed to the council, only when PAKN_URL is set.
  {
    key: 'pakn-pull',
    job: JobName.PaknPull,
    repeat: { every: 60_000 },
    keep: { completed: 100, failedSeconds: 7 * DAY_SECONDS },
    enabled: (config) => config.pakn !== null,
  },
];

/** The schedules this configuration turns on. */
export const enabledSchedules = (config: AppConfig): JobSchedule[] => JOB_SCHEDULES.filter((s) => s.enabled?.(config) ?? true);

/**
 * Registers every schedule at each worker's boot. Upserting a scheduler under a stable key is idempotent, so every
 * worker may do it and there is still one schedule per cluster, and each tick is one job that one worker takes.
 */
@Injectable()
export class JobSchedulerService implements OnApplicationBootstrap {
  private readonly queues: ReadonlyMap<string, Queue>;

  constructor(
    @Inject(ALL_QUEUES) queues: Queue[],
    private readonly config: AppConfig,
  ) {
    this.queues = new Map(queues.map((queue) => [queue.name, queue]));
  }

  async onApplicationBootstrap(): Promise<void> {
    const enabled = enabledSchedules(this.config);
    for (const { key, job } of JOB_SCHEDULES.filter((s) => !enabled.includes(s))) {
      await this.queues.get(QUEUE_OF_JOB[job])!.removeJobScheduler(key);
    }
    for (const { key, job, repeat, keep } of enabled) {
      await this.queues.get(QUEUE_OF_JOB[job])!.upsertJobScheduler(key, repeat, {
        name: job,
        data: {},
        opts: { removeOnComplete: { count: keep.completed }, removeOnFail: { age: keep.failedSeconds } },
      });
    }
  }
}

import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { CaseChannel, CaseKind, CaseStatus } from '@hotline/contracts';

export type DeadlineUnit = 'working_days' | 'calendar_days' | 'working_hours';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };
const numericArray = { to: (v: number[]) => v, from: (v: string[] | null) => (v ?? []).map(Number) };

/** A legal or practical clock, stored as data and versioned (docs/deadlines.md). */
@Entity('deadline_rules')
export class DeadlineRuleEntity {
  @PrimaryColumn('uuid') id!: string;
  /** Null: the rule applies to every kind without a rule of its own for the same clock. */
  @Column('text', { nullable: true }) kind!: CaseKind | null;
  @Column('text') clock!: string;
  /** Null: every channel; else the rule applies only to cases received through these (the walk-in notice clock). */
  @Column('text', { array: true, nullable: true }) channels!: CaseChannel[] | null;
  @Column('int') version!: number;
  @Column('text', { name: 'starts_on', array: true }) startsOn!: CaseStatus[];
  @Column('text', { name: 'met_on', array: true }) metOn!: CaseStatus[];
  @Column('numeric', { transformer: numeric }) length!: number;
  @Column('numeric', { name: 'urgent_length', nullable: true, transformer: numeric }) urgentLength!: number | null;
  @Column('text', { name: 'urgent_unit', nullable: true }) urgentUnit!: DeadlineUnit | null;
  @Column('text') unit!: DeadlineUnit;
  @Column('numeric', { name: 'extension_length', nullable: true, transformer: numeric }) extensionLength!: number | null;
  @Column('int', { name: 'extension_max_count', default: 0 }) extensionMaxCount!: number;
  @Column('text', { name: 'stops_on', array: true, default: '{}' }) stopsOn!: CaseStatus[];
  @Column('text') source!: string;
  @Column('boolean', { default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
}

/** A date that differs from the Monday–Friday week. */
@Entity('calendar_days')
export class CalendarDayEntity {
  @PrimaryColumn('date') date!: string;
  @Column('boolean') working!: boolean;
  @Column('text') kind!: 'holiday' | 'compensation' | 'swapped_day_off' | 'make_up_working_day';
  @Column('text') name!: string;
  @Column('text', { nullable: true }) source!: string | null;
  @Column('boolean', { default: false }) verified!: boolean;
}

export type DeadlineStatus = 'running' | 'stopped' | 'met' | 'cancelled';

/** One clock of one case, computed with the rule version it started with. */
@Entity('case_deadlines')
export class CaseDeadlineEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'case_id' }) caseId!: string;
  @Column('text') clock!: string;
  @Column('uuid', { name: 'rule_id' }) ruleId!: string;
  @Column('text') status!: DeadlineStatus;
  @Column('timestamptz', { name: 'started_at' }) startedAt!: Date;
  @Column('boolean', { default: false }) urgent!: boolean;
  @Column('numeric', { array: true, default: '{}', transformer: numericArray }) extensions!: number[];
  /** [[from, to], ...] ISO instants while the clock was stopped (awaiting the citizen). */
  @Column('jsonb', { name: 'clock_stops', default: [] }) clockStops!: [string, string][];
  @Column('timestamptz', { name: 'stopped_at', nullable: true }) stoppedAt!: Date | null;
  @Column('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @Column('timestamptz', { name: 'very_late_at' }) veryLateAt!: Date;
  @Column('timestamptz', { name: 'reminder_at' }) reminderAt!: Date;
  /** 0 nothing sent, 1 reminder, 2 due today, 3 overdue, 4 very late. */
  @Column('int', { default: 0 }) stage!: number;
  @Column('timestamptz', { name: 'next_action_at', nullable: true }) nextActionAt!: Date | null;
  @Column('timestamptz', { name: 'met_at', nullable: true }) metAt!: Date | null;
}

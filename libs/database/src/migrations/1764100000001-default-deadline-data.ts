import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';
import schedule from './data/1764100000001-calendar-days.json';

type Unit = 'working_days' | 'calendar_days' | 'working_hours';
interface RuleSeed {
  kind: string | null;
  clock: string;
  startsOn: string[];
  metOn: string[];
  length: number;
  unit: Unit;
  urgent?: [number, Unit];
  extension?: [length: number, maxCount: number];
  stopsOn?: string[];
  source: string;
}

/** DESIGN.md §3 and shared/legal/facts.md §D, with each law's own unit of days. */
const DEFAULT_RULES: RuleSeed[] = [
  { kind: null, clock: 'route', startsOn: ['received', 'returned'], metOn: ['routed'], length: 1, unit: 'working_days', urgent: [4, 'working_hours'],
    source: 'Thực tiễn đường dây nóng (TP.HCM 1022 chuyển trong ngày; Đà Nẵng xử lý tin khẩn trong 1 ngày làm việc)' },
  { kind: null, clock: 'acknowledge', startsOn: ['routed'], metOn: ['accepted', 'returned'], length: 3, unit: 'working_days',
    source: 'Quy chế phối hợp của HĐND (thực tiễn; có thể điều chỉnh)' },
  { kind: 'feedback', clock: 'answer', startsOn: ['received', 'reopened'], metOn: ['answered'], length: 5, unit: 'working_days', urgent: [1, 'working_days'],
    extension: [5, 1], stopsOn: ['awaiting_info'], source: 'Thực tiễn Tổng đài 1022 TP.HCM: trả lời trong 5 ngày làm việc' },
  { kind: 'question', clock: 'answer', startsOn: ['received', 'reopened'], metOn: ['answered'], length: 5, unit: 'working_days', urgent: [1, 'working_days'],
    extension: [5, 1], stopsOn: ['awaiting_info'], source: 'Thực tiễn Tổng đài 1022 TP.HCM: trả lời trong 5 ngày làm việc' },
  { kind: 'petition', clock: 'answer', startsOn: ['received', 'reopened'], metOn: ['answered'], length: 30, unit: 'calendar_days',
    extension: [30, 1], source: 'Kế hoạch giải quyết kiến nghị cử tri của HĐND (30 ngày hoặc trước kỳ họp)' },
  { kind: 'complaint', clock: 'accept', startsOn: ['received'], metOn: ['accepted'], length: 10, unit: 'calendar_days',
    source: 'Luật Khiếu nại 2011, Điều 27 (10 ngày; TT 07/2013/TT-TTCP Điều 5 ghi "ngày làm việc")' },
  { kind: 'complaint', clock: 'answer', startsOn: ['accepted', 'reopened'], metOn: ['answered'], length: 30, unit: 'calendar_days', extension: [15, 1],
    source: 'Luật Khiếu nại 2011, Điều 28 (30 ngày từ ngày thụ lý; phức tạp không quá 45 ngày)' },
  { kind: 'denunciation', clock: 'accept', startsOn: ['received'], metOn: ['accepted'], length: 7, unit: 'working_days', extension: [3, 1],
    stopsOn: ['awaiting_info'], source: 'Luật Tố cáo 2018, Điều 24(1) (07 ngày làm việc, không quá 10 ngày làm việc)' },
  { kind: 'denunciation', clock: 'answer', startsOn: ['accepted', 'reopened'], metOn: ['answered'], length: 30, unit: 'calendar_days', extension: [30, 2],
    source: 'Luật Tố cáo 2018, Điều 30 (30 ngày từ ngày thụ lý; gia hạn 1 lần, đặc biệt phức tạp 2 lần, mỗi lần không quá 30 ngày)' },
];

interface ScheduleYear {
  nonWorkingWeekdays: { date: string; kind: string; name: string; source: string; verified: boolean }[];
  makeUpWorkingDays: { date: string; replaces: string; source: string; verified: boolean }[];
}

export class DefaultDeadlineData1764100000001 implements MigrationInterface {
  name = 'DefaultDeadlineData1764100000001';

  async up(q: QueryRunner): Promise<void> {
    for (const r of DEFAULT_RULES) {
      await q.query(
        `INSERT INTO deadline_rules (id, kind, clock, version, starts_on, met_on, length, unit, urgent_length, urgent_unit,
           extension_length, extension_max_count, stops_on, source)
         VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [randomUUID(), r.kind, r.clock, r.startsOn, r.metOn, r.length, r.unit, r.urgent?.[0] ?? null, r.urgent?.[1] ?? null,
          r.extension?.[0] ?? null, r.extension?.[1] ?? 0, r.stopsOn ?? [], r.source],
      );
    }
    const years = (schedule as unknown as { years: Record<string, ScheduleYear> }).years;
    for (const year of Object.values(years)) {
      for (const d of year.nonWorkingWeekdays) {
        await q.query(`INSERT INTO calendar_days (date, working, kind, name, source, verified) VALUES ($1, false, $2, $3, $4, $5)`, [
          d.date, d.kind, d.name, d.source, d.verified,
        ]);
      }
      for (const d of year.makeUpWorkingDays) {
        await q.query(`INSERT INTO calendar_days (date, working, kind, name, source, verified) VALUES ($1, true, 'make_up_working_day', $2, $3, $4)`, [
          d.date, `Làm bù cho ngày ${d.replaces}`, d.source, d.verified,
        ]);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM calendar_days`);
    await q.query(`DELETE FROM deadline_rules WHERE version = 1 AND created_by IS NULL`);
  }
}

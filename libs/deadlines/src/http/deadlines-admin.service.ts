import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@hotline/contracts';
import { CalendarDayEntity, DeadlineRuleEntity, newId } from '@hotline/database';
import { assertLocalDate, InvalidInputError, NotFoundError } from '@hotline/platform';
import { LUNAR_TABLE_YEARS, scheduleForYear } from '../calendar/vietnam-holidays';
import { DeadlineReferenceService } from '../engine/deadline-reference.service';
import { CalendarDayDto, CalendarDayViewDto, CalendarYearDto, DeadlineRuleDto } from './dto/deadline-admin.dto';

@Injectable()
export class DeadlinesAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: DeadlineReferenceService,
  ) {}

  rules(includeRetired: boolean): Promise<DeadlineRuleEntity[]> {
    return this.dataSource.getRepository(DeadlineRuleEntity).find({
      where: includeRetired ? {} : { active: true },
      order: { clock: 'ASC', kind: 'ASC', version: 'DESC' },
    });
  }

  /** Saves a new version and retires the previous one, in one transaction; running clocks keep their version. */
  async saveRule(dto: DeadlineRuleDto, actor: Actor): Promise<DeadlineRuleEntity> {
    if ((dto.urgentLength === undefined) !== (dto.urgentUnit === undefined)) {
      throw new InvalidInputError('urgentUnit', 'urgentLength and urgentUnit go together');
    }
    if ((dto.extensionMaxCount ?? 0) > 0 && !dto.extensionLength) {
      throw new InvalidInputError('extensionLength', 'An extension count needs an extension length');
    }
    if (dto.unit === 'calendar_days' && dto.stopsOn?.length) {
      throw new InvalidInputError('stopsOn', 'A calendar-day clock cannot stop (clock stops are counted in office time)');
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const kind = dto.kind ?? null;
      const [{ max }] = await manager.query(
        `SELECT coalesce(max(version), 0) AS max FROM deadline_rules WHERE coalesce(kind, '') = coalesce($1, '') AND clock = $2`,
        [kind, dto.clock],
      );
      await manager.query(
        `UPDATE deadline_rules SET active = false WHERE coalesce(kind, '') = coalesce($1, '') AND clock = $2 AND active`,
        [kind, dto.clock],
      );
      return manager.save(
        manager.create(DeadlineRuleEntity, {
          id: newId(),
          kind,
          clock: dto.clock,
          channels: dto.channels ?? null,
          version: Number(max) + 1,
          startsOn: dto.startsOn,
          metOn: dto.metOn,
          length: dto.length,
          unit: dto.unit,
          urgentLength: dto.urgentLength ?? null,
          urgentUnit: dto.urgentUnit ?? null,
          extensionLength: dto.extensionLength ?? null,
          extensionMaxCount: dto.extensionMaxCount ?? 0,
          stopsOn: dto.stopsOn ?? [],
          source: dto.source,
          active: true,
          createdBy: actor.type === 'staff' ? actor.userId : null,
        }),
      );
    });
    this.reference.invalidate();
    return saved;
  }

  /** The year's entered days; for a year with none, the statutory holidays the engine computes (marked unverified). */
  async calendar(year: number): Promise<CalendarYearDto> {
    const days: CalendarDayEntity[] = await this.dataSource
      .getRepository(CalendarDayEntity)
      .createQueryBuilder('d')
      .where(`d.date >= :from AND d.date < :to`, { from: `${year}-01-01`, to: `${year + 1}-01-01` })
      .orderBy('d.date')
      .getMany();
    if (days.length > 0 || !LUNAR_TABLE_YEARS.includes(year)) return { year, source: 'entered', days };
    const computed = scheduleForYear(year, {});
    return {
      year,
      source: 'computed',
      days: computed.nonWorkingWeekdays.map((d) => ({
        date: d.date,
        working: false,
        kind: d.kind,
        name: d.name,
        source: 'Bộ luật Lao động 2019, Điều 111–112 (tính toán)',
        verified: false,
      })),
    };
  }

  async putDay(date: string, dto: CalendarDayDto): Promise<CalendarDayViewDto> {
    this.checkDate(date);
    if (dto.working !== (dto.kind === 'make_up_working_day')) {
      throw new InvalidInputError('kind', 'A make-up working day is working; holidays, compensation and swapped days are not');
    }
    const day = await this.dataSource
      .getRepository(CalendarDayEntity)
      .save({ date, ...dto, source: dto.source ?? null, verified: dto.verified ?? false });
    this.reference.invalidate();
    return day;
  }

  async deleteDay(date: string): Promise<void> {
    this.checkDate(date);
    const result = await this.dataSource.getRepository(CalendarDayEntity).delete({ date });
    if (!result.affected) throw new NotFoundError(`No calendar entry on ${date}`);
    this.reference.invalidate();
  }

  private checkDate(date: string): void {
    assertLocalDate('date', date);
  }
}

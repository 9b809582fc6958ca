import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@hotline/config';
import { Actor, agencyScope, CaseKind, CaseStatus } from '@hotline/contracts';
import { DeadlineReferenceService } from '../engine/deadline-reference.service';
import { OverdueCaseDto, OverdueGroupDto } from './dto/overdue-board.dto';

/**
 * The secretariat's overdue board: cases with a running clock past its due date, each case once with its overdue
 * clocks inside, grouped by the agency holding the case; the counts are of cases, not clocks.
 */
@Injectable()
export class OverdueBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: DeadlineReferenceService,
    private readonly clock: Clock,
  ) {}

  async board(actor: Actor): Promise<OverdueGroupDto[]> {
    const now = this.clock.now();
    const ownAgencies = agencyScope(actor);
    const rows: {
      id: string;
      tracking_code: string;
      title: string;
      kind: CaseKind;
      status: CaseStatus;
      clock: string;
      due_at: Date;
      very_late_at: Date;
      agency_code: string | null;
      agency_name: string | null;
    }[] = await this.dataSource.query(
      `SELECT c.id, c.tracking_code, c.title, c.kind, c.status, d.clock, d.due_at, d.very_late_at,
       a.code AS agency_code, a.name AS agency_name
         FROM case_deadlines d
         JOIN cases c ON c.id = d.case_id
         LEFT JOIN agencies a ON a.id = c.agency_id
        WHERE d.status = 'running' AND d.due_at < $1 AND ($2::uuid[] IS NULL OR c.agency_id = ANY($2::uuid[]))
        ORDER BY d.due_at, d.clock`,
      [now, ownAgencies],
    );
    const { calendar } = await this.reference.get();
    const groups = new Map<string, OverdueGroupDto>();
    const cases = new Map<string, OverdueCaseDto>();
    // Rows come earliest due first: a case's first row names its group and its earliest due date.
    for (const r of rows) {
      const veryLate = r.very_late_at <= now;
      const overdueClock = { clock: r.clock, dueAt: r.due_at, workingDaysOverdue: -calendar.workingDaysBetween(now, r.due_at), veryLate };
      const known = cases.get(r.id);
      if (known) {
        known.clocks.push(overdueClock);
        if (veryLate && !known.veryLate) {
          known.veryLate = true;
          groups.get(r.agency_code ?? '')!.veryLate += 1;
        }
        continue;
      }
      const key = r.agency_code ?? '';
      const group = groups.get(key) ?? {
        agency: r.agency_code ? { code: r.agency_code, name: r.agency_name! } : null,
        overdue: 0,
        veryLate: 0,
        cases: [],
      };
      const kase: OverdueCaseDto = {
        id: r.id,
        trackingCode: r.tracking_code,
        title: r.title,
        kind: r.kind,
        status: r.status,
        dueAt: r.due_at,
        workingDaysOverdue: overdueClock.workingDaysOverdue,
        veryLate,
        clocks: [overdueClock],
      };
      cases.set(r.id, kase);
      group.cases.push(kase);
      group.overdue += 1;
      if (veryLate) group.veryLate += 1;
      groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => b.overdue - a.overdue);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@hotline/config';
import { Actor, agencyScope, CaseKind, CaseStatus } from '@hotline/contracts';
import { DeadlineReferenceService } from '../engine/deadline-reference.service';
import { OverdueBoardSort, OverdueCaseDto, OverdueGroupDto } from './dto/overdue-board.dto';

/**
 * The secretariat's overdue board: cases with a running clock past its due date, each case once with its overdue
 * clocks inside, grouped by the agency holding the case; the counts are of cases, not clocks. Each case carries its
 * deadline risk (`case_risk`, scored by the worker: libs/learning), by which a group's cases may be ordered.
 */
@Injectable()
export class OverdueBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: DeadlineReferenceService,
    private readonly clock: Clock,
  ) {}

  async board(actor: Actor, sort: OverdueBoardSort = 'overdue'): Promise<OverdueGroupDto[]> {
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
      risk: number | null;
    }[] = await this.dataSource.query(
      // By risk, a case's rows stay earliest due first (its risk is one value), and equal risks fall back to the due date.
      `SELECT c.id, c.tracking_code, c.title, c.kind, c.status, d.clock, d.due_at, d.very_late_at,
       a.code AS agency_code, a.name AS agency_name, r.probability AS risk
         FROM case_deadlines d
         JOIN cases c ON c.id = d.case_id
         LEFT JOIN agencies a ON a.id = c.agency_id
         LEFT JOIN case_risk r ON r.case_id = c.id
        WHERE d.status = 'running' AND d.due_at < $1 AND ($2::uuid[] IS NULL OR c.agency_id = ANY($2::uuid[]))
        ORDER BY CASE WHEN $3 THEN r.probability END DESC NULLS LAST, d.due_at, d.clock`,
      [now, ownAgencies, sort === 'risk'],
    );
    const { calendar } = await this.reference.get();
    const groups = new Map<string, OverdueGroupDto>();
    const cases = new Map<string, OverdueCaseDto>();
    // A case's rows come earliest due first: its first row names its group and its earliest due date.
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
        risk: r.risk ?? undefined,
        clocks: [overdueClock],
      };
      cases.set(r.id, kase);
      group.cases.push(kase);
      group.overdue += 1;
      if (veryLate) group.veryLate += 1;
      groups.set(key, group);
    }
    // Most overdue agency first; between equals, the one with the earliest due date, whatever order its cases are in.
    const earliest = (g: OverdueGroupDto) => Math.min(...g.cases.map((c) => new Date(c.dueAt).getTime()));
    return [...groups.values()].sort((a, b) => b.overdue - a.overdue || earliest(a) - earliest(b));
  }
}

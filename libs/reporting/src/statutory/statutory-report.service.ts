import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@hotline/config';
import { CaseKind, LOCAL_TIME_ZONE, localDayEnd, localDayStart } from '@hotline/contracts';
import { StatutoryPeriod } from './statutory-period';

/** The appendix forms of TT 02/2021/TT-TTCP this platform fills (docs/reporting.md says how close each is). */
export const STATUTORY_FORMS = ['reception', 'complaints', 'denunciations', 'petitions'] as const;
export type StatutoryForm = (typeof STATUTORY_FORMS)[number];

/** One figure and the records it counts: a drill-down from any cell of the form to its list. */
export interface StatutoryFigure {
  value: number;
  /** Case ids (reception ids on the reception form). */
  ids: string[];
  /** The same records as staff know them: tracking codes (register numbers on the reception form). */
  refs: string[];
}

export interface StatutoryRow {
  /** The row's number on the form; null on the total row. */
  no: number | null;
  label: string;
  /** The list behind the row: the case list (or the reception register) filtered as the row is. */
  drillDown: string;
  figures: StatutoryFigure[];
}

export interface StatutoryReport {
  form: StatutoryForm;
  title: string;
  period: StatutoryPeriod;
  /** The figure columns, after STT and the row's label. */
  columns: string[];
  rowHeading: string;
  rows: StatutoryRow[];
  generatedAt: Date;
}

const CASE_FORMS: Record<Exclude<StatutoryForm, 'reception'>, { kinds: CaseKind[]; title: string }> = {
  complaints: { kinds: [CaseKind.Complaint], title: 'TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ VÀ GIẢI QUYẾT ĐƠN KHIẾU NẠI' },
  denunciations: { kinds: [CaseKind.Denunciation], title: 'TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ VÀ GIẢI QUYẾT ĐƠN TỐ CÁO' },
  petitions: {
    kinds: [CaseKind.Petition, CaseKind.Feedback],
    title: 'TỔNG HỢP KẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN KIẾN NGHỊ, PHẢN ÁNH',
  },
};

/** The case forms' columns, each a condition on the per-case facts the rollups keep (report_case_facts). */
const CASE_COLUMNS: [string, string][] = [
  ['Tổng số đơn tiếp nhận', 'true'],
  ['Đã chuyển cơ quan có thẩm quyền', 'f.routed'],
  ['Đã giải quyết, trả lời', 'f.answered'],
  ['Trong đó: đúng hạn', 'f.answered_on_time'],
  ['Đã kết thúc', 'f.resolved'],
  ['Đang giải quyết', 'f.open'],
  ['Quá hạn chưa giải quyết', 'f.open AND f.due_at < $4'],
];

/** The reception form's columns, conditions on the register's rows (receptions r, the case it became c). */
const RECEPTION_COLUMNS: [string, string, 'count' | 'people'][] = [
  ['Số lượt tiếp', 'true', 'count'],
  ['Số người được tiếp', 'true', 'people'],
  // Luật Tiếp công dân 2013 Art. 30 speaks of delegations of many people (đoàn đông người); five or more is the usual
  // reading and is not among the verified facts (docs/reception.md).
  ['Số đoàn đông người (từ 05 người)', 'r.people_count >= 5', 'count'],
  ['Khiếu nại', `c.kind = '${CaseKind.Complaint}'`, 'count'],
  ['Tố cáo', `c.kind = '${CaseKind.Denunciation}'`, 'count'],
  ['Kiến nghị, phản ánh', `c.kind IN ('${CaseKind.Petition}', '${CaseKind.Feedback}')`, 'count'],
  ['Giải thích, hướng dẫn', `r.outcome = 'guidance_given'`, 'count'],
  ['Từ chối tiếp', `r.outcome = 'refused'`, 'count'],
];

const figureSql = (condition: string, id: string, ref: string, value = 'count(*)') =>
  `jsonb_build_object('value', coalesce(${value} FILTER (WHERE ${condition}), 0),
     'ids', coalesce(jsonb_agg(${id} ORDER BY ${ref}) FILTER (WHERE ${condition}), '[]'),
     'refs', coalesce(jsonb_agg(${ref} ORDER BY ${ref}) FILTER (WHERE ${condition}), '[]'))`;

/**
 * The statutory periodic reports (TT 02/2021/TT-TTCP appendix forms) for a quarter, six months, nine months or a
 * year. The case forms read the per-case facts the reporting rollups are built from (`report_case_facts`, kept by the
 * worker), grouped by agency; the reception form reads the register. Every figure carries the records it counts.
 */
@Injectable()
export class StatutoryReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async report(form: StatutoryForm, period: StatutoryPeriod): Promise<StatutoryReport> {
    return form === 'reception' ? this.receptionForm(period) : this.caseForm(form, period);
  }

  private async caseForm(form: Exclude<StatutoryForm, 'reception'>, period: StatutoryPeriod): Promise<StatutoryReport> {
    const { kinds, title } = CASE_FORMS[form];
    const now = this.clock.now();
    const figures = CASE_COLUMNS.map(([, condition], i) => `${figureSql(condition, 'f.case_id', 'c.tracking_code')} AS f${i}`).join(', ');
    const rows: ({ agency_code: string | null; agency_name: string | null } & Record<string, StatutoryFigure>)[] =
      await this.dataSource.query(
        `SELECT a.code AS agency_code, a.name AS agency_name, GROUPING(a.code) AS total, ${figures}
           FROM report_case_facts f JOIN cases c ON c.id = f.case_id LEFT JOIN agencies a ON a.id = f.agency_id
          WHERE f.kind = ANY($1) AND f.received_day BETWEEN $2 AND $3
          GROUP BY GROUPING SETS ((a.code, a.name), ())
          ORDER BY GROUPING(a.code), a.name NULLS LAST`,
        [kinds, period.from, period.to, now],
      );
    const kindQuery = kinds.length === 1 ? `kind=${kinds[0]}&` : '';
    const base = `/api/v1/cases?${kindQuery}from=${period.from}&to=${period.to}`;
    let no = 0;
    return {
      form,
      title,
      period,
      columns: CASE_COLUMNS.map(([label]) => label),
      rowHeading: 'Cơ quan giải quyết',
      rows: rows.map((r) => {
        const total = (r as unknown as { total: number }).total === 1;
        return {
          no: total ? null : ++no,
          label: total ? 'Tổng cộng' : (r.agency_name ?? 'Chưa chuyển cơ quan giải quyết'),
          drillDown: total || !r.agency_code ? base : `${base}&agency=${encodeURIComponent(r.agency_code)}`,
          figures: CASE_COLUMNS.map((_, i) => r[`f${i}`]),
        };
      }),
      generatedAt: now,
    };
  }

  private async receptionForm(period: StatutoryPeriod): Promise<StatutoryReport> {
    const figures = RECEPTION_COLUMNS.map(
      ([, condition, measure], i) =>
        `${figureSql(condition, 'r.id', 'r.register_no', measure === 'people' ? 'sum(r.people_count)' : 'count(*)')} AS f${i}`,
    ).join(', ');
    const rows: ({ month: string | null } & Record<string, StatutoryFigure>)[] = await this.dataSource.query(
      `WITH r AS (
         SELECT r.*, to_char(r.received_at AT TIME ZONE '${LOCAL_TIME_ZONE}', 'YYYY-MM') AS month FROM receptions r
          WHERE r.received_at >= $1 AND r.received_at < $2)
       SELECT r.month, GROUPING(r.month) AS total, ${figures}
         FROM r LEFT JOIN cases c ON c.id = r.case_id
        GROUP BY GROUPING SETS ((r.month), ())
        ORDER BY GROUPING(r.month), r.month`,
      [localDayStart(period.from), localDayEnd(period.to)],
    );
    let no = 0;
    return {
      form: 'reception',
      title: 'TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN',
      period,
      columns: RECEPTION_COLUMNS.map(([label]) => label),
      rowHeading: 'Tháng',
      rows: rows.map((r) => {
        const total = (r as unknown as { total: number }).total === 1;
        return {
          no: total ? null : ++no,
          label: total ? 'Tổng cộng' : `Tháng ${r.month!.slice(5)}/${r.month!.slice(0, 4)}`,
          drillDown: `/api/v1/receptions?from=${period.from}&to=${period.to}`,
          figures: RECEPTION_COLUMNS.map((_, i) => ({ ...r[`f${i}`], value: Number(r[`f${i}`].value), refs: r[`f${i}`].refs.map(String) })),
        };
      }),
      generatedAt: this.clock.now(),
    };
  }
}

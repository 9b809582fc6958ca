import { Injectable, Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { PassThrough, Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { InjectReportingDataSource, poolOf } from '@hotline/database';
import { addressSql, CaseProjectionRule, CaseQueryService, contactSql, notRestrictedSql, projectionOf } from '@hotline/cases';
import { Clock } from '@hotline/config';
import { Actor, CHANNEL_LABELS, KIND_LABELS, Label, LOCAL_TIME_ZONE, PRIORITY_LABELS, STATUS_LABELS } from '@hotline/contracts';
import { csvSafeSql } from '@hotline/platform';
import { CaseExportFormat, CaseExportQueryDto } from './dto/case-export.dto';

const localTime = (column: string) => `to_char(${column} AT TIME ZONE '${LOCAL_TIME_ZONE}', 'YYYY-MM-DD HH24:MI')`;

/** A SQL literal (labels are ours, not typed by a person; quotes doubled all the same). */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The Vietnamese label of a coded column, from the one list of labels (libs/contracts/src/labels.ts). */
const labelSql = (column: string, labels: Record<string, Label>) =>
  `CASE ${column} ${Object.entries(labels)
    .map(([code, label]) => `WHEN ${literal(code)} THEN ${literal(label.vi)}`)
    .join(' ')} ELSE ${column}::text END`;

const yesNo = (condition: string, yes: string, no: string) =>
  `CASE WHEN ${condition} THEN ${literal(yes)} WHEN NOT (${condition}) THEN ${literal(no)} END`;

/** One export column: its header and value for people (Vietnamese, labels) and for machines (`format=codes`). */
interface ExportColumn {
  code: string;
  label: string;
  value: string;
  /** The value for people, where it differs from the code. */
  labelled?: string;
}

/**
 * Columns of the export for one reader, over the list query (alias c). What the reader sees of the citizen comes
 * from the case projection (as in any list: a denouncer's identity never, contacts masked unless the role sees them
 * in full), and every text a person typed is kept from being read as a formula.
 */
const columnsFor = (rule: CaseProjectionRule): ExportColumn[] => [
  { code: 'ma_ho_so', label: 'Mã hồ sơ', value: 'c.tracking_code' },
  { code: 'ngay_tiep_nhan', label: 'Ngày tiếp nhận', value: localTime('c.received_at') },
  { code: 'loai', label: 'Loại', value: 'c.kind', labelled: labelSql('c.kind', KIND_LABELS) },
  { code: 'kenh', label: 'Kênh', value: 'c.channel', labelled: labelSql('c.channel', CHANNEL_LABELS) },
  { code: 'trang_thai', label: 'Trạng thái', value: 'c.status', labelled: labelSql('c.status', STATUS_LABELS) },
  { code: 'uu_tien', label: 'Ưu tiên', value: 'c.priority', labelled: labelSql('c.priority', PRIORITY_LABELS) },
  { code: 'tieu_de', label: 'Tiêu đề', value: csvSafeSql('c.title') },
  { code: 'ma_linh_vuc', label: 'Mã lĩnh vực', value: 'cat.code' },
  { code: 'linh_vuc', label: 'Lĩnh vực', value: csvSafeSql('cat.name') },
  { code: 'ma_dia_ban', label: 'Mã địa bàn', value: 'area.code' },
  { code: 'dia_ban', label: 'Địa bàn', value: csvSafeSql('area.name') },
  { code: 'ma_co_quan', label: 'Mã cơ quan', value: 'agency.code' },
  { code: 'co_quan', label: 'Cơ quan xử lý', value: csvSafeSql('agency.name') },
  { code: 'han_xu_ly', label: 'Hạn xử lý', value: localTime('c.due_at') },
  {
    code: 'qua_han',
    label: 'Quá hạn',
    value: `CASE WHEN c.due_at < :exportNow THEN 'x' ELSE '' END`,
    labelled: `CASE WHEN c.due_at < :exportNow THEN 'Quá hạn' ELSE '' END`,
  },
  { code: 'ngay_tra_loi', label: 'Ngày trả lời', value: localTime('c.answered_at') },
  { code: 'so_lan_mo_lai', label: 'Số lần mở lại', value: 'c.reopen_count' },
  { code: 'so_lan_tra_lai', label: 'Số lần trả lại', value: 'c.return_count' },
  // A priority signal: people who confirmed a contact and co-signed the case (a count, no personal data).
  { code: 'so_nguoi_cung_kien_nghi', label: 'Số người cùng kiến nghị', value: 'c.co_signers' },
  {
    code: 'hai_long',
    label: 'Hài lòng',
    value: `CASE c.satisfied WHEN true THEN 'co' WHEN false THEN 'khong' END`,
    labelled: yesNo('c.satisfied', 'Hài lòng', 'Không hài lòng'),
  },
  {
    code: 'cong_khai',
    label: 'Công khai',
    value: `CASE WHEN c.is_public THEN 'x' ELSE '' END`,
    labelled: `CASE WHEN c.is_public THEN 'Có' ELSE 'Không' END`,
  },
  { code: 'dia_chi', label: 'Địa chỉ', value: csvSafeSql(addressSql(rule, 'many', 'c')) },
  { code: 'ho_ten', label: 'Họ và tên', value: csvSafeSql(contactSql(rule, 'many', 'c', 'name')) },
  { code: 'dien_thoai', label: 'Điện thoại', value: csvSafeSql(contactSql(rule, 'many', 'c', 'phone')) },
  { code: 'email', label: 'Thư điện tử', value: csvSafeSql(contactSql(rule, 'many', 'c', 'email')) },
];

/** The SELECT list: headers and labels for people, or the codes for machines; headers as quoted identifiers. */
const selectList = (columns: ExportColumn[], format: CaseExportFormat) =>
  columns
    .map((c) => (format === 'codes' ? `${c.value} AS ${c.code}` : `${c.labelled ?? c.value} AS "${c.label.replace(/"/g, '""')}"`))
    .join(', ');

/**
 * Streams a staff case list as CSV: PostgreSQL writes the CSV (COPY … TO STDOUT) and the rows flow through with
 * back-pressure, so a million rows take the memory of a few buffers. The list's own filters and scope are reused.
 */
@Injectable()
export class CaseExportService {
  private readonly logger = new Logger(CaseExportService.name);

  constructor(
    @InjectReportingDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueryService,
    private readonly clock: Clock,
  ) {}

  async csv(query: CaseExportQueryDto, actor: Actor): Promise<Readable> {
    const now = this.clock.now();
    const [filteredSql, params] = (await this.queries.filtered(query, actor, now)).select('c.id').getQueryAndParameters();
    const nowParam = params.push(now);
    const order = await this.queries.orderBySql(query);
    const orderSql = Object.keys(order.params).reduce(
      (sql, name) => sql.replace(`:${name}`, `$${params.push(order.params[name])}`),
      order.sql,
    );
    const sql = `
      SELECT ${selectList(columnsFor(projectionOf(actor)), query.format ?? 'labels')}
        FROM cases c
        LEFT JOIN categories cat ON cat.id = c.category_id
        LEFT JOIN areas area ON area.id = c.area_id
        LEFT JOIN agencies agency ON agency.id = c.agency_id
       WHERE c.id IN (${filteredSql}) AND ${notRestrictedSql('c')}
       ORDER BY ${orderSql}`.replace(':exportNow', `$${nowParam}`);
    const pool = poolOf(this.dataSource);
    const client: PoolClient = await pool.connect();
    let released = false;
    const release = (err?: Error) => {
      if (released) return;
      released = true;
      // A connection left mid-COPY cannot be reused: destroy it rather than return it to the pool.
      client.release(err ?? undefined);
    };
    try {
      const copy = client.query(copyTo(`COPY (${inline(sql, params, client)}) TO STDOUT WITH (FORMAT csv, HEADER true)`));
      const out = new PassThrough();
      // Listened to from its first moment: an error before Fastify takes the stream is logged, not thrown at the process;
      // after the headers left, Fastify ends the response and the client sees a cut download, never a complete-looking one.
      out.on('error', (err) => this.logger.error({ err: err.message }, 'case export failed'));
      out.write('\uFEFF');
      copy.on('error', (err) => {
        release(err);
        out.destroy(err);
      });
      copy.on('end', () => release());
      out.on('close', () => {
        if (!released) {
          copy.destroy();
          release(new Error('export abandoned by the client'));
        }
      });
      copy.pipe(out);
      return out;
    } catch (err) {
      release(err as Error);
      throw err;
    }
  }
}

/** COPY takes no bind parameters: each one becomes a quoted literal (pg's own escaping), in one pass over the SQL. */
function inline(sql: string, params: unknown[], client: PoolClient): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === null || value === undefined) return 'NULL';
    if (value instanceof Date) return `${client.escapeLiteral(value.toISOString())}::timestamptz`;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    // An array (an agency user's scope) as a PostgreSQL array literal; the SQL casts it (e.g. ::uuid[]).
    if (Array.isArray(value)) return client.escapeLiteral(`{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
    return client.escapeLiteral(String(value));
  });
}

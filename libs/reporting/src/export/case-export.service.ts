import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { PassThrough, Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { addressSql, CaseProjectionRule, CaseQueryService, contactSql, projectionOf } from '@hotline/cases';
import { Clock } from '@hotline/config';
import { Actor, LOCAL_TIME_ZONE } from '@hotline/contracts';
import { csvSafeSql } from '@hotline/platform';
import { CaseExportQueryDto } from './dto/case-export.dto';

const localTime = (column: string) => `to_char(${column} AT TIME ZONE '${LOCAL_TIME_ZONE}', 'YYYY-MM-DD HH24:MI')`;

/**
 * Columns of the export for one reader: CSV header → SQL expression over the list query (alias c). What the reader
 * sees of the citizen comes from the case projection (as in any list: a denouncer's identity never, contacts masked
 * unless the role sees them in full), and every text a person typed is kept from being read as a formula.
 */
const columnsFor = (rule: CaseProjectionRule): [string, string][] => [
  ['ma_ho_so', 'c.tracking_code'],
  ['ngay_tiep_nhan', localTime('c.received_at')],
  ['loai', 'c.kind'],
  ['kenh', 'c.channel'],
  ['trang_thai', 'c.status'],
  ['uu_tien', 'c.priority'],
  ['tieu_de', csvSafeSql('c.title')],
  ['ma_linh_vuc', 'cat.code'],
  ['linh_vuc', csvSafeSql('cat.name')],
  ['ma_dia_ban', 'area.code'],
  ['dia_ban', csvSafeSql('area.name')],
  ['ma_co_quan', 'agency.code'],
  ['co_quan', csvSafeSql('agency.name')],
  ['han_xu_ly', localTime('c.due_at')],
  ['qua_han', `CASE WHEN c.due_at < :exportNow THEN 'x' ELSE '' END`],
  ['ngay_tra_loi', localTime('c.answered_at')],
  ['so_lan_mo_lai', 'c.reopen_count'],
  ['so_lan_tra_lai', 'c.return_count'],
  ['hai_long', `CASE c.satisfied WHEN true THEN 'co' WHEN false THEN 'khong' END`],
  ['cong_khai', `CASE WHEN c.is_public THEN 'x' ELSE '' END`],
  ['dia_chi', csvSafeSql(addressSql(rule, 'many', 'c'))],
  ['ho_ten', csvSafeSql(contactSql(rule, 'many', 'c', 'name'))],
  ['dien_thoai', csvSafeSql(contactSql(rule, 'many', 'c', 'phone'))],
  ['email', csvSafeSql(contactSql(rule, 'many', 'c', 'email'))],
];

/**
 * Streams a staff case list as CSV: PostgreSQL writes the CSV (COPY … TO STDOUT) and the rows flow through with
 * back-pressure, so a million rows take the memory of a few buffers. The list's own filters and scope are reused.
 */
@Injectable()
export class CaseExportService {
  private readonly logger = new Logger(CaseExportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CaseQueryService,
    private readonly clock: Clock,
  ) {}

  async csv(query: CaseExportQueryDto, actor: Actor): Promise<Readable> {
    const now = this.clock.now();
    const [filteredSql, params] = (await this.queries.filtered(query, actor, now)).select('c.id').getQueryAndParameters();
    params.push(now);
    const sql = `
      SELECT ${columnsFor(projectionOf(actor)).map(([header, expression]) => `${expression} AS ${header}`).join(', ')}
        FROM cases c
        LEFT JOIN categories cat ON cat.id = c.category_id
        LEFT JOIN areas area ON area.id = c.area_id
        LEFT JOIN agencies agency ON agency.id = c.agency_id
       WHERE c.id IN (${filteredSql})
       ORDER BY c.received_at DESC, c.id DESC`.replace(':exportNow', `$${params.length}`);
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
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

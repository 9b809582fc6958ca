import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CreateCaseDto } from '@hotline/cases';
import { Actor, JobName, Role } from '@hotline/contracts';
import { newId } from '@hotline/database';
import { enqueueInTransaction, NotFoundError } from '@hotline/platform';
import { ImportStatusDto, RowProblemDto } from './dto/voter-meeting.dto';
import { kindOf, phoneCell, readPetitionSheet, SheetRow } from './petition-sheet';
import { toRowProblems, VoterMeetingsService } from './voter-meetings.service';

interface ImportRow {
  id: string;
  meeting_id: string;
  file_name: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  total_rows: number;
  processed_rows: number;
  imported_rows: number;
  rows: SheetRow[];
  problems: RowProblemDto[];
  failure: string | null;
  created_by: string | null;
  created_at: Date;
  finished_at: Date | null;
}

/**
 * Spreadsheet imports of a meeting's petitions. The API reads the file (XLSX or CSV) into rows and queues one job;
 * the worker checks every row, then writes every valid row as a case in ONE transaction (all valid rows or none),
 * writing its progress outside that transaction so `GET …/imports/:id` shows it move. Invalid rows are reported
 * (row, field, message) and returned as read.
 */
@Injectable()
export class PetitionImportService {
  private readonly logger = new Logger(PetitionImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: VoterMeetingsService,
  ) {}

  async start(meetingId: string, fileName: string, content: Buffer, actor: Actor): Promise<ImportStatusDto> {
    await this.meetings.meeting(this.dataSource.manager, meetingId);
    const { rows } = await readPetitionSheet(content);
    const id = newId();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO voter_meeting_imports (id, meeting_id, file_name, status, total_rows, rows, created_by)
         VALUES ($1, $2, $3, 'queued', $4, $5, $6)`,
        [id, meetingId, fileName.slice(0, 200), rows.length, JSON.stringify(rows), actor.type === 'staff' ? actor.userId : null],
      );
      await enqueueInTransaction(manager, { name: JobName.ImportVoterPetitions, data: { importId: id } });
    });
    return this.status(meetingId, id);
  }

  async status(meetingId: string, importId: string): Promise<ImportStatusDto> {
    const [row]: ImportRow[] = await this.dataSource.query(`SELECT * FROM voter_meeting_imports WHERE id = $1 AND meeting_id = $2`, [
      importId,
      meetingId,
    ]);
    if (!row) throw new NotFoundError(`No import ${importId} for this meeting`);
    const rejected = new Set(row.problems.map((p) => p.row));
    return {
      id: row.id,
      meetingId: row.meeting_id,
      fileName: row.file_name,
      status: row.status,
      totalRows: row.total_rows,
      processedRows: row.processed_rows,
      progress: row.total_rows === 0 ? 100 : Math.floor((100 * row.processed_rows) / row.total_rows),
      importedRows: row.imported_rows,
      problems: row.problems,
      rejectedRows: Object.fromEntries(row.rows.filter((r) => rejected.has(r.row)).map((r) => [String(r.row), r.values])),
      failure: row.failure,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    };
  }

  /** The worker's job. Runs safely again: a finished import is left alone; a failed one had written nothing. */
  async run(importId: string, onProgress: (percent: number) => Promise<void>): Promise<void> {
    const [row]: ImportRow[] = await this.dataSource.query(`SELECT * FROM voter_meeting_imports WHERE id = $1`, [importId]);
    if (!row || row.status === 'done') return;
    await this.dataSource.query(`UPDATE voter_meeting_imports SET status = 'running', processed_rows = 0, failure = NULL WHERE id = $1`, [
      importId,
    ]);
    const meeting = await this.meetings.meeting(this.dataSource.manager, row.meeting_id);
    // Intake records who keyed the rows in (its user id); the role plays no part in writing a case.
    const actor: Actor = row.created_by
      ? { type: 'staff', userId: row.created_by, role: Role.Secretariat, agencyId: null }
      : { type: 'system' };
    const valid: CreateCaseDto[] = [];
    const problems: RowProblemDto[] = [];
    for (const sheetRow of row.rows) {
      const checked = await this.meetings.check(petitionOf(sheetRow), meeting);
      if (checked.ok) valid.push(checked.dto);
      else problems.push(...toRowProblems(sheetRow.row, checked.problems));
    }
    const invalid = row.total_rows - valid.length;
    const report = async (done: number) => {
      const processed = invalid + done;
      await this.dataSource.query(`UPDATE voter_meeting_imports SET processed_rows = $2 WHERE id = $1`, [importId, processed]);
      await onProgress(Math.floor((100 * processed) / row.total_rows));
    };
    await report(0);
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.meetings.insert(manager, meeting, valid, actor, report);
        await manager.query(
          `UPDATE voter_meeting_imports SET status = 'done', processed_rows = total_rows, imported_rows = $2,
           problems = $3, finished_at = now() WHERE id = $1`,
          [importId, valid.length, JSON.stringify(problems)],
        );
      });
    } catch (err) {
      await this.dataSource.query(`UPDATE voter_meeting_imports SET status = 'failed', failure = $2, problems = $3 WHERE id = $1`, [
        importId,
        (err as Error).message.slice(0, 500),
        JSON.stringify(problems),
      ]);
      throw err;
    }
    await onProgress(100);
    this.logger.log({ importId, imported: valid.length, rejected: invalid }, 'voter petitions imported');
  }
}

/** A sheet row as the petition fields the grid takes. */
function petitionOf(row: SheetRow): Record<string, string> {
  const values = { ...row.values };
  if (values.kind !== undefined) values.kind = kindOf(values.kind);
  if (values.phone !== undefined) values.phone = phoneCell(values.phone)!;
  return values;
}

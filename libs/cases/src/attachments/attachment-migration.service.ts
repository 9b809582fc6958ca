import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ObjectStore } from '@hotline/platform';

export interface AttachmentMoveResult {
  /** Copied to the store in this run and read back with the recorded SHA-256. */
  moved: number;
  /** Already in the store with the recorded SHA-256 (an earlier run's work). */
  alreadyThere: number;
  /** Not in the source directory (nor in the store): listed by id in the log. */
  missing: number;
  /** In the source, but not with the recorded SHA-256: left where they are, listed by id. */
  corrupt: number;
  /** Source files removed after their copy was verified (`removeSource`). */
  removed: number;
}

const BATCH = 200;

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Moves attachment files from one store (the local directory they were kept in) to the configured one (a bucket),
 * row by row in id order: each file is streamed up while its SHA-256 is taken, then read back and hashed again; only a
 * file whose both hashes equal the recorded one counts as moved. A file already in the store with the recorded hash
 * is left alone, so the command can be run again after an interruption and does only what is left.
 */
@Injectable()
export class AttachmentMigrationService {
  private readonly logger = new Logger(AttachmentMigrationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly target: ObjectStore,
  ) {}

  async move(source: ObjectStore, options: { removeSource: boolean }): Promise<AttachmentMoveResult> {
    const result: AttachmentMoveResult = { moved: 0, alreadyThere: 0, missing: 0, corrupt: 0, removed: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; storage_key: string; sha256: string; content_type: string }[] = await this.dataSource.query(
        `SELECT id, storage_key, sha256, content_type FROM attachments WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, BATCH],
      );
      for (const row of rows) {
        const outcome = await this.moveOne(source, row);
        result[outcome] += 1;
        if (
          outcome !== 'missing' &&
          outcome !== 'corrupt' &&
          options.removeSource &&
          (await source.sizeOf(row.storage_key)) !== undefined
        ) {
          await source.delete(row.storage_key);
          result.removed += 1;
        }
        if (outcome === 'missing' || outcome === 'corrupt') this.logger.warn({ attachmentId: row.id, outcome }, 'attachment not moved');
      }
      if (rows.length < BATCH) return result;
      after = rows[rows.length - 1].id;
    }
  }

  private async moveOne(
    source: ObjectStore,
    row: { storage_key: string; sha256: string; content_type: string },
  ): Promise<'moved' | 'alreadyThere' | 'missing' | 'corrupt'> {
    if ((await this.target.sizeOf(row.storage_key)) !== undefined) {
      if ((await sha256Of((await this.target.get(row.storage_key)).stream)) === row.sha256) return 'alreadyThere';
    }
    if ((await source.sizeOf(row.storage_key)) === undefined) return 'missing';
    const hash = createHash('sha256');
    const { stream } = await source.get(row.storage_key);
    const hashed = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    // Hashing and uploading read the same stream: the file is read once, never held whole.
    const [, uploaded] = await Promise.allSettled([pipeline(stream, hashed), this.target.put(row.storage_key, hashed, row.content_type)]);
    if (uploaded.status === 'rejected') throw uploaded.reason;
    if (hash.digest('hex') !== row.sha256) {
      await this.target.delete(row.storage_key);
      return 'corrupt';
    }
    const readBack = await sha256Of((await this.target.get(row.storage_key)).stream);
    if (readBack !== row.sha256) throw new Error(`attachment ${row.storage_key}: the stored copy does not read back with its SHA-256`);
    return 'moved';
  }
}

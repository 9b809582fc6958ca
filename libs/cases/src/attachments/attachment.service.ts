import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Clock } from '@hotline/config';
import { JobName } from '@hotline/contracts';
import { AttachmentEntity, newId } from '@hotline/database';
import {
  ConflictError,
  enqueueManyInTransaction,
  InvalidInputError,
  NotFoundError,
  ObjectStore,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
} from '@hotline/platform';
import { ACCEPTED_TYPES, safeFileName, sniff, SNIFF_BYTES } from './content-sniffing';
import { AttachmentDto, PhotoLocationDto } from './dto/attachment.dto';
import { ImageVersion, isImage, locatePhoto, makeVersion, PreparedImage, prepareImage, versionKey, versionType } from './image-versions';

/** `2026/05/<id>`: a month per folder keeps a local directory small and lists a bucket by month. */
const storageKeyOf = (now: Date, id: string): string => `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;

/**
 * Who reads a file: staff get the original as uploaded; the citizen (on their tracking page) and the public page get
 * an image's copy without metadata, and the citizen only the files shown to citizens.
 */
export type FileAudience = 'staff' | 'citizen' | 'public';

export interface Uploader {
  type: 'citizen' | 'staff';
  userId?: string;
}

interface StagedFile {
  id: string;
  tmpPath: string;
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  image?: PreparedImage;
}

interface OpenedFile {
  attachment: AttachmentDto;
  stream: Readable;
  size: number;
}

/** Form fields a staff upload may carry beside its files. */
const FIELDS = new Set(['visibleToCitizen']);

/**
 * Stores attachments in the `ObjectStore` (the local disk or an S3-compatible bucket, by STORAGE_URL): each file is
 * streamed to a temporary file under ATTACHMENTS_DIR/tmp while its size, SHA-256 and first bytes are taken, refused
 * when it is too large (413) or not a JPEG, PNG, WebP or PDF by content (415); only when every file of the request
 * has passed are they streamed to the store and recorded, in one transaction that also enforces the per-case limit.
 * A refused request leaves no row and no object behind.
 */
@Injectable()
export class AttachmentService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly objects: ObjectStore,
  ) {}

  async onModuleInit(): Promise<void> {
    await mkdir(join(this.config.attachments.dir, 'tmp'), { recursive: true });
  }

  async store(caseId: string, parts: AsyncIterableIterator<Multipart>, uploader: Uploader): Promise<AttachmentDto[]> {
    const staged: StagedFile[] = [];
    let visibleToCitizen = uploader.type === 'citizen';
    try {
      for await (const part of parts) {
        if (part.type === 'field') {
          if (!FIELDS.has(part.fieldname) || uploader.type !== 'staff')
            throw new InvalidInputError(part.fieldname, `property ${part.fieldname} should not exist`);
          if (part.value !== 'true' && part.value !== 'false')
            throw new InvalidInputError(part.fieldname, 'visibleToCitizen must be true or false');
          visibleToCitizen = part.value === 'true';
          continue;
        }
        if (part.fieldname !== 'file') throw new InvalidInputError(part.fieldname, 'files go in the field "file"');
        staged.push(await this.stage(part));
      }
      if (staged.length === 0) throw new InvalidInputError('file', 'Attach at least one file in the field "file"');
      const rows = await this.record(caseId, staged, uploader, visibleToCitizen);
      return rows.map((row, i) => {
        const location = staged[i].image?.location;
        return { ...this.toDto(row), ...(location ? { location } : {}) };
      });
    } catch (err) {
      await Promise.all(staged.map((f) => rm(f.tmpPath, { force: true })));
      throw err;
    }
  }

  /** The EXIF location of one photo (the request's single file), read and forgotten: the citizen's form suggests the pin. */
  async locate(file: MultipartFile | undefined): Promise<PhotoLocationDto> {
    if (!file || file.fieldname !== 'file') throw new InvalidInputError('file', 'Send one photo in the field "file"');
    const content = await file.toBuffer();
    if (file.file.truncated) {
      throw new PayloadTooLargeError('file', `The photo is larger than ${Math.floor(this.config.attachments.maxBytes / 1024 / 1024)} MB`);
    }
    const contentType = sniff(content.subarray(0, SNIFF_BYTES));
    if (!contentType || !isImage(contentType)) {
      throw new UnsupportedMediaTypeError('file', 'Only a JPEG, PNG or WebP photo carries a location (checked by its content)');
    }
    const location = await locatePhoto(content, safeFileName(file.filename, contentType));
    return location ? { location } : {};
  }

  /**
   * Files already in memory (an email's attachments), recorded in the caller's transaction. Files that are not a
   * JPEG, PNG, WebP or PDF by content (or an image that does not decode), are empty or too large, or exceed the case's
   * limit are skipped and counted, not refused: a petition is not lost over a signature logo. Returns the placed
   * paths' remover for a rollback.
   */
  async attachBuffers(
    manager: EntityManager,
    caseId: string,
    files: { fileName?: string; content: Buffer }[],
    uploader: Uploader,
  ): Promise<{ stored: AttachmentDto[]; skipped: number; undo: () => Promise<void> }> {
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM attachments WHERE case_id = $1`, [caseId]);
    const room = Math.max(this.config.attachments.maxFiles - n, 0);
    const placed: string[] = [];
    const rows: AttachmentEntity[] = [];
    const undo = async () => {
      await Promise.all(placed.map((key) => this.objects.delete(key)));
    };
    try {
      for (const file of files) {
        const contentType = sniff(file.content.subarray(0, SNIFF_BYTES));
        if (!contentType || file.content.length === 0 || file.content.length > this.config.attachments.maxBytes || rows.length >= room)
          continue;
        const fileName = safeFileName(file.fileName, contentType);
        const image = isImage(contentType) ? await prepareImage(file.content, contentType, fileName).catch(() => null) : undefined;
        if (image === null) continue;
        const id = newId();
        const now = this.clock.now();
        const storageKey = storageKeyOf(now, id);
        placed.push(...(await this.place(storageKey, file.content, contentType, image)));
        rows.push(
          manager.create(AttachmentEntity, {
            id,
            caseId,
            uploadedByType: uploader.type,
            uploadedByUserId: uploader.userId ?? null,
            fileName,
            contentType,
            sizeBytes: file.content.length,
            sha256: createHash('sha256').update(file.content).digest('hex'),
            storageKey,
            visibleToCitizen: uploader.type === 'citizen',
            createdAt: now,
          }),
        );
      }
      if (rows.length > 0) {
        await manager.insert(AttachmentEntity, rows);
        await this.enqueuePublicCopies(manager, rows);
      }
    } catch (err) {
      await undo();
      throw err;
    }
    return { stored: rows.map((row) => this.toDto(row)), skipped: files.length - rows.length, undo };
  }

  async list(caseId: string, citizenView: boolean): Promise<AttachmentDto[]> {
    const rows = await this.dataSource
      .getRepository(AttachmentEntity)
      .find({ where: { caseId, ...(citizenView ? { visibleToCitizen: true } : {}) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((row) => this.toDto(row));
  }

  /**
   * The stored file of one attachment of the case, as this audience reads it (see FileAudience); a citizen only reaches
   * the ones shown to citizens.
   */
  async open(caseId: string, attachmentId: string, audience: FileAudience): Promise<OpenedFile> {
    const row = await this.findRow(caseId, attachmentId, audience);
    if (audience !== 'staff' && isImage(row.contentType)) return this.openVersion(row, 'public');
    const { stream, size } = await this.objects.get(row.storageKey);
    return { attachment: this.toDto(row), stream, size };
  }

  /**
   * The thumbnail of an image attachment, to whoever may open the attachment itself (the same check as `open`):
   * a WebP of at most THUMBNAIL_SIZE pixels, without metadata. 404 for a file that is not an image.
   */
  async thumbnail(caseId: string, attachmentId: string, audience: FileAudience): Promise<OpenedFile> {
    const row = await this.findRow(caseId, attachmentId, audience);
    if (!isImage(row.contentType)) throw new NotFoundError('This attachment is not an image and has no thumbnail');
    return this.openVersion(row, 'thumbnail');
  }

  private async findRow(caseId: string, attachmentId: string, audience: FileAudience): Promise<AttachmentEntity> {
    const row = await this.dataSource
      .getRepository(AttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.storageKey')
      .where('a.id = :attachmentId AND a.caseId = :caseId', { attachmentId, caseId })
      .getOne();
    if (!row || (audience === 'citizen' && !row.visibleToCitizen)) throw new NotFoundError('No such attachment on this case');
    return row;
  }

  /**
   * The MakePublicImage job: the copy without metadata of an image attachment, made once. Runs safely twice, and
   * does nothing for an attachment erased meanwhile or a file that is not an image.
   */
  async makePublicCopy(attachmentId: string): Promise<void> {
    const row = await this.dataSource
      .getRepository(AttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.storageKey')
      .where('a.id = :attachmentId', { attachmentId })
      .getOne();
    if (row && isImage(row.contentType)) await this.ensureVersion(row, 'public');
  }

  /** One MakePublicImage job per image, in the transaction that records the rows (the outbox). */
  private async enqueuePublicCopies(manager: EntityManager, rows: AttachmentEntity[]): Promise<void> {
    await enqueueManyInTransaction(
      manager,
      rows.filter((row) => isImage(row.contentType)).map((row) => ({ name: JobName.MakePublicImage, data: { attachmentId: row.id } })),
    );
  }

  /**
   * A version of an image, made from the original when it is missing (its job has not run yet, a photo stored before
   * versions existed, or one moved between stores without them) and kept; making it twice writes the same bytes.
   */
  private async ensureVersion(row: AttachmentEntity, version: ImageVersion): Promise<string> {
    const key = versionKey(row.storageKey, version);
    if ((await this.objects.sizeOf(key)) !== undefined) return key;
    const original = await this.objects.get(row.storageKey);
    const chunks: Buffer[] = [];
    for await (const chunk of original.stream) chunks.push(chunk as Buffer);
    const bytes = await makeVersion(Buffer.concat(chunks), row.contentType, version).catch(() => {
      throw new NotFoundError('This image cannot be read, so it has no version to show');
    });
    await this.objects.put(key, bytes, versionType(row.contentType, version));
    return key;
  }

  private async openVersion(row: AttachmentEntity, version: ImageVersion): Promise<OpenedFile> {
    const contentType = versionType(row.contentType, version);
    const { stream, size } = await this.objects.get(await this.ensureVersion(row, version));
    const attachment = this.toDto(row);
    const fileName = version === 'thumbnail' ? attachment.fileName.replace(/\.[^.]+$/, '.webp') : attachment.fileName;
    return { attachment: { ...attachment, fileName, contentType }, stream, size };
  }

  /** The original and, for an image, its versions; returns the keys placed, for an undo. */
  private async place(storageKey: string, original: Readable | Buffer, contentType: string, image?: PreparedImage): Promise<string[]> {
    const placed: string[] = [];
    try {
      await this.objects.put(storageKey, original, contentType);
      placed.push(storageKey);
      if (image) {
        const key = versionKey(storageKey, 'thumbnail');
        await this.objects.put(key, image.thumbnail, versionType(contentType, 'thumbnail'));
        placed.push(key);
      }
      return placed;
    } catch (err) {
      await Promise.all(placed.map((key) => this.objects.delete(key)));
      throw err;
    }
  }

  /**
   * Erases the attachments of these cases, objects first, then rows, in the caller's transaction (the retention job):
   * a rollback after the objects went leaves rows the next run erases again, never an object without its row.
   */
  async eraseOfCases(manager: EntityManager, caseIds: string[]): Promise<number> {
    const rows: { storage_key: string }[] = await manager.query(`SELECT storage_key FROM attachments WHERE case_id = ANY($1)`, [caseIds]);
    for (const row of rows) {
      for (const key of [row.storage_key, versionKey(row.storage_key, 'thumbnail'), versionKey(row.storage_key, 'public')]) {
        await this.objects.delete(key);
      }
    }
    await manager.query(`DELETE FROM attachments WHERE case_id = ANY($1)`, [caseIds]);
    return rows.length;
  }

  private async stage(part: MultipartFile): Promise<StagedFile> {
    const id = newId();
    const tmpPath = join(this.config.attachments.dir, 'tmp', id);
    const hash = createHash('sha256');
    let head = Buffer.alloc(0);
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        size += chunk.length;
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    try {
      await pipeline(part.file, meter, createWriteStream(tmpPath));
      if (part.file.truncated) {
        throw new PayloadTooLargeError(
          'file',
          `${part.filename || 'A file'} is larger than ${Math.floor(this.config.attachments.maxBytes / 1024 / 1024)} MB`,
        );
      }
      if (size === 0) throw new InvalidInputError('file', `${part.filename || 'A file'} is empty`);
      const contentType = sniff(head);
      if (!contentType)
        throw new UnsupportedMediaTypeError(
          'file',
          `${part.filename || 'A file'} is not one of ${ACCEPTED_TYPES.join(', ')} (checked by its content)`,
        );
      const now = this.clock.now();
      const storageKey = storageKeyOf(now, id);
      const fileName = safeFileName(part.filename, contentType);
      const image = isImage(contentType) ? await prepareImage(tmpPath, contentType, fileName) : undefined;
      return { id, tmpPath, storageKey, fileName, contentType, size, sha256: hash.digest('hex'), image };
    } catch (err) {
      await rm(tmpPath, { force: true });
      throw err;
    }
  }

  private async record(caseId: string, staged: StagedFile[], uploader: Uploader, visibleToCitizen: boolean): Promise<AttachmentEntity[]> {
    const placed: string[] = [];
    try {
      // Streamed to the store before the transaction, so the case's lock is not held for the length of an upload.
      for (const f of staged) {
        placed.push(...(await this.place(f.storageKey, createReadStream(f.tmpPath), f.contentType, f.image)));
        await rm(f.tmpPath, { force: true });
      }
      return await this.dataSource.transaction(async (manager) => {
        // The case row's lock serialises uploads to one case, so the limit holds under concurrent requests.
        await manager.query(`SELECT 1 FROM cases WHERE id = $1 FOR UPDATE`, [caseId]);
        const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM attachments WHERE case_id = $1`, [caseId]);
        if (n + staged.length > this.config.attachments.maxFiles) {
          throw new ConflictError(`A case holds at most ${this.config.attachments.maxFiles} attachments; this one has ${n}`, [
            { field: 'file', message: `at most ${this.config.attachments.maxFiles - n} more file(s)` },
          ]);
        }
        const rows = staged.map((f) =>
          manager.create(AttachmentEntity, {
            id: f.id,
            caseId,
            uploadedByType: uploader.type,
            uploadedByUserId: uploader.userId ?? null,
            fileName: f.fileName,
            contentType: f.contentType,
            sizeBytes: f.size,
            sha256: f.sha256,
            storageKey: f.storageKey,
            visibleToCitizen,
            createdAt: this.clock.now(),
          }),
        );
        await manager.insert(AttachmentEntity, rows);
        await this.enqueuePublicCopies(manager, rows);
        return rows;
      });
    } catch (err) {
      await Promise.all(placed.map((key) => this.objects.delete(key)));
      throw err;
    }
  }

  private toDto(row: AttachmentEntity): AttachmentDto {
    return {
      id: row.id,
      // Rows stored before names followed the detected type are served under it too.
      fileName: safeFileName(row.fileName, row.contentType),
      contentType: row.contentType,
      size: row.sizeBytes,
      visibleToCitizen: row.visibleToCitizen,
      uploadedBy: row.uploadedByType,
      thumbnail: isImage(row.contentType),
      createdAt: row.createdAt,
    };
  }
}

import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NotFoundError } from '../errors';
import { ObjectStore, StoredObject } from './object-store';

const isMissing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/** Objects as files under one directory: the embedded default of `npm start`, and of one-machine installations. */
export class LocalObjectStore extends ObjectStore {
  readonly kind = 'local';

  constructor(readonly dir: string) {
    super();
  }

  async put(key: string, body: Readable | Buffer): Promise<void> {
    const target = this.path(key);
    const partial = `${target}.${randomUUID()}.part`;
    await mkdir(dirname(target), { recursive: true });
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(partial));
      await rename(partial, target);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<StoredObject> {
    const path = this.path(key);
    const size = await this.sizeOf(key);
    if (size === undefined) throw new NotFoundError('The stored file is missing');
    return { stream: createReadStream(path), size };
  }

  async sizeOf(key: string): Promise<number | undefined> {
    try {
      return (await stat(this.path(key))).size;
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  /** The file of a key; a key never leaves the directory. */
  path(key: string): string {
    const path = resolve(join(this.dir, key));
    if (!path.startsWith(resolve(this.dir) + sep)) throw new Error(`storage key ${key} leaves the storage directory`);
    return path;
  }
}

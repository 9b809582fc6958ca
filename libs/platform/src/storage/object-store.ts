import type { Readable } from 'node:stream';

/** A stored object as it is read back: streamed, never held whole in memory. */
export interface StoredObject {
  stream: Readable;
  size: number;
}

/**
 * Where attachment files live, by key (`2026/05/<uuid>`): the local disk, or an S3-compatible bucket that every API
 * and worker replica shares. The database row holds the name, type, size and SHA-256; the store holds only bytes.
 */
export abstract class ObjectStore {
  /** `local` or `s3`, for logs and the migration command. */
  abstract readonly kind: 'local' | 's3';

  /** Writes the object from a stream (or a small buffer); the key appears whole or not at all. */
  abstract put(key: string, body: Readable | Buffer, contentType: string): Promise<void>;

  /** Streams the object; NotFoundError when it is missing. */
  abstract get(key: string): Promise<StoredObject>;

  /** The object's size, or undefined when it is missing. */
  abstract sizeOf(key: string): Promise<number | undefined>;

  /** Removes the object; removing a missing one is not an error (deletion may be retried). */
  abstract delete(key: string): Promise<void>;

  /** Releases connections at shutdown. */
  close(): void {}
}

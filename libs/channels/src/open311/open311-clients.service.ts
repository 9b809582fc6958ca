import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { newId } from '@hotline/database';
import { ForbiddenError, NotFoundError } from '@hotline/platform';

export interface Open311Client {
  id: string;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const hashKey = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** Registered Open311 clients: the api_key is shown once and only its SHA-256 is kept. */
@Injectable()
export class Open311ClientsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async register(name: string, createdBy: string | null): Promise<Open311Client & { apiKey: string }> {
    const apiKey = randomBytes(24).toString('base64url');
    const id = newId();
    const [row] = await this.dataSource.query(
      `INSERT INTO open311_clients (id, name, key_hash, created_by) VALUES ($1, $2, $3, $4) RETURNING created_at`,
      [id, name.trim(), hashKey(apiKey), createdBy],
    );
    return { id, name: name.trim(), createdAt: row.created_at, revokedAt: null, apiKey };
  }

  async list(): Promise<Open311Client[]> {
    const rows = await this.dataSource.query(`SELECT id, name, created_at, revoked_at FROM open311_clients ORDER BY created_at`);
    return rows.map((r: { id: string; name: string; created_at: Date; revoked_at: Date | null }) => ({
      id: r.id,
      name: r.name,
      createdAt: r.created_at,
      revokedAt: r.revoked_at,
    }));
  }

  async revoke(id: string): Promise<void> {
    const [, count] = await this.dataSource.query(`UPDATE open311_clients SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1`, [
      id,
    ]);
    if (count === 0) throw new NotFoundError(`No Open311 client ${id}`);
  }

  /** The client an api_key belongs to; 403 for a missing, unknown or revoked key (GeoReport v2 answers 403). */
  async authenticate(apiKey: string | undefined): Promise<Open311Client> {
    if (!apiKey) throw new ForbiddenError('api_key is required to post a service request');
    const [row] = await this.dataSource.query(`SELECT id, name, created_at, revoked_at FROM open311_clients WHERE key_hash = $1`, [
      hashKey(apiKey),
    ]);
    if (!row || row.revoked_at) throw new ForbiddenError('api_key is not valid');
    return { id: row.id, name: row.name, createdAt: row.created_at, revokedAt: row.revoked_at };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@hotline/config';
import { StaffActor } from '@hotline/contracts';

export interface PrivacyNotice {
  version: number;
  textVi: string;
  textEn: string;
  createdAt: Date;
}

const SELECT = `SELECT version, text_vi AS "textVi", text_en AS "textEn", created_at AS "createdAt" FROM privacy_notices`;

/** The privacy notice shown at every intake: versioned rows, append-only (an edit is a new version; old ones stay). */
@Injectable()
export class PrivacyNoticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async current(): Promise<PrivacyNotice> {
    const [row] = await this.dataSource.query(`${SELECT} ORDER BY version DESC LIMIT 1`);
    return row;
  }

  all(): Promise<PrivacyNotice[]> {
    return this.dataSource.query(`${SELECT} ORDER BY version DESC`);
  }

  /** A new version; two admins publishing at once get consecutive versions (the primary key serialises them). */
  async publish(input: { textVi: string; textEn: string }, actor: StaffActor): Promise<PrivacyNotice> {
    const [row] = await this.dataSource.query(
      `INSERT INTO privacy_notices (version, text_vi, text_en, created_at, created_by_user_id)
       SELECT COALESCE(max(version), 0) + 1, $1, $2, $3, $4 FROM privacy_notices
       RETURNING version, text_vi AS "textVi", text_en AS "textEn", created_at AS "createdAt"`,
      [input.textVi.trim(), input.textEn.trim(), this.clock.now(), actor.userId],
    );
    return row;
  }
}

import { Injectable } from '@nestjs/common';
import { AppConfig } from '@hotline/config';

/** The links in case notices, under PUBLIC_BASE_URL: the one place the workflow and the deadline scan take them from. */
@Injectable()
export class CaseLinks {
  constructor(private readonly config: AppConfig) {}

  /** The case's page in the staff UI. */
  staff(caseId: string): string {
    return `${this.config.http.publicBaseUrl}/staff/cases/${caseId}`;
  }

  /** The citizen's tracking page (the access key is asked for there). */
  track(trackingCode: string): string {
    return `${this.config.http.publicBaseUrl}/track/${trackingCode}`;
  }
}

import { Injectable } from '@nestjs/common';
import { AppConfig } from '@hotline/config';
import { citizenTrackUrl } from './tracking-link';
import { unfollowUrl } from './unfollow-link';

/** The links in case notices, under PUBLIC_BASE_URL: the one place the workflow and the deadline scan take them from. */
@Injectable()
export class CaseLinks {
  constructor(private readonly config: AppConfig) {}

  /** The case's page in the staff UI. */
  staff(caseId: string): string {
    return `${this.config.http.publicBaseUrl}/staff/cases/${caseId}`;
  }

  /**
   * The citizen's tracking page, opening their case: it carries the case's link token (an HMAC of the tracking code),
   * so it is built only where a mail is rendered and never stored or logged.
   */
  track(trackingCode: string): string {
    return citizenTrackUrl(this.config.http.publicBaseUrl, this.config.auth.secret, trackingCode);
  }

  /** The tracking page of a case without its token (an SMS or Zalo message carries the PIN instead). */
  trackPage(trackingCode: string): string {
    return `${this.config.http.publicBaseUrl}/track/${trackingCode}`;
  }

  /** A follower's unsubscribe page (its token is computed, never stored). */
  unfollow(followerId: string): string {
    return unfollowUrl(this.config.http.publicBaseUrl, this.config.auth.secret, followerId);
  }
}

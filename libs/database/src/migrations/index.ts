import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { Deadlines1764100000000 } from './1764100000000-deadlines';
import { DefaultDeadlineData1764100000001 } from './1764100000001-default-deadline-data';
import { ReportingRollups1764200000000 } from './1764200000000-reporting-rollups';
import { Council1764300000000 } from './1764300000000-council';
import { AuditLog1764400000000 } from './1764400000000-audit-log';
import { CaseIdentities1764500000000 } from './1764500000000-case-identities';
import { Attachments1764800000000 } from './1764800000000-attachments';
import { SessionsSecondFactor1764850000000 } from './1764850000000-sessions-second-factor';
import { CaseListIndexes1764860000000 } from './1764860000000-case-list-indexes';
import { DuplicateSearch1765000000000 } from './1765000000000-duplicate-search';
import { Open311Clients1765000000001 } from './1765000000001-open311-clients';
import { InboundEmails1765000000002 } from './1765000000002-inbound-emails';
import { VoterMeetings1765000000003 } from './1765000000003-voter-meetings';
import { CaseListCoveringIndexes1765100000000 } from './1765100000000-case-list-covering-indexes';
import { CaseTitleSearchIndex1765100000001 } from './1765100000001-case-title-search-index';
import { CaseListStatusCoveringIndex1765100000002 } from './1765100000002-case-list-status-covering-index';
import { DenunciationRouting1765200000000 } from './1765200000000-denunciation-routing';
import { UnaccentedTitleSearch1765300000000 } from './1765300000000-unaccented-title-search';
import { TrackingPin1765300000001 } from './1765300000001-tracking-pin';
import { CaseListSortIndexes1765300000002 } from './1765300000002-case-list-sort-indexes';
import { NotificationChannelsAndPinLock1765470000000 } from './1765470000000-notification-channels-and-pin-lock';
import { ProviderTokens1765470000001 } from './1765470000001-provider-tokens';

/** Every migration, in order. Listed explicitly so the compiled and the ts-jest builds find the same set. */
export const MIGRATIONS = [InitialSchema1764000000000, Deadlines1764100000000, DefaultDeadlineData1764100000001, ReportingRollups1764200000000, Council1764300000000, AuditLog1764400000000, CaseIdentities1764500000000, Attachments1764800000000, SessionsSecondFactor1764850000000, CaseListIndexes1764860000000, DuplicateSearch1765000000000, Open311Clients1765000000001, InboundEmails1765000000002, VoterMeetings1765000000003, CaseListCoveringIndexes1765100000000, CaseTitleSearchIndex1765100000001, CaseListStatusCoveringIndex1765100000002, DenunciationRouting1765200000000, UnaccentedTitleSearch1765300000000, TrackingPin1765300000001, CaseListSortIndexes1765300000002, NotificationChannelsAndPinLock1765470000000, ProviderTokens1765470000001];

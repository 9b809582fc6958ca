import { AgencyEntity } from './agency.entity';
import { AnswerApprovalRuleEntity, AnswerTemplateEntity, CasePublicationEntity } from './answer.entities';
import { AttachmentEntity } from './attachment.entity';
import { AreaEntity } from './area.entity';
import { CaseEventEntity } from './case-event.entity';
import { CaseEntity } from './case.entity';
import { CaseIdentityEntity, CaseIdentityGrantEntity } from './case-identity.entities';
import { CategoryEntity } from './category.entity';
import { CalendarDayEntity, CaseDeadlineEntity, DeadlineRuleEntity } from './deadline.entities';
import { NotificationEntity } from './notification.entity';
import { OutboxEntity } from './outbox.entity';
import { RoutingRuleEntity } from './routing-rule.entity';
import { UserEntity, UserSessionEntity } from './user.entity';

export { CalendarDayEntity, CaseDeadlineEntity, DeadlineRuleEntity };
export { CaseIdentityEntity, CaseIdentityGrantEntity };
export { AnswerApprovalRuleEntity, AnswerTemplateEntity, CasePublicationEntity };
export type { PublicationMask } from './answer.entities';
export type { DeadlineStatus, DeadlineUnit } from './deadline.entities';
export {
  AgencyEntity,
  AreaEntity,
  AttachmentEntity,
  CaseEventEntity,
  CaseEntity,
  CategoryEntity,
  NotificationEntity,
  OutboxEntity,
  RoutingRuleEntity,
  UserEntity,
  UserSessionEntity,
};

export const ENTITIES = [
  AnswerApprovalRuleEntity,
  AnswerTemplateEntity,
  CasePublicationEntity,
  CalendarDayEntity,
  CaseDeadlineEntity,
  DeadlineRuleEntity,
  AgencyEntity,
  AreaEntity,
  AttachmentEntity,
  CaseEventEntity,
  CaseEntity,
  CaseIdentityEntity,
  CaseIdentityGrantEntity,
  CategoryEntity,
  NotificationEntity,
  OutboxEntity,
  RoutingRuleEntity,
  UserEntity,
  UserSessionEntity,
];

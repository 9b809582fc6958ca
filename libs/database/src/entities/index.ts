import { AgencyEntity } from './agency.entity';
import { AreaEntity } from './area.entity';
import { CaseEventEntity } from './case-event.entity';
import { CaseEntity } from './case.entity';
import { CategoryEntity } from './category.entity';
import { NotificationEntity } from './notification.entity';
import { OutboxEntity } from './outbox.entity';
import { RoutingRuleEntity } from './routing-rule.entity';
import { UserEntity } from './user.entity';

export { AgencyEntity, AreaEntity, CaseEventEntity, CaseEntity, CategoryEntity, NotificationEntity, OutboxEntity, RoutingRuleEntity, UserEntity };

export const ENTITIES = [
  AgencyEntity,
  AreaEntity,
  CaseEventEntity,
  CaseEntity,
  CategoryEntity,
  NotificationEntity,
  OutboxEntity,
  RoutingRuleEntity,
  UserEntity,
];

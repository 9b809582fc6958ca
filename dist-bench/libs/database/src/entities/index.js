"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENTITIES = exports.UserEntity = exports.RoutingRuleEntity = exports.OutboxEntity = exports.NotificationEntity = exports.CategoryEntity = exports.CaseEntity = exports.CaseEventEntity = exports.AreaEntity = exports.AgencyEntity = exports.DeadlineRuleEntity = exports.CaseDeadlineEntity = exports.CalendarDayEntity = void 0;
const agency_entity_1 = require("./agency.entity");
Object.defineProperty(exports, "AgencyEntity", { enumerable: true, get: function () { return agency_entity_1.AgencyEntity; } });
const area_entity_1 = require("./area.entity");
Object.defineProperty(exports, "AreaEntity", { enumerable: true, get: function () { return area_entity_1.AreaEntity; } });
const case_event_entity_1 = require("./case-event.entity");
Object.defineProperty(exports, "CaseEventEntity", { enumerable: true, get: function () { return case_event_entity_1.CaseEventEntity; } });
const case_entity_1 = require("./case.entity");
Object.defineProperty(exports, "CaseEntity", { enumerable: true, get: function () { return case_entity_1.CaseEntity; } });
const category_entity_1 = require("./category.entity");
Object.defineProperty(exports, "CategoryEntity", { enumerable: true, get: function () { return category_entity_1.CategoryEntity; } });
const deadline_entities_1 = require("./deadline.entities");
Object.defineProperty(exports, "CalendarDayEntity", { enumerable: true, get: function () { return deadline_entities_1.CalendarDayEntity; } });
Object.defineProperty(exports, "CaseDeadlineEntity", { enumerable: true, get: function () { return deadline_entities_1.CaseDeadlineEntity; } });
Object.defineProperty(exports, "DeadlineRuleEntity", { enumerable: true, get: function () { return deadline_entities_1.DeadlineRuleEntity; } });
const notification_entity_1 = require("./notification.entity");
Object.defineProperty(exports, "NotificationEntity", { enumerable: true, get: function () { return notification_entity_1.NotificationEntity; } });
const outbox_entity_1 = require("./outbox.entity");
Object.defineProperty(exports, "OutboxEntity", { enumerable: true, get: function () { return outbox_entity_1.OutboxEntity; } });
const routing_rule_entity_1 = require("./routing-rule.entity");
Object.defineProperty(exports, "RoutingRuleEntity", { enumerable: true, get: function () { return routing_rule_entity_1.RoutingRuleEntity; } });
const user_entity_1 = require("./user.entity");
Object.defineProperty(exports, "UserEntity", { enumerable: true, get: function () { return user_entity_1.UserEntity; } });
exports.ENTITIES = [
    deadline_entities_1.CalendarDayEntity,
    deadline_entities_1.CaseDeadlineEntity,
    deadline_entities_1.DeadlineRuleEntity,
    agency_entity_1.AgencyEntity,
    area_entity_1.AreaEntity,
    case_event_entity_1.CaseEventEntity,
    case_entity_1.CaseEntity,
    category_entity_1.CategoryEntity,
    notification_entity_1.NotificationEntity,
    outbox_entity_1.OutboxEntity,
    routing_rule_entity_1.RoutingRuleEntity,
    user_entity_1.UserEntity,
];
//# sourceMappingURL=index.js.map
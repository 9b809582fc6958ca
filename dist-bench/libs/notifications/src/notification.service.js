"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.NotificationService = void 0;
const common_1 = require("@nestjs/common");
const contracts_1 = require("@hotline/contracts");
const database_1 = require("@hotline/database");
const platform_1 = require("@hotline/platform");
let NotificationService = class NotificationService {
    /** Records a notice inside the caller's transaction and queues its sending through the outbox. */
    async queue(manager, request) {
        const rows = await manager.query(`INSERT INTO notifications (id, case_id, template, recipient, locale, params, dedupe_key, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending') ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`, [(0, database_1.newId)(), request.caseId, request.template, request.recipient, request.locale ?? 'vi', request.params, request.dedupeKey]);
        if (rows.length === 0)
            return null;
        const notificationId = rows[0].id;
        await (0, platform_1.enqueueInTransaction)(manager, { name: contracts_1.JobName.SendNotification, data: { notificationId } }, `notify.${notificationId}`);
        return notificationId;
    }
};
exports.NotificationService = NotificationService;
exports.NotificationService = NotificationService = __decorate([
    (0, common_1.Injectable)()
], NotificationService);
//# sourceMappingURL=notification.service.js.map
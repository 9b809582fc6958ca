"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.NotificationsWorkerModule = exports.NotificationsModule = void 0;
const common_1 = require("@nestjs/common");
const mail_transport_service_1 = require("./mail/mail-transport.service");
const notification_service_1 = require("./notification.service");
const send_notification_processor_1 = require("./send-notification.processor");
/** Queues notices (API and worker). */
let NotificationsModule = class NotificationsModule {
};
exports.NotificationsModule = NotificationsModule;
exports.NotificationsModule = NotificationsModule = __decorate([
    (0, common_1.Module)({ providers: [notification_service_1.NotificationService], exports: [notification_service_1.NotificationService] })
], NotificationsModule);
/** Sends them (worker only). */
let NotificationsWorkerModule = class NotificationsWorkerModule {
};
exports.NotificationsWorkerModule = NotificationsWorkerModule;
exports.NotificationsWorkerModule = NotificationsWorkerModule = __decorate([
    (0, common_1.Module)({ providers: [mail_transport_service_1.MailTransportService, send_notification_processor_1.SendNotificationProcessor] })
], NotificationsWorkerModule);
//# sourceMappingURL=notifications.module.js.map
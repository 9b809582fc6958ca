"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var SendNotificationProcessor_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.SendNotificationProcessor = void 0;
const bullmq_1 = require("@nestjs/bullmq");
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const contracts_1 = require("@hotline/contracts");
const database_1 = require("@hotline/database");
const mail_transport_service_1 = require("./mail/mail-transport.service");
const catalogue_1 = require("./templates/catalogue");
/** Sends one notification. A notice already marked sent is skipped, so a redelivered job sends nothing twice. */
let SendNotificationProcessor = SendNotificationProcessor_1 = class SendNotificationProcessor extends bullmq_1.WorkerHost {
    dataSource;
    mail;
    logger = new common_1.Logger(SendNotificationProcessor_1.name);
    constructor(dataSource, mail) {
        super();
        this.dataSource = dataSource;
        this.mail = mail;
    }
    async process(job) {
        const repo = this.dataSource.getRepository(database_1.NotificationEntity);
        const notification = await repo.findOneBy({ id: job.data.notificationId });
        if (!notification || notification.status === 'sent')
            return;
        const { subject, text } = (0, catalogue_1.renderMail)(notification.template, notification.params);
        try {
            await this.mail.send({ to: notification.recipient, subject, text, headers: { 'X-Hotline-Notification': notification.id } });
        }
        catch (err) {
            await repo.update({ id: notification.id }, { attempts: () => 'attempts + 1', lastError: err.message.slice(0, 500) });
            throw err;
        }
        await repo.update({ id: notification.id }, { status: 'sent', sentAt: new Date(), attempts: () => 'attempts + 1', lastError: null });
        this.logger.log({ notificationId: notification.id, template: notification.template }, 'notification sent');
    }
};
exports.SendNotificationProcessor = SendNotificationProcessor;
exports.SendNotificationProcessor = SendNotificationProcessor = SendNotificationProcessor_1 = __decorate([
    (0, bullmq_1.Processor)(contracts_1.QueueName.Notifications, { concurrency: 8 }),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        mail_transport_service_1.MailTransportService])
], SendNotificationProcessor);
//# sourceMappingURL=send-notification.processor.js.map
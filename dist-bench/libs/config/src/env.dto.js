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
Object.defineProperty(exports, "__esModule", { value: true });
exports.EnvDto = void 0;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const toInt = ({ value }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }) => value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
/** Every environment variable the platform reads, with its rule. Defaults live in `loadConfig`. */
class EnvDto {
    NODE_ENV;
    PORT;
    HOST;
    DATABASE_URL;
    REDIS_URL;
    QUEUE_PREFIX;
    JWT_SECRET;
    JWT_TTL_SECONDS;
    SMTP_URL;
    MAIL_FROM;
    SECRETARIAT_EMAIL;
    TRACKING_PREFIX;
    PUBLIC_BASE_URL;
    LOG_LEVEL;
    BODY_LIMIT_BYTES;
    RUN_MIGRATIONS;
    WORKER_CONCURRENCY;
    SHUTDOWN_TIMEOUT_MS;
}
exports.EnvDto = EnvDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(['development', 'production', 'test']),
    __metadata("design:type", String)
], EnvDto.prototype, "NODE_ENV", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(65535),
    __metadata("design:type", Number)
], EnvDto.prototype, "PORT", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    __metadata("design:type", String)
], EnvDto.prototype, "HOST", void 0);
__decorate([
    (0, class_validator_1.Matches)(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' }),
    __metadata("design:type", String)
], EnvDto.prototype, "DATABASE_URL", void 0);
__decorate([
    (0, class_validator_1.Matches)(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' }),
    __metadata("design:type", String)
], EnvDto.prototype, "REDIS_URL", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^[a-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 of a-z, 0-9, _ or -' }),
    __metadata("design:type", String)
], EnvDto.prototype, "QUEUE_PREFIX", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((env) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(32, { message: 'JWT_SECRET must be at least 32 characters (required in production)' }),
    __metadata("design:type", String)
], EnvDto.prototype, "JWT_SECRET", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(60),
    (0, class_validator_1.Max)(7 * 24 * 3600),
    __metadata("design:type", Number)
], EnvDto.prototype, "JWT_TTL_SECONDS", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' }),
    __metadata("design:type", String)
], EnvDto.prototype, "SMTP_URL", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(3),
    __metadata("design:type", String)
], EnvDto.prototype, "MAIL_FROM", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEmail)(),
    __metadata("design:type", String)
], EnvDto.prototype, "SECRETARIAT_EMAIL", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^[A-Z]{2,4}$/, { message: 'TRACKING_PREFIX must be 2-4 capital letters' }),
    __metadata("design:type", String)
], EnvDto.prototype, "TRACKING_PREFIX", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsUrl)({ require_tld: false, require_protocol: true }),
    __metadata("design:type", String)
], EnvDto.prototype, "PUBLIC_BASE_URL", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    __metadata("design:type", String)
], EnvDto.prototype, "LOG_LEVEL", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1024),
    (0, class_validator_1.Max)(50 * 1024 * 1024),
    __metadata("design:type", Number)
], EnvDto.prototype, "BODY_LIMIT_BYTES", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toBool),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], EnvDto.prototype, "RUN_MIGRATIONS", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(64),
    __metadata("design:type", Number)
], EnvDto.prototype, "WORKER_CONCURRENCY", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_transformer_1.Transform)(toInt),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1000),
    (0, class_validator_1.Max)(120000),
    __metadata("design:type", Number)
], EnvDto.prototype, "SHUTDOWN_TIMEOUT_MS", void 0);
//# sourceMappingURL=env.dto.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppConfig = exports.ConfigError = void 0;
exports.loadConfig = loadConfig;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const env_dto_1 = require("./env.dto");
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}`);
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;
/** The one typed configuration every process reads. Built once at boot by `loadConfig`. */
class AppConfig {
    env;
    http;
    database;
    redis;
    auth;
    mail;
    cases;
    worker;
    logLevel;
}
exports.AppConfig = AppConfig;
const DEV_JWT_SECRET = 'hotline-development-secret-change-me-in-production';
function loadConfig(source = process.env) {
    const raw = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
    const env = (0, class_transformer_1.plainToInstance)(env_dto_1.EnvDto, raw, { enableImplicitConversion: false });
    const errors = (0, class_validator_1.validateSync)(env, { whitelist: false });
    if (errors.length > 0) {
        throw new ConfigError(errors.map((e) => ({
            variable: e.property,
            message: e.constraints ? Object.values(e.constraints).join('; ') : 'is invalid',
        })));
    }
    return Object.freeze({
        env: env.NODE_ENV ?? 'development',
        http: {
            host: env.HOST ?? '127.0.0.1',
            port: env.PORT ?? 3000,
            bodyLimitBytes: env.BODY_LIMIT_BYTES ?? 256 * 1024,
            publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`).replace(/\/$/, ''),
        },
        database: { url: env.DATABASE_URL, runMigrations: env.RUN_MIGRATIONS ?? true },
        redis: { url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX ?? 'hotline' },
        auth: { jwtSecret: env.JWT_SECRET ?? DEV_JWT_SECRET, jwtTtlSeconds: env.JWT_TTL_SECONDS ?? 8 * 3600 },
        mail: {
            smtpUrl: env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
            from: env.MAIL_FROM ?? 'Đường dây nóng HĐND <hotline@hdnd.example.vn>',
            secretariatEmail: env.SECRETARIAT_EMAIL ?? 'vanphong@hdnd.example.vn',
        },
        cases: { trackingPrefix: env.TRACKING_PREFIX ?? 'HN' },
        worker: { concurrency: env.WORKER_CONCURRENCY ?? 8, shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS ?? 10000 },
        logLevel: env.LOG_LEVEL ?? 'info',
    });
}
//# sourceMappingURL=app-config.js.map
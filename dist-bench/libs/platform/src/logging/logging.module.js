"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LoggingModule = exports.REDACTED_PATHS = void 0;
const common_1 = require("@nestjs/common");
const nestjs_pino_1 = require("nestjs-pino");
const config_1 = require("@hotline/config");
/** Paths that may carry personal data or secrets; pino replaces their values. */
exports.REDACTED_PATHS = [
    'req.headers.authorization',
    'req.headers.cookie',
    'password',
    'accessKey',
    'citizen',
    'citizenName',
    'citizenPhone',
    'citizenEmail',
    'recipient',
    'email',
    'phone',
];
/** Structured JSON logs (pino), one line per event, with personal fields redacted. */
let LoggingModule = class LoggingModule {
};
exports.LoggingModule = LoggingModule;
exports.LoggingModule = LoggingModule = __decorate([
    (0, common_1.Module)({
        imports: [
            nestjs_pino_1.LoggerModule.forRootAsync({
                inject: [config_1.AppConfig],
                useFactory: (config) => ({
                    pinoHttp: {
                        level: config.logLevel,
                        redact: { paths: exports.REDACTED_PATHS, censor: '[redacted]' },
                        // Request lines come from registerRequestLogging (route templates only), not from pino-http.
                        autoLogging: false,
                        serializers: { req: () => undefined, res: () => undefined },
                    },
                }),
            }),
        ],
        exports: [nestjs_pino_1.LoggerModule],
    })
], LoggingModule);
//# sourceMappingURL=logging.module.js.map
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '@hotline/config';

/** Paths that may carry personal data or secrets; pino replaces their values. */
export const REDACTED_PATHS = [
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
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
          // Request lines come from registerRequestLogging (route templates only), not from pino-http.
          autoLogging: false,
          serializers: { req: () => undefined, res: () => undefined },
        },
      }),
    }),
  ],
  exports: [LoggerModule],
})
export class LoggingModule {}

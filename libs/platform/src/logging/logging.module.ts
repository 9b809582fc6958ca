import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { AppConfig } from '@hotline/config';

/** Fields that carry a citizen's personal data (contact, identity, free text), redacted at the top level and one level down. */
const PERSONAL_FIELDS = [
  'citizen',
  'citizenName',
  'citizenPhone',
  'citizenEmail',
  'identity',
  'recipient',
  'email',
  'phone',
  'fullName',
  'address',
  'nationalId',
  'description',
  'note',
  'comment',
  'body',
  'params',
];

/** Paths that may carry personal data or secrets; pino replaces their values. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'password',
  'accessKey',
  ...PERSONAL_FIELDS,
  ...PERSONAL_FIELDS.map((field) => `*.${field}`),
  // A failed query carries its bound values (a citizen's name, phone...) and the driver's "Key (x)=(value)" detail.
  'err.parameters',
  'err.detail',
  'err.driverError',
  // A refused mail names its recipients.
  'err.rejected',
  'err.accepted',
  'err.envelope',
];

/** Structured JSON logs (pino), one line per event, with personal fields redacted. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Asynchronous stdout: lines written while a write is under way go out together in the next one, so a busy
        // API makes a few write calls instead of one per line. pino flushes what is left when the process exits
        // (not on SIGKILL: at most the last few milliseconds of lines are lost then).
        pinoHttp: [
          {
            level: config.logLevel,
            redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
            // Request lines come from registerRequestLogging (route templates only), not from pino-http.
            autoLogging: false,
            serializers: { req: () => undefined, res: () => undefined },
          },
          pino.destination({ dest: 1, sync: false }),
        ],
      }),
    }),
  ],
  exports: [LoggerModule],
})
export class LoggingModule {}

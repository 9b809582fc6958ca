import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from '@hotline/contracts';
import { FieldProblem } from './domain-errors';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    // The code is the one a constraint declares in its context (the date validators), else the constraint's name.
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({ field, message, code: codeOf(e, constraint) }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

function codeOf(error: ValidationError, constraint: string): string {
  const declared = (error.contexts?.[constraint] as { code?: unknown } | undefined)?.code;
  return typeof declared === 'string' ? declared : constraint;
}

/** Keys that class-transformer skips silently, so the whitelist never sees them; refused before validation. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first field that cannot be accepted whatever its DTO says: a reserved key, or a string holding U+0000, which
 * PostgreSQL cannot store in text (the INSERT would fail after validation, as a 500).
 */
function unacceptable(value: unknown, parent = '', depth = 0): { field: string; message: string } | undefined {
  if (typeof value === 'string')
    return value.includes('\u0000')
      ? { field: parent || 'body', message: `${parent || 'body'} must not contain the NUL character (U+0000)` }
      : undefined;
  if (value === null || typeof value !== 'object' || depth > 8) return undefined;
  for (const key of Object.keys(value)) {
    const field = Array.isArray(value) ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
    if (RESERVED_KEYS.has(key) || key.includes('\u0000')) return { field, message: `property ${field} should not exist` };
    const nested = unacceptable((value as Record<string, unknown>)[key], field, depth + 1);
    if (nested) return nested;
  }
  return undefined;
}

class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problem = unacceptable(value);
      if (problem) throw new BadRequestException({ message: problem.message, details: [problem], code: ErrorCode.ForbiddenCharacter });
    }
    return super.transform(value, metadata);
  }
}

/** Validates every body and query at the edge; unknown fields are refused and named. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new BadRequestException({
        message: details.map((d) => d.message).join('; ') || 'Invalid input',
        details,
        code: ErrorCode.ValidationFailed,
      });
    },
  });
}

import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem } from './domain-errors';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Keys that class-transformer skips silently, so the whitelist never sees them; refused before validation. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function reservedKey(value: unknown, parent = '', depth = 0): string | undefined {
  if (value === null || typeof value !== 'object' || depth > 8) return undefined;
  for (const key of Object.keys(value)) {
    const field = Array.isArray(value) ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
    if (RESERVED_KEYS.has(key)) return field;
    const nested = reservedKey((value as Record<string, unknown>)[key], field, depth + 1);
    if (nested) return nested;
  }
  return undefined;
}

class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const field = reservedKey(value);
      if (field) {
        const message = `property ${field} should not exist`;
        throw new BadRequestException({ message, details: [{ field, message }] });
      }
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
      return new BadRequestException({ message: details.map((d) => d.message).join('; ') || 'Invalid input', details });
    },
  });
}

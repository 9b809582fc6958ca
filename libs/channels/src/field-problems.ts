import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '@hotline/platform';

/** class-validator's errors as {field, message}, nested fields dotted. */
export function flattenValidation(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    return [...Object.values(e.constraints ?? {}).map((message) => ({ field, message })), ...flattenValidation(e.children ?? [], field)];
  });
}

import { ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputError } from '@hotline/platform';

/** A path id that must be a UUID: anything else is a 400 naming the parameter. */
export const uuidParam = (field: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError(field, `${field} must be a UUID`) });

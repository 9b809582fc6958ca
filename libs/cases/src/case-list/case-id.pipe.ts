import { ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputError } from '@hotline/platform';

/** A case id in the path: anything but a UUID is a 400 naming the field. */
export const caseIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'id must be a case id (UUID)') });

import { ParseUUIDPipe } from '@nestjs/common';
import { Role } from '@hotline/contracts';
import { InvalidInputError } from '@hotline/platform';

/** Who edits council data (the secretariat and administrators) and who reads it (also council members). */
export const COUNCIL_EDITORS = [Role.Secretariat, Role.Admin];
export const COUNCIL_READERS = [Role.Secretariat, Role.Admin, Role.CouncilMember];

/** A path id that must be a UUID: anything else is a 400 naming the parameter. */
export const uuidParam = (field: string) => new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError(field, `${field} must be a UUID`) });

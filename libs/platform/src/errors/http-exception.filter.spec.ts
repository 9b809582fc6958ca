import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ErrorCode } from '@hotline/contracts';
import { ConflictError, InvalidInputError, InvalidTransitionError, NotFoundError, TooManyRequestsError } from './domain-errors';
import { toErrorBody } from './http-exception.filter';
import { createValidationPipe } from './validation.pipe';

describe('toErrorBody', () => {
  it('gives a domain error its own code when it has one, its status code otherwise', () => {
    expect(toErrorBody(new InvalidInputError('from', 'bad date', ErrorCode.ValidationFailed))).toMatchObject({
      statusCode: 400,
      code: 'validation_failed',
      details: [{ field: 'from', message: 'bad date' }],
    });
    expect(toErrorBody(new NotFoundError('no such case')).code).toBe('not_found');
    expect(toErrorBody(new ConflictError('taken')).code).toBe('conflict');
    expect(toErrorBody(new InvalidTransitionError('not now')).code).toBe('invalid_transition');
    expect(toErrorBody(new TooManyRequestsError('slow down', 3)).code).toBe('too_many_requests');
  });

  it('gives framework and unknown errors the code of their status', () => {
    expect(toErrorBody(new NotFoundException()).code).toBe('not_found');
    expect(toErrorBody(new BadRequestException({ message: 'x', code: ErrorCode.ForbiddenCharacter })).code).toBe('forbidden_character');
    expect(toErrorBody(Object.assign(new Error('bad json'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY' })).code).toBe('invalid_json');
    expect(toErrorBody(new Error('boom'))).toMatchObject({ statusCode: 500, code: 'internal_error' });
  });

  it('marks a DTO validation failure validation_failed, naming the field', async () => {
    class Dto {}
    const pipe = createValidationPipe();
    const failure = await pipe.transform({ surprise: 1 }, { type: 'body', metatype: Dto }).catch((e: unknown) => e);
    expect(toErrorBody(failure)).toMatchObject({ statusCode: 400, code: 'validation_failed', details: [{ field: 'surprise' }] });
  });
});

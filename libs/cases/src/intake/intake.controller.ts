import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Body, Controller, Headers, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RateLimit, RateLimitBucket } from '@hotline/auth';
import { Actor, CaseChannel } from '@hotline/contracts';
import { CurrentActor, InvalidInputError, Policy } from '@hotline/platform';
import { CaseEntity } from '@hotline/database';
import { DuplicateFinderService, probeOf } from '../duplicates/duplicate-finder.service';
import { CaseReceiptDto, CreateCaseDto, CreateHotlineCaseDto, OperatorCaseReceiptDto } from './dto/create-case.dto';
import { IntakeService } from './intake.service';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

function idempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header))
    throw new InvalidInputError('Idempotency-Key', 'Idempotency-Key must be 8-100 of A-Z, a-z, 0-9, _ or -');
  return header;
}

const idempotencyHeader = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'A retry with the same key returns the case created by the first attempt (200) instead of a new one',
});

@ApiTags('intake')
@Controller('api/v1')
export class IntakeController {
  constructor(
    private readonly intake: IntakeService,
    private readonly duplicates: DuplicateFinderService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Post('cases')
  @Policy('create', 'Case')
  @RateLimit(RateLimitBucket.Intake)
  @ApiTooManyRequestsResponse({ description: 'Too many submissions from this address (Retry-After)' })
  @idempotencyHeader
  @ApiCreatedResponse({ type: CaseReceiptDto })
  @ApiOkResponse({ type: CaseReceiptDto, description: 'Replay of an earlier submission with the same Idempotency-Key' })
  async submit(
    @Body() body: CreateCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseReceiptDto> {
    const { receipt, created } = await this.intake.submit(body, {
      channel: CaseChannel.Web,
      actor: { type: 'citizen' },
      idempotencyKey: idempotencyKey(key),
    });
    void reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return receipt;
  }

  @Post('hotline/cases')
  @Policy('intake', 'Case')
  @idempotencyHeader
  @ApiCreatedResponse({ type: OperatorCaseReceiptDto })
  async submitByOperator(
    @Body() body: CreateHotlineCaseDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OperatorCaseReceiptDto> {
    const { channel, priority, ...dto } = body;
    const { receipt, created } = await this.intake.submit(dto, {
      channel: channel ?? CaseChannel.Hotline,
      priority,
      actor,
      idempotencyKey: idempotencyKey(key),
    });
    void reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    // The operator is still on the phone: tell them now if the caller's matter is already open.
    const kase = await this.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: receipt.id });
    return { ...receipt, possibleDuplicates: await this.duplicates.find(probeOf(kase)) };
  }
}

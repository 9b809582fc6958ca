import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, localDateOf } from '@hotline/contracts';
import { CurrentActor, InvalidInputError, Policy } from '@hotline/platform';
import { ReceptionQueryDto, ReceptionViewDto, RecordReceptionDto, RegisterQueryDto } from './dto/reception.dto';
import { receptionRegisterPdf, receptionRegisterXlsx } from './reception-register';
import { ReceptionService } from './reception.service';

const uuid = (field: string) => new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError(field, `${field} must be a UUID`) });
/** The last Hà Nội day an exclusive `to` bound covers. */
const lastDayBefore = (to: Date) => localDateOf(new Date(to.getTime() - 1));

@ApiTags('walk-in reception')
@Controller('api/v1/receptions')
export class ReceptionController {
  constructor(private readonly receptions: ReceptionService) {}

  @Post()
  @Policy('create', 'Reception')
  @ApiCreatedResponse({
    type: ReceptionViewDto,
    description: '422 reception_identity_required / reception_outcome_incomplete naming the field',
  })
  record(@Body() body: RecordReceptionDto, @CurrentActor() actor: Actor): Promise<ReceptionViewDto> {
    return this.receptions.record(body, actor);
  }

  @Get()
  @Policy('read', 'Reception')
  @ApiOkResponse({ type: [ReceptionViewDto] })
  list(@Query() query: ReceptionQueryDto, @CurrentActor() actor: Actor): Promise<ReceptionViewDto[]> {
    return this.receptions.list(query, actor);
  }

  @Get('register')
  @Policy('export', 'Reception')
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The register (sổ tiếp công dân) of the period, as PDF or XLSX' })
  async register(
    @Query() query: RegisterQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const rows = await this.receptions.list(query, actor);
    const period = { from: query.from ? localDateOf(query.from) : undefined, to: query.to ? lastDayBefore(query.to) : undefined };
    const file = `so-tiep-cong-dan${period.from ? `-${period.from}` : ''}${period.to ? `-${period.to}` : ''}`;
    if (query.format === 'xlsx') {
      void reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${file}.xlsx"`);
      return receptionRegisterXlsx(rows, period);
    }
    void reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${file}.pdf"`);
    return receptionRegisterPdf(rows, period);
  }

  @Get(':id')
  @Policy('read', 'Reception')
  @ApiOkResponse({ type: ReceptionViewDto })
  get(@Param('id', uuid('id')) id: string, @CurrentActor() actor: Actor): Promise<ReceptionViewDto> {
    return this.receptions.get(id, actor);
  }
}

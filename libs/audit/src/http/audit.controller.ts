import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InvalidInputError, Policy } from '@hotline/platform';
import { AuditService } from '../audit.service';
import { AuditPageDto, AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('api/v1/admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Policy('read', 'AuditLog')
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    if (query.from && query.to && query.from >= query.to) throw new InvalidInputError('to', 'to must be after from');
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const { items, total } = await this.audit.find({
      actorUserId: query.actor,
      action: query.action,
      targetType: query.targetType,
      targetId: query.targetId,
      email: query.email,
      from: query.from,
      to: query.to,
      page,
      pageSize,
    });
    return { items, total, page, pageSize };
  }
}

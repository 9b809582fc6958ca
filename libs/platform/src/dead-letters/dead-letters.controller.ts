import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role } from '@hotline/contracts';
import { StaffOnly } from '../access/access.decorators';
import { DeadLetter, DeadLetterDetail, DeadLettersService } from './dead-letters.service';

@ApiTags('admin')
@Controller('api/v1/admin/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Get()
  @StaffOnly(Role.Admin)
  list(): Promise<DeadLetter[]> {
    return this.deadLetters.list();
  }

  @Get(':queue/:id')
  @StaffOnly(Role.Admin)
  inspect(@Param('queue') queue: string, @Param('id') id: string): Promise<DeadLetterDetail> {
    return this.deadLetters.inspect(queue, id);
  }

  @Post(':queue/:id/redrive')
  @StaffOnly(Role.Admin)
  @HttpCode(200)
  redrive(@Param('queue') queue: string, @Param('id') id: string): Promise<DeadLetter> {
    return this.deadLetters.redrive(queue, id);
  }
}

import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Policy } from '../access/access.decorators';
import { DeadLetter, DeadLetterDetail, DeadLettersService } from './dead-letters.service';

@ApiTags('admin')
@Controller('api/v1/admin/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Get()
  @Policy('read', 'DeadLetter')
  list(): Promise<DeadLetter[]> {
    return this.deadLetters.list();
  }

  @Get(':queue/:id')
  @Policy('read', 'DeadLetter')
  inspect(@Param('queue') queue: string, @Param('id') id: string): Promise<DeadLetterDetail> {
    return this.deadLetters.inspect(queue, id);
  }

  @Post(':queue/:id/redrive')
  @Policy('update', 'DeadLetter')
  @HttpCode(200)
  redrive(@Param('queue') queue: string, @Param('id') id: string): Promise<DeadLetter> {
    return this.deadLetters.redrive(queue, id);
  }
}

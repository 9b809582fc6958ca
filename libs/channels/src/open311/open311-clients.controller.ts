import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@hotline/contracts';
import { CurrentActor, InvalidInputError, Policy } from '@hotline/platform';
import { Open311ClientsService } from './open311-clients.service';
import { Open311ClientDto, RegisteredOpen311ClientDto, RegisterOpen311ClientDto } from './dto/open311-client.dto';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'id must be a client id (UUID)') });

@ApiTags('admin')
@Controller('api/v1/admin/open311-clients')
export class Open311ClientsController {
  constructor(private readonly clients: Open311ClientsService) {}

  @Post()
  @Policy('create', 'Open311Client')
  @ApiCreatedResponse({ type: RegisteredOpen311ClientDto })
  register(@Body() body: RegisterOpen311ClientDto, @CurrentActor() actor: Actor): Promise<RegisteredOpen311ClientDto> {
    return this.clients.register(body.name, actor.type === 'staff' ? actor.userId : null);
  }

  @Get()
  @Policy('read', 'Open311Client')
  @ApiOkResponse({ type: [Open311ClientDto] })
  list(): Promise<Open311ClientDto[]> {
    return this.clients.list();
  }

  @Delete(':id')
  @Policy('delete', 'Open311Client')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The client’s api_key no longer works' })
  revoke(@Param('id', uuid) id: string): Promise<void> {
    return this.clients.revoke(id);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '@hotline/contracts';
import { ClientIp, CurrentActor, Policy } from '@hotline/platform';
import {
  CreatedUserDto,
  CreateUserDto,
  PasswordResetDto,
  SessionsEndedDto,
  UpdateUserDto,
  UserDto,
  UserListDto,
  UserListQueryDto,
} from './users.dto';
import { UsersService } from './users.service';

@ApiTags('admin')
@Controller('api/v1/admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Policy('read', 'User')
  @ApiOkResponse({ type: UserListDto })
  list(@Query() query: UserListQueryDto): Promise<UserListDto> {
    return this.users.list(query);
  }

  @Post()
  @Policy('create', 'User')
  @ApiCreatedResponse({ type: CreatedUserDto })
  create(@Body() body: CreateUserDto, @CurrentActor() actor: StaffActor, @ClientIp() ip: string | null): Promise<CreatedUserDto> {
    return this.users.create(body, actor, ip);
  }

  @Patch(':id')
  @Policy('update', 'User')
  @ApiOkResponse({ type: UserDto })
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateUserDto,
    @CurrentActor() actor: StaffActor,
    @ClientIp() ip: string | null,
  ): Promise<UserDto> {
    return this.users.update(id, body, actor, ip);
  }

  @Post(':id/reset-password')
  @Policy('update', 'User')
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordResetDto })
  resetPassword(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentActor() actor: StaffActor,
    @ClientIp() ip: string | null,
  ): Promise<PasswordResetDto> {
    return this.users.resetPassword(id, actor, ip);
  }

  @Post(':id/reset-totp')
  @Policy('update', 'User')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionsEndedDto })
  resetTotp(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentActor() actor: StaffActor,
    @ClientIp() ip: string | null,
  ): Promise<SessionsEndedDto> {
    return this.users.resetSecondFactor(id, actor, ip);
  }

  @Post(':id/revoke-sessions')
  @Policy('update', 'User')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionsEndedDto })
  revokeSessions(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentActor() actor: StaffActor,
    @ClientIp() ip: string | null,
  ): Promise<SessionsEndedDto> {
    return this.users.revokeSessions(id, actor, ip);
  }
}

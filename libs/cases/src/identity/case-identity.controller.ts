import { Body, Controller, Delete, Get, HttpCode, Ip, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@hotline/contracts';
import { CurrentActor, InvalidInputError, Policy } from '@hotline/platform';
import { CaseIdentityService } from './case-identity.service';
import { GrantIdentityAccessDto, IdentityGrantDto, IdentityGrantListDto, ProtectedIdentityDto } from './dto/identity.dto';

const caseId = new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'id must be a case id (UUID)') });
const grantId = new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('grantId', 'grantId must be a grant id (UUID)') });
type StaffActor = Extract<Actor, { type: 'staff' }>;

/** A denunciation author's identity: the secretariat's grants, and the audited reveal. */
@ApiTags('cases (staff)')
@Controller('api/v1/cases/:id')
export class CaseIdentityController {
  constructor(private readonly identities: CaseIdentityService) {}

  @Get('identity')
  @Policy('read', 'CaseIdentity')
  @ApiOkResponse({
    type: ProtectedIdentityDto,
    description: 'Secretariat, admins, or the officer a live grant names; every call is audited',
  })
  @ApiForbiddenResponse({ description: 'No live grant for this officer' })
  reveal(@Param('id', caseId) id: string, @CurrentActor() actor: Actor, @Ip() ip: string): Promise<ProtectedIdentityDto> {
    return this.identities.reveal(id, actor as StaffActor, ip);
  }

  @Get('identity-grants')
  @Policy('read', 'IdentityGrant')
  @ApiOkResponse({ type: IdentityGrantListDto })
  async grants(@Param('id', caseId) id: string): Promise<IdentityGrantListDto> {
    return { items: await this.identities.grants(id) };
  }

  @Post('identity-grants')
  @Policy('create', 'IdentityGrant')
  @ApiCreatedResponse({ type: IdentityGrantDto })
  grant(
    @Param('id', caseId) id: string,
    @Body() body: GrantIdentityAccessDto,
    @CurrentActor() actor: Actor,
    @Ip() ip: string,
  ): Promise<IdentityGrantDto> {
    return this.identities.grant(id, actor as StaffActor, body, ip);
  }

  @Delete('identity-grants/:grantId')
  @Policy('delete', 'IdentityGrant')
  @HttpCode(200)
  @ApiOkResponse({ type: IdentityGrantDto, description: 'The grant, now revoked' })
  revoke(
    @Param('id', caseId) id: string,
    @Param('grantId', grantId) grant: string,
    @CurrentActor() actor: Actor,
    @Ip() ip: string,
  ): Promise<IdentityGrantDto> {
    return this.identities.revoke(id, grant, actor as StaffActor, ip);
  }
}

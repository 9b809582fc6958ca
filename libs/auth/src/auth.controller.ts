import {
  Body,
  Controller,
  createParamDecorator,
  Delete,
  ExecutionContext,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@hotline/config';
import { ClientIp, JsonBodyOnly, NoStore, Policy } from '@hotline/platform';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, LoginResultDto, MeDto, SessionInfoDto, TotpCodeDto, TotpSetupDto } from './dto/login.dto';
import { ResolvedSession, SESSION_COOKIE, SessionService } from './sessions/session.service';

/** The session of the request (set by the access guard on routes that need one). */
export const CurrentSession = createParamDecorator((_: unknown, ctx: ExecutionContext): ResolvedSession => {
  const session = ctx.switchToHttp().getRequest<{ session?: ResolvedSession }>().session;
  if (!session) throw new Error('CurrentSession on a route without a signed-in policy');
  return session;
});

/**
 * Open to a session that still waits for its second factor or a new password. TOTP set-up is open before the password
 * change too: a user who must do both (a role that requires TOTP, given a temporary password) enrols first, then
 * chooses the password (which needs the second factor done).
 */
const ANY_SESSION = { beforeSecondFactor: true, beforePasswordChange: true } as const;

@ApiTags('auth')
@Controller('api/v1/auth')
@NoStore()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Policy('login', 'Session')
  @JsonBodyOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResultDto, description: 'Also sets the httpOnly session cookie for the web UI' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this account or address: locked for a while (Retry-After)' })
  async login(
    @Body() body: LoginDto,
    @ClientIp() ip: string | null,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResultDto> {
    const result = await this.auth.login(body.email, body.password, body.totp, { ip, userAgent: userAgent ?? null });
    reply.setCookie(SESSION_COOKIE, result.accessToken, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.auth.cookieSecure,
      maxAge: this.config.auth.sessionTtlSeconds,
    });
    return result;
  }

  @Get('me')
  @Policy('use', 'Session', ANY_SESSION)
  @ApiOkResponse({ type: MeDto })
  me(@CurrentSession() session: ResolvedSession): Promise<MeDto> {
    return this.auth.me(session);
  }

  @Post('logout')
  @Policy('use', 'Session', ANY_SESSION)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session ended; the cookie is cleared' })
  async logout(
    @CurrentSession() session: ResolvedSession,
    @ClientIp() ip: string | null,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(session, ip);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('sessions')
  @Policy('use', 'Session')
  @ApiOkResponse({ type: [SessionInfoDto] })
  async listSessions(@CurrentSession() session: ResolvedSession): Promise<SessionInfoDto[]> {
    return (await this.sessions.list(session.actor.userId)).map((s) => ({ ...s, current: s.id === session.id }));
  }

  @Delete('sessions/:id')
  @Policy('use', 'Session')
  @HttpCode(204)
  revokeSession(
    @CurrentSession() session: ResolvedSession,
    @Param('id', new ParseUUIDPipe()) id: string,
    @ClientIp() ip: string | null,
  ): Promise<void> {
    return this.auth.revokeOwnSession(session, id, ip);
  }

  @Post('password')
  @Policy('use', 'Session', { beforePasswordChange: true })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; every other session of the user ended' })
  changePassword(
    @CurrentSession() session: ResolvedSession,
    @Body() body: ChangePasswordDto,
    @ClientIp() ip: string | null,
  ): Promise<void> {
    return this.auth.changePassword(session, body.currentPassword, body.newPassword, ip);
  }

  @Post('totp/setup')
  @Policy('secondFactor', 'Session', ANY_SESSION)
  @HttpCode(200)
  @ApiOkResponse({ type: TotpSetupDto })
  setUpTotp(@CurrentSession() session: ResolvedSession): Promise<TotpSetupDto> {
    return this.auth.setUpTotp(session);
  }

  @Post('totp/enable')
  @Policy('secondFactor', 'Session', ANY_SESSION)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'On; every other session of the user ended' })
  enableTotp(@CurrentSession() session: ResolvedSession, @Body() body: TotpCodeDto, @ClientIp() ip: string | null): Promise<void> {
    return this.auth.enableTotp(session, body.code, ip);
  }
}

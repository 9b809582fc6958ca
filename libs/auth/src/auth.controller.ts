import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '@hotline/platform';
import { AuthService } from './auth.service';
import { LoginDto, LoginResultDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResultDto })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this account or address: locked for a while (Retry-After)' })
  login(@Body() body: LoginDto, @Ip() ip: string): Promise<LoginResultDto> {
    return this.auth.login(body.email, body.password, ip);
  }
}

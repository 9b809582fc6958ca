import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  login(@Body() body: LoginDto): Promise<LoginResultDto> {
    return this.auth.login(body.email, body.password);
  }
}

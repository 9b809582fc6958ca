import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { RateLimit, RateLimitBucket } from '@hotline/auth';
import { ClientIp, Policy } from '@hotline/platform';
import { ConfirmedContactDto, ContactCodeSentDto, ContactDto } from '../contact/dto/contact.dto';
import { TrackingViewDto } from '../tracking/dto/tracking-view.dto';
import { TrackingCodePipe } from '../tracking/tracking-code.pipe';
import { MyCasesDto, MyCasesSessionDto } from './dto/my-cases.dto';
import { MyCasesService } from './my-cases.service';

const sessionHeader = ApiHeader({ name: 'X-My-Cases-Token', required: true, description: 'The token of POST /api/v1/my-cases/sessions' });

/** "My cases": a one-time code to a phone or an email opens the list of every case that holds it. */
@ApiTags('my-cases')
@ApiTooManyRequestsResponse({ description: 'Too many codes for this contact or from this address (too_many_codes, field contact)' })
@Controller('api/v1/my-cases')
export class MyCasesController {
  constructor(private readonly myCases: MyCasesService) {}

  @Post('codes')
  @Policy('track', 'Case')
  @RateLimit(RateLimitBucket.Intake)
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ContactCodeSentDto, description: 'Sent when a case holds this contact; the answer is the same either way' })
  sendCode(@Body() body: ContactDto, @ClientIp() ip: string | null): Promise<ContactCodeSentDto> {
    return this.myCases.sendCode(body.contactKind, body.contact, ip);
  }

  @Post('sessions')
  @Policy('track', 'Case')
  @RateLimit(RateLimitBucket.Tracking)
  @ApiCreatedResponse({ type: MyCasesSessionDto })
  openSession(@Body() body: ConfirmedContactDto): Promise<MyCasesSessionDto> {
    return this.myCases.openSession(body.contactKind, body.contact, body.code);
  }

  @Get()
  @Policy('track', 'Case')
  @RateLimit(RateLimitBucket.Tracking)
  @sessionHeader
  @ApiOkResponse({ type: MyCasesDto })
  async list(@Headers('x-my-cases-token') token: string | undefined): Promise<MyCasesDto> {
    return { cases: await this.myCases.list(this.myCases.session(token)) };
  }

  @Get(':trackingCode')
  @Policy('track', 'Case')
  @RateLimit(RateLimitBucket.Tracking)
  @sessionHeader
  @ApiOkResponse({ type: TrackingViewDto })
  open(
    @Param('trackingCode', TrackingCodePipe) trackingCode: string,
    @Headers('x-my-cases-token') token: string | undefined,
  ): Promise<TrackingViewDto> {
    return this.myCases.open(this.myCases.session(token), trackingCode);
  }
}

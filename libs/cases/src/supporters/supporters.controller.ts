import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@hotline/contracts';
import { RateLimit, RateLimitBucket } from '@hotline/auth';
import { ClientIp, CurrentActor, InvalidInputError, Policy } from '@hotline/platform';
import { ContactCodeSentDto, ContactDto } from '../contact/dto/contact.dto';
import { TrackingCodePipe } from '../tracking/tracking-code.pipe';
import { AddCallerDto, SupportCaseDto, SupportResultDto, UnfollowDto, UnfollowResultDto } from './dto/supporters.dto';
import { SupportersService } from './supporters.service';

const caseId = new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError('id', 'id must be a case id (UUID)') });

/** Anyone may follow or co-sign a public case, with a contact confirmed by a one-time code. */
@ApiTags('tracking')
@Controller('api/v1')
export class SupportersController {
  constructor(private readonly supporters: SupportersService) {}

  @Post('cases/track/:trackingCode/supporter-codes')
  @Policy('track', 'Case')
  @RateLimit(RateLimitBucket.Intake)
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ContactCodeSentDto })
  sendCode(
    @Param('trackingCode', TrackingCodePipe) trackingCode: string,
    @Body() body: ContactDto,
    @ClientIp() ip: string | null,
  ): Promise<ContactCodeSentDto> {
    return this.supporters.sendCode(trackingCode, body.contactKind, body.contact, ip);
  }

  @Post('cases/track/:trackingCode/supporters')
  @Policy('track', 'Case')
  @RateLimit(RateLimitBucket.Tracking)
  @HttpCode(200)
  @ApiOkResponse({ type: SupportResultDto })
  support(@Param('trackingCode', TrackingCodePipe) trackingCode: string, @Body() body: SupportCaseDto): Promise<SupportResultDto> {
    return this.supporters.support(trackingCode, { ...body, follow: body.follow ?? false, coSign: body.coSign ?? false });
  }

  @Post('followers/unsubscribe')
  @Policy('track', 'Case')
  @RateLimit(RateLimitBucket.Tracking)
  @HttpCode(200)
  @ApiOkResponse({ type: UnfollowResultDto })
  unfollow(@Body() body: UnfollowDto): Promise<UnfollowResultDto> {
    return this.supporters.unfollow(body.token);
  }

  /** The operator's "add this caller to the existing case" (a possible duplicate), instead of a new case. */
  @Post('hotline/cases/:id/callers')
  @Policy('intake', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: SupportResultDto })
  addCaller(@Param('id', caseId) id: string, @Body() body: AddCallerDto, @CurrentActor() actor: Actor): Promise<SupportResultDto> {
    return this.supporters.addCaller(id, actor, body);
  }
}

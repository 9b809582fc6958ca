import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { RateLimit, RateLimitBucket } from '@hotline/auth';
import { Policy } from '@hotline/platform';
import { CitizenFeedbackDto } from '../workflow/dto/case-actions.dto';
import { TrackQueryDto, TrackingViewDto } from './dto/tracking-view.dto';
import { TrackingService } from './tracking.service';
import { TrackingCodePipe } from './tracking-code.pipe';

@ApiTags('tracking')
@RateLimit(RateLimitBucket.Tracking)
@ApiTooManyRequestsResponse({ description: 'Too many tracking requests from this address (Retry-After)' })
@Controller('api/v1/cases/track')
export class TrackingController {
  constructor(private readonly tracking: TrackingService) {}

  @Get(':trackingCode')
  @Policy('track', 'Case')
  @ApiOkResponse({ type: TrackingViewDto })
  track(@Param('trackingCode', TrackingCodePipe) code: string, @Query() query: TrackQueryDto): Promise<TrackingViewDto> {
    return this.tracking.track(code, query);
  }

  @Post(':trackingCode/feedback')
  @Policy('track', 'Case')
  @HttpCode(200)
  @ApiOkResponse({ type: TrackingViewDto })
  feedback(
    @Param('trackingCode', TrackingCodePipe) code: string,
    @Query() query: TrackQueryDto,
    @Body() body: CitizenFeedbackDto,
  ): Promise<TrackingViewDto> {
    return this.tracking.rate(code, { key: body.key ?? query.key, pin: query.pin }, body.satisfied, body.comment);
  }
}

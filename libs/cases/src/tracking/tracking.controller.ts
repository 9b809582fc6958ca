import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RateLimit, RateLimitBucket } from '@hotline/auth';
import { Policy } from '@hotline/platform';
import { CasePrintService } from '../printing/case-print.service';
import { CitizenFeedbackDto } from '../workflow/dto/case-actions.dto';
import { TrackQueryDto, TrackingViewDto } from './dto/tracking-view.dto';
import { TrackingService } from './tracking.service';
import { TrackingCodePipe } from './tracking-code.pipe';

@ApiTags('tracking')
@RateLimit(RateLimitBucket.Tracking)
@ApiTooManyRequestsResponse({ description: 'Too many tracking requests from this address (Retry-After)' })
@Controller('api/v1/cases/track')
export class TrackingController {
  constructor(
    private readonly tracking: TrackingService,
    private readonly printing: CasePrintService,
  ) {}

  @Get(':trackingCode')
  @Policy('track', 'Case')
  @ApiOkResponse({ type: TrackingViewDto })
  track(@Param('trackingCode', TrackingCodePipe) code: string, @Query() query: TrackQueryDto): Promise<TrackingViewDto> {
    return this.tracking.track(code, query);
  }

  @Get(':trackingCode/receipt.pdf')
  @Policy('track', 'Case')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The citizen’s printable receipt (PDF) with a QR code of the link that opens the case; needs the key' })
  async receipt(
    @Param('trackingCode', TrackingCodePipe) code: string,
    @Query() query: TrackQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { trackingCode, pdf } = await this.printing.receipt(code, query);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="phieu-tiep-nhan-${trackingCode}.pdf"`);
    return pdf;
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

import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { StaffActor } from '@hotline/contracts';
import { CurrentActor, Policy } from '@hotline/platform';
import { PrivacyNoticeService } from './privacy-notice.service';

export class PrivacyNoticeDto {
  @ApiProperty() version!: number;
  @ApiProperty() textVi!: string;
  @ApiProperty() textEn!: string;
  @ApiProperty() createdAt!: Date;
}

export class CreatePrivacyNoticeDto {
  @ApiProperty({ description: 'The notice in Vietnamese' }) @IsString() @Length(50, 10000) textVi!: string;
  @ApiProperty({ description: 'The notice in English' }) @IsString() @Length(50, 10000) textEn!: string;
}

@ApiTags('privacy')
@Controller('api/v1')
export class PrivacyNoticeController {
  constructor(private readonly notices: PrivacyNoticeService) {}

  /** The notice every intake form shows; the form sends its version back with the consent. */
  @Get('privacy/notice')
  @Policy('read', 'PrivacyNotice')
  @ApiOkResponse({ type: PrivacyNoticeDto })
  current(): Promise<PrivacyNoticeDto> {
    return this.notices.current();
  }

  @Get('admin/privacy-notices')
  @Policy('manage', 'PrivacyNotice')
  @ApiOkResponse({ type: [PrivacyNoticeDto] })
  all(): Promise<PrivacyNoticeDto[]> {
    return this.notices.all();
  }

  /** A new version: cases keep the version their person saw. */
  @Post('admin/privacy-notices')
  @Policy('manage', 'PrivacyNotice')
  @ApiCreatedResponse({ type: PrivacyNoticeDto })
  publish(@Body() body: CreatePrivacyNoticeDto, @CurrentActor() actor: StaffActor): Promise<PrivacyNoticeDto> {
    return this.notices.publish(body, actor);
  }
}

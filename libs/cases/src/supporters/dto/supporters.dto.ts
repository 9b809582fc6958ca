import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ConfirmedContactDto } from '../../contact/dto/contact.dto';
import { VN_PHONE } from '../../intake/dto/create-case.dto';

export const FOLLOWER_CHANNELS = ['email', 'sms', 'zalo'] as const;
export type FollowerChannel = (typeof FOLLOWER_CHANNELS)[number];

/** Follow a public case, co-sign it ("me too"), or both, with a contact confirmed by its one-time code. */
export class SupportCaseDto extends ConfirmedContactDto {
  @ApiPropertyOptional({ default: false, description: 'Receive the answer when it is published' })
  @IsOptional()
  @IsBoolean()
  follow?: boolean;

  @ApiPropertyOptional({ default: false, description: '"Me too": counted once per confirmed contact' })
  @IsOptional()
  @IsBoolean()
  coSign?: boolean;

  @ApiPropertyOptional({
    enum: FOLLOWER_CHANNELS,
    description: 'How a follower is told: email for an email, sms (default) or zalo for a phone',
  })
  @IsOptional()
  @IsIn(FOLLOWER_CHANNELS)
  channel?: FollowerChannel;
}

export class SupportResultDto {
  @ApiProperty() trackingCode!: string;
  @ApiProperty({ description: 'This contact follows the case' }) following!: boolean;
  @ApiProperty({ description: 'This contact has co-signed the case (now or before)' }) coSigned!: boolean;
  @ApiProperty({ description: 'Co-signers of the case' }) coSigners!: number;
}

export class UnfollowDto {
  @ApiProperty({ description: 'The token of the unsubscribe link' }) @IsString() @MaxLength(120) token!: string;
}

export class UnfollowResultDto {
  @ApiProperty() trackingCode!: string;
}

/** The operator adds a caller to a case found as a possible duplicate, with the consent ticked in the console. */
export class AddCallerDto {
  @ApiProperty({ example: '0912345678' })
  @IsString()
  @Matches(VN_PHONE, { message: 'phone must be a Vietnamese phone number (0… or +84…)' })
  phone!: string;

  @ApiPropertyOptional({ description: 'Tell the caller the answer (by SMS to the phone) when it is published' })
  @IsOptional()
  @IsBoolean()
  follow?: boolean;

  @ApiPropertyOptional({ default: true, description: '"Me too": the caller raises the same matter' })
  @IsOptional()
  @IsBoolean()
  coSign?: boolean;

  @ApiProperty({ description: 'The caller agreed to the processing of their phone for this (the console’s consent tick)' })
  @IsBoolean()
  consent!: boolean;
}

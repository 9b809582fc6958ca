import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsString, Length } from 'class-validator';
import { CaseKind } from '@hotline/contracts';
import { NamedRefDto } from '../../reference/named-ref';

export class SetApprovalRuleDto {
  @ApiProperty({ example: 'SO-XD' }) @IsString() @Length(1, 64) agencyCode!: string;
  @ApiProperty({ enum: CaseKind, enumName: 'CaseKind' }) @IsEnum(CaseKind) kind!: CaseKind;
  @ApiProperty({ description: 'true: officers’ answers of this kind need the agency head’s approval' }) @IsBoolean() required!: boolean;
}

export class ApprovalRuleDto {
  @ApiProperty({ type: NamedRefDto }) agency!: NamedRefDto;
  @ApiProperty({ enum: CaseKind, enumName: 'CaseKind' }) kind!: CaseKind;
  @ApiProperty() since!: Date;
}

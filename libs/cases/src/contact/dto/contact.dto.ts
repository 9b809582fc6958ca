import { ApiProperty } from '@nestjs/swagger';
import {
  isEmail,
  IsEnum,
  IsString,
  Matches,
  MaxLength,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { ContactKind } from '@hotline/contracts';
import { VN_PHONE } from '../../intake/dto/create-case.dto';

/** A phone for contactKind phone, an email for email: checked as the intake checks the citizen's. */
@ValidatorConstraint({ name: 'contactOfKind' })
class ContactOfKind implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    if (typeof value !== 'string') return false;
    return (args.object as ContactDto).contactKind === ContactKind.Phone ? VN_PHONE.test(value) : isEmail(value);
  }
  defaultMessage(args: ValidationArguments): string {
    return (args.object as ContactDto).contactKind === ContactKind.Phone
      ? 'contact must be a Vietnamese phone number (0… or +84…)'
      : 'contact must be an email address';
  }
}

/** A phone or an email a one-time code is sent to. */
export class ContactDto {
  @ApiProperty({ enum: ContactKind }) @IsEnum(ContactKind) contactKind!: ContactKind;

  @ApiProperty({ example: '0912345678', description: 'A Vietnamese phone number (contactKind phone) or an email address (email)' })
  @IsString()
  @MaxLength(254)
  @Validate(ContactOfKind)
  contact!: string;
}

/** A contact and the one-time code sent to it. */
export class ConfirmedContactDto extends ContactDto {
  @ApiProperty({ example: '482913' }) @IsString() @Matches(/^\d{6}$/, { message: 'code must be 6 digits' }) code!: string;
}

export class ContactCodeSentDto {
  @ApiProperty({ description: 'When the code expires (sent by SMS or email)' }) expiresAt!: Date;
}

import { Injectable, PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '@hotline/platform';

const TRACKING_CODE = /^[A-Za-z]{2,4}-\d{4}-\d{6,9}$/;

@Injectable()
export class TrackingCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TRACKING_CODE.test(value)) throw new InvalidInputError('trackingCode', 'A tracking code looks like HN-2026-004217');
    return value.toUpperCase();
  }
}

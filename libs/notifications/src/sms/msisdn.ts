import { UndeliverableError } from '../channels/delivery-errors';

/** Vietnamese mobile numbers (03, 05, 07, 08, 09 and 8 more digits); landlines (02…) cannot receive an SMS. */
const VN_MOBILE = /^0[35789]\d{8}$/;

/** The stored phone (0912345678) as gateways address it: international digits without "+" (84912345678). */
export function toMsisdn(phone: string): string {
  const local = phone.replace(/[ .-]/g, '').replace(/^(\+84|0084)/, '0');
  if (!VN_MOBILE.test(local)) throw new UndeliverableError('The phone is not a Vietnamese mobile number: no SMS gateway can reach it');
  return `84${local.slice(1)}`;
}

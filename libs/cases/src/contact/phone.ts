/** Stores phones as 0XXXXXXXXX so the operator's lookup finds a caller however the number was typed. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[ .-]/g, '');
  if (digits.startsWith('+84')) return `0${digits.slice(3)}`;
  if (digits.startsWith('0084')) return `0${digits.slice(4)}`;
  return digits;
}

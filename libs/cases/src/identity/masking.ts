import { Role } from '@hotline/contracts';

/** Roles that work with citizens' contact details in full: the operator who takes calls, the secretariat, admins. */
export const FULL_CONTACT_ROLES: readonly Role[] = [Role.Operator, Role.Secretariat, Role.Admin];

/** `0912345678` → `09xx xxx 678`: enough to tell callers apart, not enough to call them. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return 'x'.repeat(digits.length);
  const middle = 'x'.repeat(digits.length - 5);
  return `${digits.slice(0, 2)}${middle.slice(0, 2)} ${middle.slice(2)} ${digits.slice(-3)}`.replace(/ +/g, ' ');
}

/** `an.nguyen@example.com` → `a***@example.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** `Nguyễn Văn An` → `N. V. A.`: initials only. */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${[...word][0]}.`)
    .join(' ');
}

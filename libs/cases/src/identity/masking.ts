/**
 * Masks for contact details, each as a TS function and as the SQL expression that computes the same text in
 * PostgreSQL (the COPY exports mask in the database); the spec checks that the two agree.
 */

/** `0912345678` → `09xx xxx 678`: enough to tell callers apart, not enough to call them. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return 'x'.repeat(digits.length);
  const middle = 'x'.repeat(digits.length - 5);
  return `${digits.slice(0, 2)}${middle.slice(0, 2)} ${middle.slice(2)} ${digits.slice(-3)}`.replace(/ +/g, ' ');
}

export function maskPhoneSql(column: string): string {
  const digits = `regexp_replace(${column}, '\\D', '', 'g')`;
  const middle = `repeat('x', length(${digits}) - 5)`;
  return `CASE WHEN length(${digits}) < 6 THEN repeat('x', length(${digits}))
    ELSE regexp_replace(left(${digits}, 2) || left(${middle}, 2) || ' '
      || substr(${middle}, 3) || ' ' || right(${digits}, 3), ' +', ' ', 'g') END`;
}

/** `an.nguyen@example.com` → `a***@example.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

export function maskEmailSql(column: string): string {
  return `CASE WHEN ${column} ~ '^.+@' THEN left(${column}, 1) || '***' || substring(${column} from '@[^@]*$') ELSE '***' END`;
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

export function maskNameSql(column: string): string {
  return `(SELECT coalesce(string_agg(left(w, 1) || '.', ' ' ORDER BY n), '')
     FROM regexp_split_to_table(${column}, '\\s+') WITH ORDINALITY AS words(w, n) WHERE w <> '')`;
}

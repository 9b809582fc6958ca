import { formatDate, formatDateTime } from './format';

describe('dates in the UI', () => {
  it.each(['vi', 'en'])('writes a date the same way alone and with its time (%s)', (lang) => {
    const at = '2026-03-05T02:30:00.000Z';
    expect(formatDate(at, lang)).toBe('05/03/2026');
    expect(formatDateTime(at, lang)).toContain('05/03/2026');
  });
});

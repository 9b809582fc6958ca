import { formatLocal, LOCAL_TIME_ZONE, localDateOf, localDayEnd, localDayStart, localYear } from './local-time';

describe('Hà Nội local time', () => {
  it('names the zone that SQL, schedulers and the web show times in', () => {
    expect(LOCAL_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
  });

  it('dates an instant at +07:00, so 17:00 UTC on 31 December is already the next local year', () => {
    const newYear = new Date('2026-12-31T17:00:00Z');
    expect(localDateOf(newYear)).toBe('2027-01-01');
    expect(localYear(newYear)).toBe(2027);
    expect(localYear(new Date('2026-12-31T16:59:59Z'))).toBe(2026);
  });

  it('starts a local day at 00:00 +07:00 and ends it 24 hours later', () => {
    expect(localDayStart('2026-11-24').toISOString()).toBe('2026-11-23T17:00:00.000Z');
    expect(localDayEnd('2026-11-24').toISOString()).toBe('2026-11-24T17:00:00.000Z');
  });

  it('formats an instant as local wall time with its offset', () => {
    expect(formatLocal(new Date('2026-11-24T02:30:00Z'))).toBe('2026-11-24T09:30:00+07:00');
  });
});

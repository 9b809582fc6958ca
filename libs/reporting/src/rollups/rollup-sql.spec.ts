import { contributionStatement, HISTOGRAM_MAX_DAYS, MAINTAINED_GRAINS, unpackHistogram } from './rollup-sql';

describe('rollup SQL', () => {
  it('keeps the total, the five dimensions and their ten pairs', () => {
    expect(MAINTAINED_GRAINS).toHaveLength(16);
    expect(MAINTAINED_GRAINS.every((g) => g.toString(2).replace(/0/g, '').length <= 2)).toBe(true);
  });

  it('groups by day and by month for every maintained grain in one statement', () => {
    const sql = contributionStatement('x AS s').split('GROUPING SETS')[1];
    expect(sql.match(/\(u\.received_day[,)]/g)).toHaveLength(16);
    expect(sql.match(/\(u\.month[,)]/g)).toHaveLength(16);
  });

  it('unpacks a histogram packed at 2^(32·days)', () => {
    const packed = (5n << 96n) + 7n + (3n << BigInt(32 * HISTOGRAM_MAX_DAYS));
    expect(unpackHistogram(packed.toString())).toEqual(
      new Map([
        [0, 7],
        [3, 5],
        [HISTOGRAM_MAX_DAYS, 3],
      ]),
    );
    expect(unpackHistogram('0')).toEqual(new Map());
    expect(unpackHistogram(null)).toEqual(new Map());
  });
});

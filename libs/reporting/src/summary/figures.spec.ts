import { percentile, rate } from './figures';

describe('report figures', () => {
  it('takes nearest-rank percentiles from a histogram', () => {
    const h = new Map([
      [1, 3],
      [2, 3],
      [7, 3],
      [20, 1],
    ]); // 1 1 1 2 2 2 7 7 7 20
    expect(percentile(h, 0.5)).toBe(2);
    expect(percentile(h, 0.9)).toBe(7);
    expect(percentile(h, 1)).toBe(20);
    expect(percentile(new Map([[4, 1]]), 0.9)).toBe(4);
    expect(percentile(new Map(), 0.5)).toBeNull();
  });

  it('gives a rate with its count and base, and no percent over nothing', () => {
    expect(rate(2, 3)).toEqual({ count: 2, of: 3, percent: 66.7 });
    expect(rate(0, 0)).toEqual({ count: 0, of: 0, percent: null });
  });
});

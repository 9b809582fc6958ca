import { RefreshingValue } from './refreshing-value';

describe('RefreshingValue', () => {
  it('shares one load between readers until invalidated', async () => {
    let loads = 0;
    const value = new RefreshingValue(async () => ++loads, 60_000);
    expect(await Promise.all([value.get(), value.get()])).toEqual([1, 1]);
    value.invalidate();
    expect(await value.get()).toBe(2);
    expect(await value.get(true)).toBe(3);
  });

  it('forgets a failed load so the next reader loads again', async () => {
    let calls = 0;
    const value = new RefreshingValue(async () => {
      calls += 1;
      if (calls === 1) throw new Error('database away');
      return 'ok';
    }, 60_000);
    await expect(value.get()).rejects.toThrow('database away');
    expect(await value.get()).toBe('ok');
  });
});

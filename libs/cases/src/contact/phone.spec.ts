import { normalisePhone } from './phone';

describe('normalisePhone', () => {
  it('stores a number however it was typed as 0XXXXXXXXX', () => {
    expect(normalisePhone('+84 912 345 678')).toBe('0912345678');
    expect(normalisePhone('0084-912.345.678')).toBe('0912345678');
    expect(normalisePhone('0912 345 678')).toBe('0912345678');
  });
});

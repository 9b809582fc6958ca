import { maskEmail, maskName, maskPhone } from './masking';

describe('masking', () => {
  it('keeps the first two and last three digits of a phone', () => {
    expect(maskPhone('0912345678')).toBe('09xx xxx 678');
    expect(maskPhone('02438123456')).toBe('02xx xxxx 456');
  });

  it('never keeps more than five digits of a phone', () => {
    for (const phone of ['0912345678', '02438123456', '0987654321']) {
      expect(maskPhone(phone).replace(/\D/g, '')).toHaveLength(5);
    }
    expect(maskPhone('123')).toBe('xxx');
  });

  it('keeps the first letter and the domain of an email', () => {
    expect(maskEmail('an.nguyen@example.com')).toBe('a***@example.com');
    expect(maskEmail('nonsense')).toBe('***');
  });

  it('keeps the initials of a name, Vietnamese letters included', () => {
    expect(maskName('Nguyễn Văn An')).toBe('N. V. A.');
    expect(maskName('  Đỗ   Thị Tố ')).toBe('Đ. T. T.');
  });
});

import fc from 'fast-check';
import { applyMasks, PersonalDataKind } from '@hotline/contracts';
import { detectPersonalData, phoneDigits } from './personal-data-detector';

const kindsIn = (text: string, names: string[] = []) =>
  detectPersonalData(text, names).map((s) => [s.kind, text.slice(s.start, s.end)] as [PersonalDataKind, string]);

describe('detectPersonalData', () => {
  it.each([
    ['Gọi cho tôi theo số 0912345678 nhé', '0912345678'],
    ['ĐT: 0912 345 678.', '0912 345 678'],
    ['ĐT 0912.345.678', '0912.345.678'],
    ['liên hệ +84 912 345 678', '+84 912 345 678'],
    ['máy bàn 024 3825 1234', '024 3825 1234'],
    ['số 84912345678', '84912345678'],
  ])('finds the phone number in "%s"', (text, phone) => {
    expect(kindsIn(text)).toContainEqual([PersonalDataKind.Phone, phone]);
  });

  it('finds emails, CCCD and CMND numbers, licence plates and house numbers', () => {
    const text =
      'Tôi là chủ xe 29A-123.45, CCCD 001203012345, CMND 012345678, email nguyen.an@example.vn, nhà số 12 ngõ 34 ngách 5 phố Huế.';
    expect(kindsIn(text)).toEqual([
      [PersonalDataKind.LicencePlate, '29A-123.45'],
      [PersonalDataKind.NationalId, '001203012345'],
      [PersonalDataKind.NationalId, '012345678'],
      [PersonalDataKind.Email, 'nguyen.an@example.vn'],
      [PersonalDataKind.HouseNumber, 'nhà số 12 ngõ 34 ngách 5'],
    ]);
  });

  it.each(['30E 12345', '59X1-123.45', '29-B1 123.45', '51F-999.99'])('finds the licence plate %s', (plate) => {
    expect(kindsIn(`xe biển ${plate} đỗ trên vỉa hè`)).toContainEqual([PersonalDataKind.LicencePlate, plate]);
  });

  it('does not take a legal document number for a house number', () => {
    expect(kindsIn('Căn cứ Nghị định số 12/2020/NĐ-CP và Công văn số 45 của UBND')).toEqual([]);
    expect(kindsIn('Theo Điều 28 Luật Khiếu nại 2011, khoản 1')).toEqual([]);
  });

  it('finds the name the citizen gave, in any case, and without the family name', () => {
    expect(kindsIn('Trả lời ông NGUYỄN VĂN AN về việc...; ông Văn An đã được mời.', ['Nguyễn Văn An'])).toEqual([
      [PersonalDataKind.Name, 'NGUYỄN VĂN AN'],
      [PersonalDataKind.Name, 'Văn An'],
    ]);
  });

  it('finds the given name alone after a form of address (ông Bình, bà Cúc), the way Vietnamese letters name a person', () => {
    expect(kindsIn('Sở sẽ liên hệ lại ông Bình; bà Bình Minh và phường Bình Minh không liên quan.', ['Trần Văn Bình'])).toEqual([
      [PersonalDataKind.Name, 'Bình'],
    ]);
    expect(kindsIn('Kính gửi chị CÚC. Bà Cúc đã nhận văn bản.', ['Lê Thị Cúc'])).toEqual([
      [PersonalDataKind.Name, 'CÚC'],
      [PersonalDataKind.Name, 'Cúc'],
    ]);
    expect(kindsIn('Mời ông Bình theo dõi; cây bình thường.', ['Trần Văn Bình'])).toEqual([[PersonalDataKind.Name, 'Bình']]);
  });

  it('finds nothing in a text without personal data', () => {
    expect(kindsIn('Sở Xây dựng đã chỉ đạo thay bóng đèn trong ngày 12/11/2026 theo Điều 5 Thông tư 02/2021/TT-TTCP.')).toEqual([]);
  });

  describe('property: the published text never holds the original phone number', () => {
    const words = fc.constantFrom(
      'Kính',
      'gửi',
      'ông',
      'bà',
      'phường',
      'Hoàn Kiếm',
      'đèn',
      'hỏng',
      'đã',
      'xử lý',
      'liên hệ',
      ',',
      '.',
      ':',
      '(',
      ')',
    );
    const digit = fc.integer({ min: 0, max: 9 }).map(String);
    const mobile = fc
      .tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.array(digit, { minLength: 8, maxLength: 8 }))
      .map(([first, rest]) => `0${first}${rest.join('')}`);
    const formatted = fc.tuple(mobile, fc.constantFrom('plain', 'spaced', 'dotted', 'dashed', 'international')).map(([phone, style]) => {
      const groups = [phone.slice(0, 4), phone.slice(4, 7), phone.slice(7)];
      const text = {
        plain: phone,
        spaced: groups.join(' '),
        dotted: groups.join('.'),
        dashed: groups.join('-'),
        international: `+84 ${phone.slice(1, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`,
      }[style];
      return { phone, text };
    });

    it('for any phone number, written any usual way, anywhere in a text', () => {
      fc.assert(
        fc.property(fc.array(words, { maxLength: 12 }), formatted, fc.array(words, { maxLength: 12 }), (before, { phone, text }, after) => {
          const original = [...before, text, ...after].join(' ');
          const published = applyMasks(original, detectPersonalData(original));
          expect(published).not.toContain(text);
          expect(phoneDigits(published.replace(/[^\d+]/g, ''))).not.toContain(phoneDigits(phone));
        }),
      );
    });
  });
});

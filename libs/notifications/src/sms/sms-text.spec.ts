import fc from 'fast-check';
import { isGsm7, smsSegments, toGsm7, toSmsText } from './sms-text';

const vietnamese = fc
  .array(fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐƯƠ .,:-“”…'), {
    maxLength: 1200,
  })
  .map((chars) => chars.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 800 }), vietnamese);

describe('SMS text', () => {
  it('writes Vietnamese without diacritics for GSM-7', () => {
    expect(toGsm7('Đường dây nóng HĐND Hà Nội: “đã tiếp nhận” – mã PIN…')).toBe('Duong day nong HDND Ha Noi: "da tiep nhan" - ma PIN...');
  });

  it('counts parts as the gateways do: 160 GSM-7 septets alone, 153 each when concatenated; 70/67 in UCS-2', () => {
    expect(smsSegments('a'.repeat(160), 'gsm7')).toBe(1);
    expect(smsSegments('a'.repeat(161), 'gsm7')).toBe(2);
    expect(smsSegments('a'.repeat(306), 'gsm7')).toBe(2);
    expect(smsSegments('a'.repeat(307), 'gsm7')).toBe(3);
    expect(smsSegments('€'.repeat(80), 'gsm7')).toBe(1);
    expect(smsSegments('€'.repeat(81), 'gsm7')).toBe(2);
    expect(smsSegments('ệ'.repeat(70), 'ucs2')).toBe(1);
    expect(smsSegments('ệ'.repeat(71), 'ucs2')).toBe(2);
  });

  it('sends GSM-7 characters only, in at most N parts, whatever the input', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 4 }), (text, n) => {
        const sms = toSmsText(text, 'gsm7', n);
        return isGsm7(sms) && smsSegments(sms, 'gsm7') <= n;
      }),
    );
  });

  it('keeps a UCS-2 text within N parts, never splitting a character', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 4 }), (text, n) => {
        const sms = toSmsText(text, 'ucs2', n);
        return (
          smsSegments(sms, 'ucs2') <= n &&
          !/[\uD800-\uDBFF]$/.test(sms.replace(/\.\.\.$/, '')) &&
          !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(sms)
        );
      }),
    );
  });

  it('leaves a text that fits untouched, and folding twice changes nothing', () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        const once = toSmsText(text, 'gsm7', 10);
        return toSmsText(once, 'gsm7', 10) === once && (smsSegments(toGsm7(text), 'gsm7') > 10 || once === toGsm7(text));
      }),
    );
  });
});

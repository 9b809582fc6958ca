import { csvCell, csvRow, csvSafeSql } from './csv-cell';

describe('csv cells', () => {
  it('prefixes a quote to every text that starts like a formula (=, +, -, @, tab, carriage return)', () => {
    expect(csvCell('=HYPERLINK("http://evil.example/x","Bấm vào đây")')).toBe(`"'=HYPERLINK(""http://evil.example/x"",""Bấm vào đây"")"`);
    expect(csvCell('@SUM(1)')).toBe(`'@SUM(1)`);
    expect(csvCell('+84 phố Huế')).toBe(`'+84 phố Huế`);
    expect(csvCell('-2+3')).toBe(`'-2+3`);
    expect(csvCell('\t=1')).toBe(`'\t=1`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves other texts and numbers as they are, quoting what RFC 4180 says to quote', () => {
    expect(csvCell('Sở Xây dựng')).toBe('Sở Xây dựng');
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell('Đường "Giải Phóng", số 5')).toBe('"Đường ""Giải Phóng"", số 5"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvRow(['@x', 1, true, undefined])).toBe(`'@x,1,true,`);
  });

  it('builds the same rule as one SQL expression, a character class over the first character', () => {
    expect(csvSafeSql('c.title')).toBe(
      `CASE WHEN (c.title) ~ ('^[=+@' || chr(9) || chr(13) || '-]') THEN '''' || (c.title) ELSE (c.title) END`,
    );
  });
});

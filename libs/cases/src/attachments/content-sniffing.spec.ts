import { safeFileName, sniff } from './content-sniffing';

describe('content sniffing', () => {
  it.each([
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'image/jpeg'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'image/png'],
    ['WebP', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'), 'image/webp'],
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ', 'latin1'), 'application/pdf'],
  ])('recognises %s by its first bytes', (_, head, type) => {
    expect(sniff(head)).toBe(type);
  });

  it.each([
    ['an HTML page', Buffer.from('<!DOCTYPE html><script>alert(1)</script>')],
    ['an SVG image', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1')],
    ['a ZIP archive', Buffer.from('PK\x03\x04\x14\x00', 'latin1')],
    ['a RIFF that is not WebP (WAV)', Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1')],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s', (_, head) => {
    expect(sniff(head)).toBeUndefined();
  });

  it('keeps only a plain file name', () => {
    const pdf = 'application/pdf';
    expect(safeFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(safeFileName('C:\\Users\\An\\Biên bản "họp".pdf', pdf)).toBe('Biên bản họp.pdf');
    expect(safeFileName('a\u0000b\r\n.pdf', pdf)).toBe('ab.pdf');
    expect(safeFileName(undefined, pdf)).toBe('tep-dinh-kem.pdf');
    expect(safeFileName('x'.repeat(300), pdf)).toHaveLength(200);
  });

  it.each([
    ['x.hta', 'image/jpeg', 'x.jpg'],
    ['x.HTA. ', 'image/jpeg', 'x.jpg'],
    ['ảnh.JPEG', 'image/jpeg', 'ảnh.jpg'],
    ['scan.exe', 'application/pdf', 'scan.pdf'],
    ['bao-cao.v2.html', 'image/png', 'bao-cao.v2.png'],
    ['.hta', 'image/webp', 'tep-dinh-kem.webp'],
    ['Đơn kiến nghị', 'application/pdf', 'Đơn kiến nghị.pdf'],
  ])('names %s holding %s as %s, and leaves that name as it is', (name, type, expected) => {
    expect(safeFileName(name, type)).toBe(expected);
    expect(safeFileName(expected, type)).toBe(expected);
  });
});

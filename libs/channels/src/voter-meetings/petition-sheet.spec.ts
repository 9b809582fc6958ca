import ExcelJS from 'exceljs';
import { fold, kindOf, phoneCell, readPetitionSheet } from './petition-sheet';

describe('petition sheets', () => {
  it('folds headers and labels with or without diacritics', () => {
    expect(fold('Tiêu đề')).toBe('tieu_de');
    expect(fold(' Điện  thoại ')).toBe('dien_thoai');
    expect(kindOf('Kiến nghị')).toBe('petition');
    expect(kindOf('hoi dap')).toBe('question');
    expect(kindOf('something else')).toBe('something else');
  });

  it('gives back the leading zero a spreadsheet took from a phone number', () => {
    expect(phoneCell('912345678')).toBe('0912345678');
    expect(phoneCell('0912345678')).toBe('0912345678');
    expect(phoneCell('+84912345678')).toBe('+84912345678');
    expect(phoneCell(undefined)).toBeUndefined();
  });

  it('reads an XLSX by its header names, numbering rows as the spreadsheet does and skipping empty rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('a');
    sheet.addRow(['Tieu de', 'Noi dung', 'Ghi chú riêng', 'Dien thoai']);
    sheet.addRow(['Một', 'Nội dung một', 'bỏ qua', 912345678]);
    sheet.addRow([]);
    sheet.addRow(['Hai', 'Nội dung hai']);
    const { rows, columns } = await readPetitionSheet(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(columns).toEqual(['title', 'description', 'phone']);
    expect(rows).toEqual([
      { row: 2, values: { title: 'Một', description: 'Nội dung một', phone: '912345678' } },
      { row: 4, values: { title: 'Hai', description: 'Nội dung hai' } },
    ]);
  });

  it('reads a CSV with a byte-order mark and keeps cells as text', async () => {
    const { rows } = await readPetitionSheet(Buffer.from('\ufefftitle,description,phone\n2026-12-01,"Có dấu phẩy, trong ô",0912345678\n'));
    expect(rows).toEqual([{ row: 2, values: { title: '2026-12-01', description: 'Có dấu phẩy, trong ô', phone: '0912345678' } }]);
  });

  it('refuses a file without the title and description columns', async () => {
    await expect(readPetitionSheet(Buffer.from('a,b\n1,2\n'))).rejects.toThrow(/Tiêu đề/);
  });
});

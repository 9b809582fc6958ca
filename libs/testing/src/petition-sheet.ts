import ExcelJS from 'exceljs';

/** The columns of the voter-petition import template, in its order. */
export const PETITION_SHEET_HEADER = ['Loại', 'Tiêu đề', 'Nội dung', 'Lĩnh vực', 'Địa bàn', 'Địa chỉ', 'Cử tri', 'Điện thoại', 'Email'];

/** An XLSX file filled in as the import template asks: the header row, then one row per petition. */
export async function petitionSheet(rows: (string | number | undefined)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kiến nghị');
  sheet.addRow(PETITION_SHEET_HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

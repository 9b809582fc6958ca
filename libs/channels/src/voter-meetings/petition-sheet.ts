import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CaseKind } from '@hotline/contracts';
import { InvalidInputError } from '@hotline/platform';

export const MAX_IMPORT_ROWS = 10_000;

/** A spreadsheet row as read: the row number (header = 1) and its cells by petition field. */
export interface SheetRow {
  row: number;
  values: Record<string, string>;
}

/** Folds a header or a kind label to compare it: lower case, no diacritics (đ → d), words joined by "_". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Column headers understood, Vietnamese or English, with or without diacritics. */
const HEADERS: Record<string, string> = {
  loai: 'kind',
  loai_ho_so: 'kind',
  kind: 'kind',
  tieu_de: 'title',
  title: 'title',
  noi_dung: 'description',
  mo_ta: 'description',
  description: 'description',
  linh_vuc: 'categoryCode',
  ma_linh_vuc: 'categoryCode',
  category: 'categoryCode',
  category_code: 'categoryCode',
  dia_ban: 'areaCode',
  ma_dia_ban: 'areaCode',
  area: 'areaCode',
  area_code: 'areaCode',
  dia_chi: 'address',
  address: 'address',
  cu_tri: 'citizenName',
  ho_ten: 'citizenName',
  ho_va_ten: 'citizenName',
  name: 'citizenName',
  citizen_name: 'citizenName',
  dien_thoai: 'phone',
  so_dien_thoai: 'phone',
  phone: 'phone',
  email: 'email',
  thu_dien_tu: 'email',
};

/** Kind cells may hold the Vietnamese label or the code. */
const KINDS: Record<string, CaseKind> = {
  kien_nghi: CaseKind.Petition,
  petition: CaseKind.Petition,
  phan_anh: CaseKind.Feedback,
  feedback: CaseKind.Feedback,
  khieu_nai: CaseKind.Complaint,
  complaint: CaseKind.Complaint,
  hoi_dap: CaseKind.Question,
  question: CaseKind.Question,
  to_cao: CaseKind.Denunciation,
  denunciation: CaseKind.Denunciation,
};

export const kindOf = (cell: string): string => KINDS[fold(cell)] ?? cell;

/** Reads the first sheet of an XLSX workbook (by its ZIP signature) or a UTF-8 CSV file into rows. */
export async function readPetitionSheet(content: Buffer): Promise<{ rows: SheetRow[]; columns: string[] }> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      sheet = workbook.worksheets[0];
    } else {
      // Cells stay text: a phone's leading zero or a title that looks like a date must survive.
      sheet = await workbook.csv.read(Readable.from(stripBom(content)), { map: (value: unknown) => value } as never);
    }
  } catch {
    throw new InvalidInputError('file', 'The file is not a readable XLSX workbook or CSV file');
  }
  if (!sheet || sheet.rowCount < 1) throw new InvalidInputError('file', 'The file has no rows');
  const header = sheet.getRow(1);
  const columns = new Map<number, string>();
  header.eachCell((cell, col) => {
    const field = HEADERS[fold(cell.text ?? '')];
    if (field) columns.set(col, field);
  });
  for (const required of ['title', 'description']) {
    if (![...columns.values()].includes(required)) {
      throw new InvalidInputError(
        'file',
        `The first row must name the columns; "${required === 'title' ? 'Tiêu đề' : 'Nội dung'}" (${required}) is missing`,
      );
    }
  }
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string> = {};
    for (const [col, field] of columns) {
      const text = cellText(row.getCell(col)).trim();
      if (text !== '') values[field] = text;
    }
    if (Object.keys(values).length > 0) rows.push({ row: rowNumber, values });
  });
  if (rows.length === 0) throw new InvalidInputError('file', 'The file has a header row but no petitions');
  if (rows.length > MAX_IMPORT_ROWS)
    throw new InvalidInputError('file', `At most ${MAX_IMPORT_ROWS} rows per file; this one has ${rows.length}`);
  return { rows, columns: [...columns.values()] };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text;
  return cell.text ?? String(value);
}

function stripBom(content: Buffer): Buffer {
  return content.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? content.subarray(3) : content;
}

/** A phone a spreadsheet stored as a number lost its leading zero: give it back. */
export function phoneCell(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^[1-9]\d{8}$/.test(value) ? `0${value}` : value;
}

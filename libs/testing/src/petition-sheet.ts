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

type PetitionRow = (string | number | undefined)[];

/**
 * Rows of a voter-petition sheet as a secretary fills it in, each named by what it is about: the valid ones and the
 * ones an import must report (by row and field) instead of creating a case.
 */
export const PETITION_ROWS = {
  streetLight: [
    'Kiến nghị',
    'Đề nghị lắp đèn ngõ 40',
    'Ngõ 40 phố Huế không có đèn chiếu sáng, buổi tối rất nguy hiểm.',
    'GIAO-THONG.DUONG-HONG',
    '',
    '',
    'Nguyễn Văn Bảy',
    912345678,
    '',
  ],
  missingTitle: ['Phản ánh', '', 'Thiếu tiêu đề nhưng có nội dung đủ dài để kiểm tra.', '', '', '', '', '', ''],
  unknownCategory: ['kien nghi', 'Đề nghị nạo vét cống tổ 7', 'Cống thoát nước tổ 7 bị tắc, mưa là ngập.', 'KHONG-CO', '', '', '', '', ''],
  question: [
    'Hỏi đáp',
    'Hỏi về chế độ cho người cao tuổi',
    'Cử tri hỏi về mức trợ cấp cho người cao tuổi từ năm 2026.',
    '',
    'HN-HOANKIEM',
    '12 Hàng Bài',
    'Trần Văn Chín',
    '',
    'chin.tran@example.com',
  ],
  denunciation: ['Tố cáo', 'Tố cáo cán bộ phường', 'Nội dung tố cáo không được nhận qua tiếp xúc cử tri theo lô.', '', '', '', '', '', ''],
  shortPhone: [
    'Kiến nghị',
    'Đề nghị sửa vỉa hè phố Huế',
    'Vỉa hè trước số 200 phố Huế bị vỡ nhiều chỗ.',
    'GIAO-THONG.DUONG-HONG',
    '',
    '',
    'Phạm Thị Mười',
    '09123',
    '',
  ],
  unknownArea: [
    'Kiến nghị',
    'Đề nghị trồng thêm cây xanh',
    'Cử tri đề nghị trồng thêm cây xanh trên tuyến phố Huế.',
    '',
    'HN-KHONG-CO',
    '',
    '',
    '',
    '',
  ],
  badEmail: [
    'Phản ánh',
    'Tiếng ồn từ quán karaoke',
    'Quán karaoke số 15 ngõ 25 hát đến 2 giờ sáng hằng đêm.',
    '',
    '',
    '',
    '',
    '',
    'sai-email',
  ],
  kindergarten: ['Kiến nghị', 'Đề nghị mở rộng trường mầm non', 'Trường mầm non phường quá tải, đề nghị mở rộng.', '', '', '', '', '', ''],
} satisfies Record<string, PetitionRow>;

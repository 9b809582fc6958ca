/**
 * Strings of the channels' pages (voter meetings, duplicates and merge), kept apart from messages.ts so the two
 * catalogues can grow without stepping on each other; merged into the same `translation` namespace.
 */
export const channelsVi = {
  navChannels: { meetings: 'Tiếp xúc cử tri' },
  meetings: {
    heading: 'Tiếp xúc cử tri', intro: 'Các buổi tiếp xúc cử tri và kiến nghị của cử tri tại mỗi buổi.',
    record: 'Ghi nhận buổi tiếp xúc', empty: 'Chưa có buổi tiếp xúc cử tri nào.', heldOn: 'Ngày tiếp xúc', place: 'Địa điểm',
    area: 'Địa bàn', members: 'Đại biểu dự', membersHint: 'Gõ tên rồi nhấn Enter để thêm từng đại biểu', session: 'Kỳ họp HĐND',
    sessionNone: 'Không gắn kỳ họp', sessionUnavailable: 'Chỉ Văn phòng HĐND xem được danh sách kỳ họp; có thể gắn sau.',
    notes: 'Ghi chú', save: 'Lưu buổi tiếp xúc', petitions: 'Kiến nghị', count: '{{count}} kiến nghị', readOnly: 'Chỉ xem',
    validation: {
      heldOn: 'Hãy chọn ngày tiếp xúc.', place: 'Địa điểm cần từ 2 đến 300 ký tự.', area: 'Hãy chọn địa bàn.',
    },
  },
  meeting: {
    petitionsHeading: 'Kiến nghị của buổi tiếp xúc', noPetitions: 'Chưa có kiến nghị nào.', code: 'Mã', title: 'Tiêu đề',
    kind: 'Loại', status: 'Trạng thái', agency: 'Cơ quan', back: 'Danh sách buổi tiếp xúc', session: 'Kỳ họp: {{name}}',
    gridHeading: 'Nhập nhanh nhiều kiến nghị',
    gridHint: 'Tab hoặc Enter chuyển ô; dòng mới tự thêm ở cuối; Ctrl+Enter gửi cả lô. Cả lô được nhận, hoặc không dòng nào nếu có lỗi.',
    colTitle: 'Tiêu đề', colDescription: 'Nội dung', colCategory: 'Lĩnh vực', colName: 'Cử tri', colPhone: 'Điện thoại',
    row: 'Dòng {{row}}', removeRow: 'Xóa dòng {{row}}', submit: 'Gửi {{count}} kiến nghị (Ctrl+Enter)', nothing: 'Chưa có dòng nào có nội dung.',
    added: 'Đã thêm {{count}} kiến nghị.', rejected: 'Chưa thêm kiến nghị nào: hãy sửa các ô được đánh dấu rồi gửi lại.',
    importHeading: 'Nhập từ tệp Excel hoặc CSV', importFile: 'Tệp XLSX hoặc CSV', importButton: 'Tải lên và nhập',
    importColumns: 'Dòng đầu là tên cột (tiếng Việt hoặc tiếng Anh, có hoặc không dấu): {{columns}}. Tiêu đề và Nội dung là bắt buộc; tối đa 10.000 dòng.',
    template: 'Tải tệp mẫu (CSV)', importQueued: 'Đang chờ xử lý…', importRunning: 'Đã xử lý {{processed}}/{{total}} dòng',
    importDone: 'Đã nhập {{imported}}/{{total}} dòng.', importFailed: 'Nhập không thành công: {{reason}}',
    problemsHeading: '{{count}} dòng không được nhập', problemRow: 'Dòng', problemField: 'Cột', problemMessage: 'Lỗi', problemValue: 'Giá trị đã đọc',
    allImported: 'Mọi dòng hợp lệ đều đã được nhập.',
  },
  duplicates: {
    possible: 'Có thể trùng với hồ sơ đang mở', similarHeading: 'Hồ sơ tương tự', noSimilar: 'Không thấy hồ sơ đang mở nào tương tự.',
    score: 'Giống {{pct}}%', distance: 'cách {{m}} m', mergeInto: 'Gộp vào…', mergeHeading: 'Gộp hồ sơ {{code}} vào hồ sơ khác',
    mergeTarget: 'Hồ sơ giữ lại', mergeTargetHint: 'Chọn trong hồ sơ tương tự hoặc gõ mã hồ sơ', mergeReason: 'Lý do gộp',
    mergeWarning: 'Hồ sơ {{code}} sẽ dừng xử lý (trạng thái “đã gộp”); người gửi được báo kết quả của hồ sơ giữ lại. Không hoàn tác được.',
    mergeConfirm: 'Xác nhận gộp', merged: 'Đã gộp vào {{code}}.', mergedInto: 'Hồ sơ này đã được gộp vào', mergedCases: 'Các hồ sơ đã gộp vào hồ sơ này',
    targetRequired: 'Hãy chọn hồ sơ giữ lại.', targetNotFound: 'Không tìm thấy hồ sơ {{code}}.', reasonLength: 'Hãy nêu lý do (ít nhất 5 ký tự).',
    sameCase: 'Không thể gộp một hồ sơ vào chính nó.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const channelsEn: Widen<typeof channelsVi> = {
  navChannels: { meetings: 'Voter meetings' },
  meetings: {
    heading: 'Voter meetings', intro: 'Meetings of council members with voters, and the petitions raised at each.',
    record: 'Record a meeting', empty: 'No voter meetings yet.', heldOn: 'Date', place: 'Place',
    area: 'Area', members: 'Council members present', membersHint: 'Type a name and press Enter to add each member', session: 'Council session',
    sessionNone: 'No session', sessionUnavailable: 'Only the council office can list sessions; it can be linked later.',
    notes: 'Notes', save: 'Save the meeting', petitions: 'Petitions', count: '{{count}} petitions', readOnly: 'Read only',
    validation: {
      heldOn: 'Choose the meeting’s date.', place: 'The place needs 2 to 300 characters.', area: 'Choose the area.',
    },
  },
  meeting: {
    petitionsHeading: 'Petitions of this meeting', noPetitions: 'No petitions yet.', code: 'Code', title: 'Title',
    kind: 'Kind', status: 'Status', agency: 'Agency', back: 'All voter meetings', session: 'Session: {{name}}',
    gridHeading: 'Key in many petitions',
    gridHint: 'Tab or Enter moves between cells; a new row appears at the end; Ctrl+Enter sends the batch. The whole batch is taken, or no row if any has an error.',
    colTitle: 'Title', colDescription: 'Description', colCategory: 'Category', colName: 'Voter', colPhone: 'Phone',
    row: 'Row {{row}}', removeRow: 'Remove row {{row}}', submit: 'Send {{count}} petitions (Ctrl+Enter)', nothing: 'No row has any content yet.',
    added: '{{count}} petitions added.', rejected: 'No petition was added: correct the marked cells and send again.',
    importHeading: 'Import from an Excel or CSV file', importFile: 'XLSX or CSV file', importButton: 'Upload and import',
    importColumns: 'The first row names the columns (Vietnamese or English, with or without diacritics): {{columns}}. Title and description are required; at most 10,000 rows.',
    template: 'Download a template (CSV)', importQueued: 'Waiting to start…', importRunning: '{{processed}} of {{total}} rows checked',
    importDone: '{{imported}} of {{total}} rows imported.', importFailed: 'The import failed: {{reason}}',
    problemsHeading: '{{count}} rows not imported', problemRow: 'Row', problemField: 'Column', problemMessage: 'Problem', problemValue: 'Value as read',
    allImported: 'Every row was valid and imported.',
  },
  duplicates: {
    possible: 'Possibly the same as these open cases', similarHeading: 'Similar cases', noSimilar: 'No similar open case found.',
    score: '{{pct}}% alike', distance: '{{m}} m away', mergeInto: 'Merge into…', mergeHeading: 'Merge case {{code}} into another',
    mergeTarget: 'Case that stays', mergeTargetHint: 'Pick a similar case or type a tracking code', mergeReason: 'Reason',
    mergeWarning: 'Case {{code}} will stop (status “merged”); its reporter is told the surviving case’s answer. This cannot be undone.',
    mergeConfirm: 'Confirm merge', merged: 'Merged into {{code}}.', mergedInto: 'This case was merged into', mergedCases: 'Cases merged into this one',
    targetRequired: 'Choose the case that stays.', targetNotFound: 'No case {{code}}.', reasonLength: 'Give a reason (at least 5 characters).',
    sameCase: 'A case cannot be merged into itself.',
  },
};

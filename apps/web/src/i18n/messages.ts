/** The UI's message catalogues: Vietnamese first (the default), English second. Kinds, statuses and clocks come from libs/contracts. */
export const vi = {
  app: { title: 'Đường dây nóng HĐND', subtitle: 'Tiếp nhận phản ánh, kiến nghị của cử tri', skip: 'Bỏ qua, tới nội dung chính', menu: 'Mở trình đơn' },
  lang: { label: 'Ngôn ngữ', vi: 'Tiếng Việt', en: 'English' },
  nav: {
    submit: 'Gửi phản ánh', track: 'Tra cứu hồ sơ', disclosure: 'Công khai kết quả', staffLogin: 'Cán bộ đăng nhập',
    operator: 'Tổng đài viên', inbox: 'Hồ sơ của cơ quan', cases: 'Tìm hồ sơ', triage: 'Phân loại', overdue: 'Quá hạn',
    dashboard: 'Tổng hợp, báo cáo', admin: 'Quản trị', logout: 'Đăng xuất', signedInAs: 'Đăng nhập: {{name}}', profile: 'Tài khoản của tôi',
  },
  common: {
    loading: 'Đang tải…', empty: 'Không có dữ liệu.', search: 'Tìm kiếm', filter: 'Lọc', clear: 'Xóa lọc', save: 'Lưu', cancel: 'Hủy',
    send: 'Gửi', back: 'Quay lại', yes: 'Có', no: 'Không', error: 'Đã có lỗi: {{message}}', retry: 'Thử lại', download: 'Tải xuống',
    noMatch: 'Không tìm thấy mục phù hợp', page: 'Trang {{page}}', total: '{{count}} hồ sơ', more: 'Xem thêm', required: 'bắt buộc',
  },
  field: {
    kind: 'Loại', category: 'Lĩnh vực', area: 'Địa bàn', title: 'Tiêu đề', description: 'Nội dung', address: 'Địa chỉ nơi xảy ra',
    attachments: 'Ảnh hoặc tệp PDF đính kèm', attachmentsHint: 'JPG, PNG, WEBP hoặc PDF, mỗi tệp tối đa 10 MB, tối đa 10 tệp',
    anonymous: 'Gửi ẩn danh (không để lại thông tin liên hệ)', public: 'Đồng ý công khai nội dung và kết quả trả lời (không công khai thông tin cá nhân)',
    name: 'Họ và tên', phone: 'Số điện thoại', email: 'Thư điện tử', website: 'Trang web (để trống)', trackingCode: 'Mã hồ sơ', accessKey: 'Mã truy cập',
    categoryPlaceholder: 'Gõ để tìm, có thể không dấu', areaPlaceholder: 'Gõ để tìm phường, xã…', priorityUrgent: 'Khẩn cấp', channel: 'Kênh tiếp nhận',
    status: 'Trạng thái', agency: 'Cơ quan xử lý', from: 'Từ ngày', to: 'Đến ngày', query: 'Từ khóa hoặc mã hồ sơ', overdueOnly: 'Chỉ hồ sơ quá hạn',
  },
  validation: {
    titleLength: 'Tiêu đề cần từ 5 đến 200 ký tự.', descriptionLength: 'Nội dung cần từ 10 đến 10.000 ký tự.', kind: 'Hãy chọn loại phản ánh.',
    name: 'Hãy nhập họ và tên (2–120 ký tự) hoặc chọn gửi ẩn danh.', phone: 'Số điện thoại Việt Nam bắt đầu bằng 0 hoặc +84, gồm 10–11 chữ số.',
    email: 'Địa chỉ thư điện tử chưa đúng.', contact: 'Hãy để lại số điện thoại hoặc thư điện tử để nhận trả lời.',
    fileType: 'Tệp “{{name}}” không phải ảnh JPG/PNG/WEBP hoặc PDF.', fileSize: 'Tệp “{{name}}” lớn hơn 10 MB.', fileCount: 'Tối đa 10 tệp.',
    reason: 'Hãy nêu lý do (ít nhất 5 ký tự).', answer: 'Nội dung trả lời cần ít nhất 10 ký tự.', note: 'Ghi chú cần ít nhất 2 ký tự.',
    fixBelow: 'Vui lòng sửa các mục được đánh dấu bên dưới.',
  },
  submit: {
    heading: 'Gửi phản ánh, kiến nghị tới HĐND', intro: 'Hồ sơ được chuyển tới cơ quan có thẩm quyền; bạn theo dõi bằng mã hồ sơ và mã truy cập.',
    contact: 'Thông tin liên hệ', button: 'Gửi hồ sơ', sending: 'Đang gửi…', uploadFailed: 'Hồ sơ đã được tiếp nhận nhưng chưa tải được tệp đính kèm: {{message}}',
  },
  receipt: {
    heading: 'Đã tiếp nhận hồ sơ', code: 'Mã hồ sơ', key: 'Mã truy cập', keep: 'Hãy lưu lại hai mã này: cần chúng để tra cứu và đánh giá kết quả. Mã truy cập chỉ hiển thị một lần.',
    files: 'Đã đính kèm {{count}} tệp.', track: 'Theo dõi hồ sơ', another: 'Gửi phản ánh khác',
  },
  track: {
    heading: 'Tra cứu hồ sơ', find: 'Tra cứu', notFound: 'Không tìm thấy hồ sơ với mã và mã truy cập này.', timeline: 'Quá trình xử lý',
    answer: 'Trả lời của cơ quan', answeredAt: 'Trả lời lúc {{at}}', rate: 'Bạn có hài lòng với trả lời?', satisfied: 'Hài lòng',
    notSatisfied: 'Chưa hài lòng, đề nghị xử lý lại', comment: 'Ý kiến thêm (không bắt buộc)', thanks: 'Cảm ơn bạn đã đánh giá.',
    reopened: 'Hồ sơ đã được chuyển lại cho cơ quan để xử lý tiếp.', files: 'Tệp đính kèm', receivedAt: 'Tiếp nhận lúc {{at}}',
  },
  disclosure: {
    heading: 'Công khai kết quả giải quyết', intro: 'Số liệu theo cơ quan cho hồ sơ tiếp nhận từ {{from}} đến {{to}}; không có thông tin cá nhân.',
    agency: 'Cơ quan', received: 'Tiếp nhận', answered: 'Đã trả lời', onTime: 'Đúng hạn', satisfaction: 'Hài lòng', overdue: 'Quá hạn',
    answers: 'Trả lời đã công khai', smallSample: 'ít hồ sơ', unassigned: 'Chưa giao',
  },
  login: {
    heading: 'Đăng nhập cho cán bộ', email: 'Thư điện tử', password: 'Mật khẩu', totp: 'Mã xác thực (nếu có)', button: 'Đăng nhập',
    failed: 'Sai thư điện tử hoặc mật khẩu.', locked: 'Tạm khóa do đăng nhập sai nhiều lần; thử lại sau {{seconds}} giây.',
    totpHint: 'Tài khoản này dùng xác thực hai bước: nhập 6 chữ số trong ứng dụng xác thực.', totpWrong: 'Mã xác thực sai, hết hạn hoặc đã dùng.',
  },
  role: {
    operator: 'Tổng đài viên', agency_officer: 'Cán bộ cơ quan', agency_head: 'Lãnh đạo cơ quan', secretariat: 'Văn phòng HĐND',
    council_member: 'Đại biểu HĐND', admin: 'Quản trị viên',
  },
  account: {
    heading: 'Tài khoản của tôi', currentPassword: 'Mật khẩu hiện tại', temporaryPassword: 'Mật khẩu tạm thời', newPassword: 'Mật khẩu mới',
    confirmPassword: 'Nhập lại mật khẩu mới', passwordRule: 'Từ 10 ký tự, có chữ cái và ít nhất một chữ số hoặc ký hiệu.', mismatch: 'Hai mật khẩu không khớp.',
    changePassword: 'Đổi mật khẩu', passwordChanged: 'Đã đổi mật khẩu; các phiên đăng nhập khác đã kết thúc.',
    chooseHeading: 'Chọn mật khẩu mới', chooseIntro: 'Bạn đang dùng mật khẩu tạm thời do quản trị viên cấp. Hãy chọn mật khẩu mới để tiếp tục.',
    enrolHeading: 'Bật xác thực hai bước', enrolIntro: 'Vai trò của bạn bắt buộc dùng mã xác thực (TOTP). Hãy cài đặt trước khi tiếp tục.',
    totpHeading: 'Xác thực hai bước (TOTP)', totpOn: 'Đang bật', totpEnabled: 'Đã bật xác thực hai bước.', startTotp: 'Tạo mã bí mật',
    scan: 'Quét mã QR bằng ứng dụng xác thực (Google Authenticator, Microsoft Authenticator, FreeOTP…).', qrAlt: 'Mã QR để cài ứng dụng xác thực',
    orType: 'Hoặc nhập mã bí mật này:', code: 'Mã 6 chữ số', codeRule: 'Nhập đủ 6 chữ số trong ứng dụng.', enableTotp: 'Xác nhận và bật',
    apps: 'Mã bí mật chỉ hiển thị lúc cài đặt; nếu mất điện thoại, nhờ quản trị viên đặt lại.',
    sessions: 'Các phiên đăng nhập', started: 'Bắt đầu', lastSeen: 'Lần cuối', device: 'Địa chỉ, trình duyệt', thisSession: 'Phiên này',
    endSession: 'Kết thúc', sessionEnded: 'Đã kết thúc phiên đăng nhập.',
  },
  deadline: { overdue: 'Quá hạn {{count}} ngày làm việc', today: 'Đến hạn hôm nay', left: 'Còn {{count}} ngày làm việc', none: 'Không có hạn', due: 'Hạn: {{at}}' },
  operator: {
    heading: 'Tiếp nhận cuộc gọi', shortcut: 'Ctrl+Enter để lưu hồ sơ', earlier: 'Hồ sơ trước đây của số này', noEarlier: 'Chưa có hồ sơ nào của số này.',
    similar: 'Hồ sơ đang mở tương tự trên địa bàn', noSimilar: 'Không thấy hồ sơ tương tự.', saved: 'Đã lưu hồ sơ {{code}}. Mã truy cập: {{key}}',
    button: 'Lưu hồ sơ (Ctrl+Enter)', caller: 'Người gọi',
  },
  cases: {
    heading: 'Hồ sơ', inboxHeading: 'Hồ sơ của cơ quan', code: 'Mã', title: 'Tiêu đề', received: 'Tiếp nhận', due: 'Hạn', export: 'Xuất CSV danh sách này',
    allStatuses: 'Mọi trạng thái', open: 'Đang mở',
  },
  case: {
    details: 'Thông tin hồ sơ', citizen: 'Người gửi', withheld: 'Danh tính người tố cáo được giữ kín.', anonymous: 'Ẩn danh', deadlines: 'Thời hạn',
    clock: 'Mốc', dueAt: 'Hạn', extensions: 'Gia hạn {{used}}/{{allowed}}', history: 'Lịch sử', actions: 'Xử lý', internal: 'Nội bộ',
    answer: 'Nội dung trả lời', reason: 'Lý do', note: 'Ghi chú nội bộ', addNote: 'Thêm ghi chú', files: 'Tệp đính kèm', answerFiles: 'Đính kèm văn bản trả lời',
    done: 'Đã cập nhật hồ sơ.', returned: 'Đã trả hồ sơ về Văn phòng.', agency: 'Chuyển tới cơ quan',
    action: {
      accept: 'Tiếp nhận', start: 'Bắt đầu xử lý', return: 'Trả lại (không thuộc thẩm quyền)', answer: 'Trả lời', extend: 'Gia hạn',
      request_info: 'Yêu cầu bổ sung thông tin', provide_info: 'Đã có thông tin bổ sung', close: 'Kết thúc', reject: 'Không thụ lý', route: 'Chuyển cơ quan', note: 'Ghi chú nội bộ',
    },
  },
  triage: { heading: 'Hồ sơ cần phân loại, chuyển xử lý', empty: 'Không có hồ sơ nào chờ phân loại.', route: 'Chuyển', routed: 'Đã chuyển {{code}} tới {{agency}}.', returns: 'Bị trả {{count}} lần' },
  overdue: { heading: 'Hồ sơ quá hạn theo cơ quan', empty: 'Không có hồ sơ quá hạn.', veryLate: 'Rất chậm (quá 5 ngày làm việc)', count: '{{count}} quá hạn', days: '{{count}} ngày làm việc' },
  dashboard: {
    heading: 'Tổng hợp kết quả', period: 'Hồ sơ tiếp nhận từ {{from}} đến {{to}}', received: 'Tiếp nhận', answered: 'Đã trả lời', onTime: 'Trả lời đúng hạn',
    overdueOpen: 'Đang quá hạn', satisfaction: 'Hài lòng', trend: 'Hồ sơ và tỷ lệ đúng hạn theo tháng', byAgency: 'Theo cơ quan', byCategory: 'Theo lĩnh vực',
    overdueByAgency: 'Quá hạn theo cơ quan', onTimePct: 'Đúng hạn (%)', downloads: 'Tải báo cáo', csv: 'Bảng tổng hợp CSV', xlsx: 'Bảng tổng hợp Excel',
    session: 'Báo cáo kỳ họp', sessionPdf: 'PDF', sessionXlsx: 'Excel', noSessions: 'Chưa có kỳ họp nào.', drill: 'Xem hồ sơ', month: 'Tháng',
  },
  admin: {
    heading: 'Quản trị', agencies: 'Cơ quan', areas: 'Địa bàn', categories: 'Lĩnh vực', routing: 'Quy tắc chuyển', deadlines: 'Quy tắc thời hạn',
    calendar: 'Lịch nghỉ, làm bù', users: 'Người dùng', code: 'Mã', name: 'Tên', nameEn: 'Tên tiếng Anh', parent: 'Thuộc', level: 'Cấp',
    readOnly: 'Chỉ xem: API chưa có chức năng sửa mục này.', noEndpoint: 'API chưa cung cấp danh sách này; cần bổ sung phía máy chủ.',
    clock: 'Mốc', length: 'Thời hạn', unit: 'Đơn vị', source: 'Căn cứ', version: 'Phiên bản', allKinds: 'mọi loại',
    year: 'Năm', date: 'Ngày', type: 'Loại ngày', working: 'Ngày làm việc', addDay: 'Thêm ngày', deleteDay: 'Xóa',
    dayType: { holiday: 'Nghỉ lễ', compensation: 'Nghỉ bù', swapped_day_off: 'Nghỉ hoán đổi', make_up_working_day: 'Làm bù' },
  },
};

type Messages = typeof vi;
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const en: Widen<Messages> = {
  app: { title: 'People’s Council Hotline', subtitle: 'Voters’ feedback and petitions', skip: 'Skip to main content', menu: 'Open menu' },
  lang: { label: 'Language', vi: 'Tiếng Việt', en: 'English' },
  nav: {
    submit: 'Submit a case', track: 'Track a case', disclosure: 'Published results', staffLogin: 'Staff sign-in',
    operator: 'Operator console', inbox: 'Agency inbox', cases: 'Find cases', triage: 'Triage', overdue: 'Overdue',
    dashboard: 'Dashboard and reports', admin: 'Administration', logout: 'Sign out', signedInAs: 'Signed in: {{name}}', profile: 'My account',
  },
  common: {
    loading: 'Loading…', empty: 'Nothing here.', search: 'Search', filter: 'Filter', clear: 'Clear filters', save: 'Save', cancel: 'Cancel',
    send: 'Send', back: 'Back', yes: 'Yes', no: 'No', error: 'Something went wrong: {{message}}', retry: 'Retry', download: 'Download',
    noMatch: 'No matching item', page: 'Page {{page}}', total: '{{count}} cases', more: 'More', required: 'required',
  },
  field: {
    kind: 'Kind', category: 'Category', area: 'Area', title: 'Title', description: 'Description', address: 'Address of the place',
    attachments: 'Photos or PDF files', attachmentsHint: 'JPG, PNG, WEBP or PDF, up to 10 MB each, at most 10 files',
    anonymous: 'Submit anonymously (no contact details)', public: 'Publish the case and its answer (never your personal data)',
    name: 'Full name', phone: 'Phone', email: 'Email', website: 'Website (leave empty)', trackingCode: 'Tracking code', accessKey: 'Access key',
    categoryPlaceholder: 'Type to search, diacritics optional', areaPlaceholder: 'Type to search wards, communes…', priorityUrgent: 'Urgent', channel: 'Channel',
    status: 'Status', agency: 'Agency', from: 'From', to: 'To', query: 'Words or tracking code', overdueOnly: 'Overdue only',
  },
  validation: {
    titleLength: 'The title needs 5 to 200 characters.', descriptionLength: 'The description needs 10 to 10,000 characters.', kind: 'Choose a kind.',
    name: 'Enter your full name (2–120 characters) or submit anonymously.', phone: 'A Vietnamese phone number starts with 0 or +84 and has 10–11 digits.',
    email: 'This email address is not valid.', contact: 'Leave a phone number or an email to receive the answer.',
    fileType: '“{{name}}” is not a JPG/PNG/WEBP photo or a PDF.', fileSize: '“{{name}}” is larger than 10 MB.', fileCount: 'At most 10 files.',
    reason: 'Give a reason (at least 5 characters).', answer: 'The answer needs at least 10 characters.', note: 'The note needs at least 2 characters.',
    fixBelow: 'Please correct the marked fields below.',
  },
  submit: {
    heading: 'Send feedback or a petition to the People’s Council', intro: 'Your case goes to the responsible agency; follow it with the tracking code and access key.',
    contact: 'Contact details', button: 'Submit', sending: 'Sending…', uploadFailed: 'The case was received but the attachments could not be uploaded: {{message}}',
  },
  receipt: {
    heading: 'Case received', code: 'Tracking code', key: 'Access key', keep: 'Keep both codes: you need them to follow the case and rate the answer. The access key is shown only once.',
    files: '{{count}} file(s) attached.', track: 'Follow the case', another: 'Submit another case',
  },
  track: {
    heading: 'Track a case', find: 'Find', notFound: 'No case with this tracking code and access key.', timeline: 'Progress',
    answer: 'The agency’s answer', answeredAt: 'Answered {{at}}', rate: 'Are you satisfied with the answer?', satisfied: 'Satisfied',
    notSatisfied: 'Not satisfied, reopen the case', comment: 'Comment (optional)', thanks: 'Thank you for your rating.',
    reopened: 'The case went back to the agency for further handling.', files: 'Attachments', receivedAt: 'Received {{at}}',
  },
  disclosure: {
    heading: 'Published results', intro: 'Figures by agency for cases received from {{from}} to {{to}}; no personal data.',
    agency: 'Agency', received: 'Received', answered: 'Answered', onTime: 'On time', satisfaction: 'Satisfied', overdue: 'Overdue',
    answers: 'Published answers', smallSample: 'few cases', unassigned: 'Not assigned',
  },
  login: {
    heading: 'Staff sign-in', email: 'Email', password: 'Password', totp: 'Authenticator code (if enabled)', button: 'Sign in',
    failed: 'Wrong email or password.', locked: 'Locked after too many failed attempts; try again in {{seconds}} s.',
    totpHint: 'This account uses two-step verification: enter the 6 digits from your authenticator app.', totpWrong: 'The code is wrong, expired or already used.',
  },
  role: {
    operator: 'Hotline operator', agency_officer: 'Agency officer', agency_head: 'Agency head', secretariat: 'Council secretariat',
    council_member: 'Council member', admin: 'Administrator',
  },
  account: {
    heading: 'My account', currentPassword: 'Current password', temporaryPassword: 'Temporary password', newPassword: 'New password',
    confirmPassword: 'New password again', passwordRule: 'At least 10 characters, with letters and at least one digit or symbol.', mismatch: 'The two passwords differ.',
    changePassword: 'Change password', passwordChanged: 'Password changed; your other sessions were ended.',
    chooseHeading: 'Choose a new password', chooseIntro: 'You signed in with a temporary password from an administrator. Choose your own to go on.',
    enrolHeading: 'Turn on two-step verification', enrolIntro: 'Your role must use an authenticator code (TOTP). Set it up before going on.',
    totpHeading: 'Two-step verification (TOTP)', totpOn: 'On', totpEnabled: 'Two-step verification is on.', startTotp: 'Create a secret',
    scan: 'Scan the QR code with an authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP…).', qrAlt: 'QR code for the authenticator app',
    orType: 'Or type this secret:', code: '6-digit code', codeRule: 'Enter the 6 digits the app shows.', enableTotp: 'Confirm and turn on',
    apps: 'The secret is shown only now; if you lose the phone, ask an administrator to reset it.',
    sessions: 'Sessions', started: 'Started', lastSeen: 'Last used', device: 'Address, browser', thisSession: 'This session',
    endSession: 'End', sessionEnded: 'The session was ended.',
  },
  deadline: { overdue: '{{count}} working days overdue', today: 'Due today', left: '{{count}} working days left', none: 'No deadline', due: 'Due: {{at}}' },
  operator: {
    heading: 'Take a call', shortcut: 'Ctrl+Enter saves the case', earlier: 'Earlier cases from this number', noEarlier: 'No earlier case from this number.',
    similar: 'Similar open cases in the area', noSimilar: 'No similar case.', saved: 'Saved case {{code}}. Access key: {{key}}',
    button: 'Save case (Ctrl+Enter)', caller: 'Caller',
  },
  cases: {
    heading: 'Cases', inboxHeading: 'Agency inbox', code: 'Code', title: 'Title', received: 'Received', due: 'Due', export: 'Export this list as CSV',
    allStatuses: 'Any status', open: 'Open',
  },
  case: {
    details: 'Case details', citizen: 'Citizen', withheld: 'The denouncer’s identity is withheld.', anonymous: 'Anonymous', deadlines: 'Deadlines',
    clock: 'Clock', dueAt: 'Due', extensions: 'Extensions {{used}}/{{allowed}}', history: 'History', actions: 'Actions', internal: 'Internal',
    answer: 'Answer', reason: 'Reason', note: 'Internal note', addNote: 'Add note', files: 'Attachments', answerFiles: 'Attach the answer letter',
    done: 'Case updated.', returned: 'Case returned to the secretariat.', agency: 'Route to agency',
    action: {
      accept: 'Accept', start: 'Start work', return: 'Return (not our remit)', answer: 'Answer', extend: 'Extend',
      request_info: 'Ask for information', provide_info: 'Information received', close: 'Close', reject: 'Reject', route: 'Route', note: 'Internal note',
    },
  },
  triage: { heading: 'Cases to triage and route', empty: 'No case waits for triage.', route: 'Route', routed: 'Routed {{code}} to {{agency}}.', returns: 'Returned {{count}}×' },
  overdue: { heading: 'Overdue cases by agency', empty: 'No overdue case.', veryLate: 'Very late (over 5 working days)', count: '{{count}} overdue', days: '{{count}} working days' },
  dashboard: {
    heading: 'Dashboard', period: 'Cases received from {{from}} to {{to}}', received: 'Received', answered: 'Answered', onTime: 'Answered on time',
    overdueOpen: 'Overdue now', satisfaction: 'Satisfied', trend: 'Cases and on-time rate by month', byAgency: 'By agency', byCategory: 'By category',
    overdueByAgency: 'Overdue by agency', onTimePct: 'On time (%)', downloads: 'Download reports', csv: 'Summary CSV', xlsx: 'Summary Excel',
    session: 'Council session report', sessionPdf: 'PDF', sessionXlsx: 'Excel', noSessions: 'No council session yet.', drill: 'Cases', month: 'Month',
  },
  admin: {
    heading: 'Administration', agencies: 'Agencies', areas: 'Areas', categories: 'Categories', routing: 'Routing rules', deadlines: 'Deadline rules',
    calendar: 'Holiday calendar', users: 'Users', code: 'Code', name: 'Name', nameEn: 'English name', parent: 'Parent', level: 'Level',
    readOnly: 'Read-only: the API has no way to change this yet.', noEndpoint: 'The API has no list of these yet; a server endpoint is needed.',
    clock: 'Clock', length: 'Length', unit: 'Unit', source: 'Source', version: 'Version', allKinds: 'all kinds',
    year: 'Year', date: 'Date', type: 'Day type', working: 'Working day', addDay: 'Add day', deleteDay: 'Delete',
    dayType: { holiday: 'Holiday', compensation: 'Compensation day', swapped_day_off: 'Swapped day off', make_up_working_day: 'Make-up working day' },
  },
};

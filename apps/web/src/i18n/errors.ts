import type { ErrorCode } from '@hotline/contracts';

/**
 * What each API error code means to a user, Vietnamese first. Typed by `ErrorCode`, so a new code fails to compile
 * here until it has both translations; the UI shows these, never the server's (English, developer) message.
 */
export const errorsVi: Record<ErrorCode, string> = {
  bad_request: 'Yêu cầu chưa hợp lệ. Vui lòng kiểm tra lại thông tin.',
  validation_failed: 'Một số thông tin chưa hợp lệ. Vui lòng sửa các mục được đánh dấu.',
  unauthorized: 'Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  not_found: 'Không tìm thấy nội dung yêu cầu.',
  method_not_allowed: 'Thao tác này không được hỗ trợ.',
  conflict: 'Thao tác không thực hiện được với tình trạng hiện tại của hồ sơ. Vui lòng tải lại trang.',
  invalid_transition: 'Hồ sơ đang ở trạng thái không cho phép thao tác này. Vui lòng tải lại trang.',
  payload_too_large: 'Dữ liệu gửi lên quá lớn (tệp tối đa 10 MB).',
  unsupported_media_type: 'Định dạng tệp hoặc dữ liệu không được hỗ trợ.',
  unprocessable_entity: 'Yêu cầu không thực hiện được theo quy định.',
  too_many_requests: 'Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng đợi vài phút rồi thử lại.',
  service_unavailable: 'Hệ thống đang tạm thời gián đoạn. Vui lòng thử lại sau ít phút.',
  internal_error: 'Hệ thống gặp sự cố. Vui lòng thử lại sau.',
  invalid_json: 'Dữ liệu gửi lên không đọc được.',
  empty_json_body: 'Yêu cầu không có nội dung.',
  invalid_content_length: 'Dữ liệu gửi lên không trọn vẹn. Vui lòng thử lại.',
  forbidden_character: 'Nội dung có ký tự không được phép.',
  invalid_date: 'Ngày chưa đúng định dạng.',
  date_out_of_range: 'Ngày phải trong khoảng từ năm 2000 đến năm 2100.',
  denunciation_routed_to_accused: 'Không được chuyển đơn tố cáo cho chính cơ quan bị tố cáo hoặc đơn vị trực thuộc.',
  denunciation_not_public: 'Đơn tố cáo không được công khai.',
  identity_grant_outside_handling_agency: 'Chỉ cán bộ của cơ quan đang xử lý mới được xem danh tính người tố cáo.',
  phone_lookup_forbidden: 'Vai trò của bạn không được tra cứu theo số điện thoại.',
  idempotency_key_reused: 'Yêu cầu này đã được gửi với nội dung khác. Vui lòng tải lại trang rồi gửi lại.',
  tracking_pin_locked: 'Mã PIN của hồ sơ này tạm bị khóa do nhập sai nhiều lần. Hãy dùng mã truy cập, hoặc thử lại sau.',
};

export const errorsEn: Record<ErrorCode, string> = {
  bad_request: 'The request is not valid. Please check what you entered.',
  validation_failed: 'Some details are not valid. Please correct the marked fields.',
  unauthorized: 'Your session has ended. Please sign in again.',
  forbidden: 'You may not do this.',
  not_found: 'Not found.',
  method_not_allowed: 'This operation is not supported.',
  conflict: 'This cannot be done in the case’s current state. Please reload the page.',
  invalid_transition: 'The case’s status does not allow this action. Please reload the page.',
  payload_too_large: 'Too much data (files up to 10 MB).',
  unsupported_media_type: 'This file or data format is not supported.',
  unprocessable_entity: 'The rules do not allow this request.',
  too_many_requests: 'Too many requests in a short time. Please wait a few minutes and try again.',
  service_unavailable: 'The service is briefly unavailable. Please try again in a few minutes.',
  internal_error: 'Something went wrong on our side. Please try again later.',
  invalid_json: 'The data sent could not be read.',
  empty_json_body: 'The request was empty.',
  invalid_content_length: 'The data arrived incomplete. Please try again.',
  forbidden_character: 'The text contains a character that is not allowed.',
  invalid_date: 'The date is not valid.',
  date_out_of_range: 'Dates must lie between 2000 and 2100.',
  denunciation_routed_to_accused: 'A denunciation cannot go to the accused agency or one of its units.',
  denunciation_not_public: 'A denunciation is never published.',
  identity_grant_outside_handling_agency: 'Only officers of the handling agency may see a denouncer’s identity.',
  phone_lookup_forbidden: 'Your role may not search by phone number.',
  idempotency_key_reused: 'This request was already sent with other content. Please reload the page and send again.',
  tracking_pin_locked: 'This case’s PIN is locked after too many wrong tries. Use the access key, or try again later.',
};

/** Errors of the page itself (no API code): the request never reached the server; a field the server refused. */
export const pageErrorsVi = {
  network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
  invalidField: 'Giá trị này chưa hợp lệ.',
};
export const pageErrorsEn: typeof pageErrorsVi = {
  network: 'Could not reach the server. Check the connection and try again.',
  invalidField: 'This value is not valid.',
};

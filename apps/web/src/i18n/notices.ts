/** Strings of the notices a case sent (email, SMS, Zalo), shown to staff on the case page; merged into `translation`. */
export const noticesVi = {
  notices: {
    heading: 'Thông báo đã gửi',
    preferred: 'Nhận thông báo qua',
    preferredAuto: 'Tự động (ưu tiên thư điện tử)',
    needsEmail: 'Hãy nhập thư điện tử để nhận thông báo qua thư.',
    needsPhone: 'Hãy nhập số điện thoại để nhận thông báo qua SMS hoặc Zalo.',
    channel: { email: 'Email', sms: 'SMS', zalo: 'Zalo' },
    status: { pending: 'Đang chờ gửi', sent: 'Đã gửi', delivered: 'Đã đến máy người nhận', failed: 'Không gửi được' },
    template: {
      'case-receipt': 'Xác nhận tiếp nhận',
      'agency-new-case': 'Chuyển cơ quan',
      'case-answered': 'Trả lời',
      'case-returned': 'Trả lại',
      'deadline-reminder': 'Nhắc hạn',
      'deadline-due-today': 'Đến hạn',
      'deadline-overdue': 'Quá hạn',
      'deadline-very-late': 'Chậm trên 5 ngày',
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const noticesEn: Widen<typeof noticesVi> = {
  notices: {
    heading: 'Notices sent',
    preferred: 'Receive notices by',
    preferredAuto: 'Automatic (email first)',
    needsEmail: 'Enter an email address to receive notices by email.',
    needsPhone: 'Enter a phone number to receive notices by SMS or Zalo.',
    channel: { email: 'Email', sms: 'SMS', zalo: 'Zalo' },
    status: { pending: 'Waiting to be sent', sent: 'Sent', delivered: 'Delivered to the handset', failed: 'Could not be sent' },
    template: {
      'case-receipt': 'Receipt',
      'agency-new-case': 'Routed to an agency',
      'case-answered': 'Answer',
      'case-returned': 'Returned',
      'deadline-reminder': 'Deadline reminder',
      'deadline-due-today': 'Due today',
      'deadline-overdue': 'Overdue',
      'deadline-very-late': 'More than 5 days late',
    },
  },
};

import { CaseChannel } from '@hotline/contracts';

export const CHANNEL_LABELS: Record<CaseChannel, { vi: string; en: string }> = {
  [CaseChannel.Web]: { vi: 'Cổng thông tin', en: 'Web' },
  [CaseChannel.Hotline]: { vi: 'Đường dây nóng', en: 'Hotline' },
  [CaseChannel.Email]: { vi: 'Thư điện tử', en: 'Email' },
  [CaseChannel.VoterMeeting]: { vi: 'Tiếp xúc cử tri', en: 'Voter meeting' },
  [CaseChannel.WalkIn]: { vi: 'Tiếp công dân', en: 'Walk-in' },
  [CaseChannel.Api]: { vi: 'Hệ thống khác (API)', en: 'Other systems (API)' },
};

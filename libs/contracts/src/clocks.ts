/** Names of the clocks the default deadline rules use; administrators may add others. */
export const CLOCK_LABELS: Record<string, { vi: string; en: string }> = {
  route: { vi: 'chuyển xử lý', en: 'routing' },
  acknowledge: { vi: 'tiếp nhận hồ sơ', en: 'acknowledgement' },
  accept: { vi: 'thụ lý', en: 'formal acceptance' },
  answer: { vi: 'trả lời, giải quyết', en: 'answer' },
  notice: { vi: 'thông báo kết quả tiếp nhận (tiếp công dân)', en: 'walk-in notice' },
};

export const clockLabel = (clock: string) => CLOCK_LABELS[clock] ?? { vi: clock, en: clock };

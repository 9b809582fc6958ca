"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clockLabel = exports.CLOCK_LABELS = void 0;
/** Names of the clocks the default deadline rules use; administrators may add others. */
exports.CLOCK_LABELS = {
    route: { vi: 'chuyển xử lý', en: 'routing' },
    acknowledge: { vi: 'tiếp nhận hồ sơ', en: 'acknowledgement' },
    accept: { vi: 'thụ lý', en: 'formal acceptance' },
    answer: { vi: 'trả lời, giải quyết', en: 'answer' },
};
const clockLabel = (clock) => exports.CLOCK_LABELS[clock] ?? { vi: clock, en: clock };
exports.clockLabel = clockLabel;
//# sourceMappingURL=clocks.js.map
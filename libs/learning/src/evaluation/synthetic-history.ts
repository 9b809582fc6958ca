/**
 * A labelled routing history made up for the evaluation (`npm run evaluate`), because a demo seed is too small and
 * too clean to measure anything. A seeded generator, so every run measures the same history:
 *
 * - 20 topics a city hotline hears (potholes, street lights, flooding, fallen trees, rubbish, building without a
 *   permit, land certificates, pavement encroachment, theft, hospitals, food safety, school fees, social allowances,
 *   social insurance, fake goods, traffic signals, tap water, noise, factory pollution, building permits), each
 *   handled by one department or company, or by the ward (UBND phường) of the case's area;
 * - 9 coarse categories the citizen picks (several topics share one: "hạ tầng đô thị" goes to five agencies);
 * - text from openers, the topic's phrases, a street and ward, and closing words, with noise: 40% of cases typed
 *   without diacritics, 15% with one or two misspelt words (a letter dropped, doubled or swapped), 15% mention a
 *   second topic, 20% filed under a wrong category and 5% under "khác";
 * - 12% first routed to a plausible wrong agency, returned with a reason, then rerouted (the return is a negative
 *   example for the wrong agency);
 * - for deadline risk, each agency has its own speed and a backlog that swells and ebbs over the year; a case's
 *   answer time follows its kind's legal period, the agency's speed and its backlog, with noise.
 */
export interface Agency {
  code: string;
  name: string;
}

export interface SyntheticCase {
  id: string;
  receivedAt: Date;
  decidedAt: Date;
  text: string;
  kind: string;
  categoryCode: string;
  areaCode: string;
  channel: string;
  agencyCode: string;
  /** The agency a reroute was returned by, before the case reached `agencyCode`. */
  returnedBy: string | null;
  /** What the routing rules alone would do (category, with the ward for local categories): null sends it to triage. */
  ruleAgencyCode: string | null;
}

export interface RiskSnapshot {
  at: Date;
  kind: string;
  agencyCode: string;
  agencyBacklog: number;
  hoursLeft: number;
  hoursAllowed: number;
  answeredAt: Date;
  late: boolean;
}

const WARDS = ['Yên Hòa', 'Dịch Vọng', 'Láng Thượng', 'Ô Chợ Dừa', 'Kim Liên', 'Văn Miếu', 'Hàng Bạc', 'Cửa Nam', 'Ba Đình', 'Ngọc Hà'];
const STREETS = [
  'Trần Duy Hưng',
  'Nguyễn Chí Thanh',
  'Láng Hạ',
  'Kim Mã',
  'Giải Phóng',
  'Xã Đàn',
  'Hoàng Hoa Thám',
  'Đội Cấn',
  'Chùa Láng',
];

export const WARD_AGENCY = (i: number) => `UBND-P${String(i + 1).padStart(2, '0')}`;
export const AREA_CODE = (i: number) => `P${String(i + 1).padStart(2, '0')}`;

const DEPARTMENTS: Agency[] = [
  { code: 'SGTVT', name: 'Sở Giao thông vận tải' },
  { code: 'CTY-CS', name: 'Công ty Chiếu sáng đô thị' },
  { code: 'CTY-TN', name: 'Công ty Thoát nước' },
  { code: 'CTY-CX', name: 'Công ty Cây xanh' },
  { code: 'STNMT', name: 'Sở Tài nguyên và Môi trường' },
  { code: 'SXD', name: 'Sở Xây dựng' },
  { code: 'CA', name: 'Công an thành phố' },
  { code: 'SYT', name: 'Sở Y tế' },
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo' },
  { code: 'SLDTBXH', name: 'Sở Lao động - Thương binh và Xã hội' },
  { code: 'BHXH', name: 'Bảo hiểm xã hội thành phố' },
  { code: 'SCT', name: 'Sở Công thương' },
  { code: 'CTY-NS', name: 'Công ty Nước sạch' },
];

export const AGENCIES: Agency[] = [...DEPARTMENTS, ...WARDS.map((w, i) => ({ code: WARD_AGENCY(i), name: `UBND phường ${w}` }))];

/** `WARD` routes to the ward of the case's area. */
const WARD = 'WARD';
interface Topic {
  agency: string;
  category: string;
  phrases: string[];
  weight: number;
}

const TOPICS: Topic[] = [
  {
    agency: 'SGTVT',
    category: 'HT',
    weight: 8,
    phrases: ['mặt đường bị ổ gà', 'đường hư hỏng nặng', 'lún sụt mặt đường', 'xe tải trọng lớn phá đường'],
  },
  {
    agency: 'CTY-CS',
    category: 'HT',
    weight: 5,
    phrases: ['đèn đường không sáng', 'cột đèn chiếu sáng bị hỏng', 'đèn chiếu sáng ngõ tắt'],
  },
  {
    agency: 'CTY-TN',
    category: 'HT',
    weight: 6,
    phrases: ['ngập úng sau mưa', 'cống thoát nước bị tắc', 'nắp cống bị vỡ', 'nước thải tràn ra đường'],
  },
  {
    agency: 'CTY-CX',
    category: 'MT',
    weight: 4,
    phrases: ['cây xanh bị đổ', 'cành cây gãy nguy hiểm', 'cắt tỉa cây xanh', 'cây chết khô'],
  },
  {
    agency: WARD,
    category: 'MT',
    weight: 9,
    phrases: ['rác thải tồn đọng', 'thu gom rác không đúng giờ', 'bãi rác tự phát', 'đổ phế thải xây dựng'],
  },
  { agency: 'CA', category: 'AN', weight: 4, phrases: ['hát karaoke gây ồn ào', 'tiếng ồn ban đêm', 'loa kẹo kéo ầm ĩ'] },
  {
    agency: 'STNMT',
    category: 'MT',
    weight: 4,
    phrases: ['khói bụi nhà máy', 'nước thải công nghiệp', 'mùi hôi thối từ xưởng', 'ô nhiễm không khí'],
  },
  {
    agency: WARD,
    category: 'DD',
    weight: 8,
    phrases: ['xây dựng không phép', 'cơi nới trái phép', 'xây dựng sai phép', 'lấn chiếm đất công'],
  },
  {
    agency: 'STNMT',
    category: 'DD',
    weight: 5,
    phrases: ['cấp sổ đỏ chậm', 'giấy chứng nhận quyền sử dụng đất', 'tranh chấp ranh giới đất', 'bồi thường giải phóng mặt bằng'],
  },
  {
    agency: 'SXD',
    category: 'DD',
    weight: 4,
    phrases: ['cấp phép xây dựng chậm', 'quy hoạch chi tiết', 'chung cư cũ xuống cấp', 'thang máy chung cư hỏng'],
  },
  {
    agency: WARD,
    category: 'AN',
    weight: 7,
    phrases: ['lấn chiếm vỉa hè buôn bán', 'họp chợ tạm', 'đỗ xe trái phép trên vỉa hè', 'quán nhậu lấn chiếm lòng đường'],
  },
  { agency: 'CA', category: 'AN', weight: 5, phrases: ['trộm cắp tài sản', 'tụ tập sử dụng ma túy', 'đua xe trái phép', 'cờ bạc tụ tập'] },
  {
    agency: 'SYT',
    category: 'YT',
    weight: 5,
    phrases: ['thái độ nhân viên bệnh viện', 'bệnh viện quá tải', 'thiếu thuốc bảo hiểm y tế', 'phòng khám tư không phép'],
  },
  { agency: 'SYT', category: 'KT', weight: 2, phrases: ['ngộ độc thực phẩm', 'bếp ăn không đảm bảo vệ sinh', 'thực phẩm bẩn'] },
  {
    agency: 'SGDDT',
    category: 'GD',
    weight: 5,
    phrases: ['lạm thu đầu năm học', 'dạy thêm học thêm', 'tuyển sinh lớp một', 'trường học thiếu giáo viên'],
  },
  {
    agency: 'SLDTBXH',
    category: 'XH',
    weight: 4,
    phrases: ['trợ cấp người có công', 'chế độ hộ nghèo', 'trợ cấp người khuyết tật', 'chính sách thương binh'],
  },
  {
    agency: 'BHXH',
    category: 'XH',
    weight: 4,
    phrases: ['chốt sổ bảo hiểm xã hội', 'doanh nghiệp nợ bảo hiểm', 'hưởng lương hưu', 'trợ cấp thất nghiệp'],
  },
  {
    agency: 'SCT',
    category: 'KT',
    weight: 4,
    phrases: ['hàng giả hàng nhái', 'tăng giá bất hợp lý', 'cây xăng bán thiếu', 'chợ đầu mối mất vệ sinh'],
  },
  { agency: 'SGTVT', category: 'AN', weight: 3, phrases: ['đèn tín hiệu giao thông hỏng', 'biển báo giao thông bị che', 'xe buýt bỏ bến'] },
  {
    agency: 'CTY-NS',
    category: 'HT',
    weight: 4,
    phrases: ['mất nước sinh hoạt', 'nước máy có mùi', 'vỡ đường ống nước sạch', 'hóa đơn tiền nước tăng'],
  },
];

export const CATEGORIES = ['HT', 'MT', 'DD', 'AN', 'YT', 'GD', 'XH', 'KT', 'KHAC'];

/** The routing rules a secretariat would write: a category that one agency handles whole. */
const RULES: Record<string, string> = { YT: 'SYT', GD: 'SGDDT', XH: 'SLDTBXH', KT: 'SCT' };

const OPENERS = [
  'Tôi xin phản ánh',
  'Đề nghị cơ quan chức năng xử lý',
  'Người dân bức xúc vì',
  'Kính gửi HĐND, tình trạng',
  'Xin hỏi về việc',
  '',
];
const CLOSERS = ['kéo dài nhiều tháng', 'đã báo nhiều lần chưa được giải quyết', 'ảnh hưởng đến đời sống', 'mong sớm được xem xét', ''];
const KINDS: [string, number, number][] = [
  // kind, weight, legal period in days
  ['feedback', 50, 10],
  ['petition', 25, 15],
  ['complaint', 12, 30],
  ['denunciation', 5, 30],
  ['question', 8, 7],
];
const CHANNELS = ['web', 'hotline', 'email', 'voter_meeting', 'walk_in', 'api'];

/** Mulberry32: a small seeded generator, so the history is the same at every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Typing without diacritics, as many people do on a phone (data generation only: the model folds text in PostgreSQL). */
function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

function misspell(word: string, rnd: () => number): string {
  if (word.length < 3) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  const op = rnd();
  if (op < 0.33) return word.slice(0, i) + word.slice(i + 1);
  if (op < 0.66) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

export interface History {
  cases: SyntheticCase[];
  snapshots: RiskSnapshot[];
}

export function generateHistory({ cases: count = 6000, seed = 20, days = 365 } = {}): History {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const weighted = <T>(xs: readonly T[], weight: (x: T) => number): T => {
    let r = rnd() * xs.reduce((s, x) => s + weight(x), 0);
    for (const x of xs) if ((r -= weight(x)) < 0) return x;
    return xs[xs.length - 1];
  };
  const start = Date.UTC(2025, 0, 1);
  const speed = new Map(AGENCIES.map((a) => [a.code, Math.exp((rnd() - 0.5) * 0.9)]));
  const phase = new Map(AGENCIES.map((a) => [a.code, rnd() * 2 * Math.PI]));
  const baseBacklog = new Map(AGENCIES.map((a) => [a.code, 20 + Math.floor(rnd() * 80)]));
  const backlogAt = (agency: string, t: number) =>
    Math.round(baseBacklog.get(agency)! * (1 + 0.6 * Math.sin((2 * Math.PI * (t - start)) / (120 * 86_400_000) + phase.get(agency)!)));

  const cases: SyntheticCase[] = [];
  const snapshots: RiskSnapshot[] = [];
  for (let n = 0; n < count; n++) {
    const receivedAt = start + Math.floor((n / count) * days * 86_400_000 + rnd() * 3_600_000);
    const topic = weighted(TOPICS, (t) => t.weight);
    const ward = Math.floor(rnd() * WARDS.length);
    const agencyCode = topic.agency === WARD ? WARD_AGENCY(ward) : topic.agency;
    const [kind, , periodDays] = weighted(KINDS, (k) => k[1]);
    let text = [
      pick(OPENERS),
      pick(topic.phrases),
      rnd() < 0.7 ? `tại số ${1 + Math.floor(rnd() * 200)} ${pick(STREETS)}, phường ${WARDS[ward]}` : `ở phường ${WARDS[ward]}`,
      rnd() < 0.15 ? `, ngoài ra còn ${pick(pick(TOPICS).phrases)}` : '',
      pick(CLOSERS),
    ]
      .filter(Boolean)
      .join(' ');
    if (rnd() < 0.15)
      text = text
        .split(' ')
        .map((w) => (rnd() < 0.15 ? misspell(w, rnd) : w))
        .join(' ');
    if (rnd() < 0.4) text = withoutDiacritics(text);
    const r = rnd();
    const categoryCode = r < 0.05 ? 'KHAC' : r < 0.25 ? pick(CATEGORIES.slice(0, -1)) : topic.category;
    const rule = RULES[categoryCode] ?? null;
    let returnedBy: string | null = null;
    if (rnd() < 0.12) {
      const sameCategory = TOPICS.filter((t) => t.category === topic.category && t.agency !== topic.agency);
      const wrong = sameCategory.length ? pick(sameCategory).agency : pick(DEPARTMENTS).code;
      returnedBy = wrong === WARD ? WARD_AGENCY((ward + 1) % WARDS.length) : wrong;
    }
    const decidedAt = receivedAt + (returnedBy ? 3 : 1) * 86_400_000 * (0.2 + rnd());
    cases.push({
      id: `c${n}`,
      receivedAt: new Date(receivedAt),
      decidedAt: new Date(decidedAt),
      text,
      kind,
      categoryCode,
      areaCode: AREA_CODE(ward),
      channel: pick(CHANNELS),
      agencyCode,
      returnedBy,
      ruleAgencyCode: rule,
    });
    // Deadline risk: the answer takes the kind's period times the agency's speed and load, with noise.
    const allowedHours = periodDays * 24;
    const load = backlogAt(agencyCode, decidedAt) / baseBacklog.get(agencyCode)!;
    const answerHours = allowedHours * 0.75 * speed.get(agencyCode)! * Math.sqrt(Math.max(0.2, load)) * Math.exp((rnd() - 0.5) * 0.8);
    const answeredAt = decidedAt + answerHours * 3_600_000;
    const seenUntil = Math.min(answerHours, allowedHours * 1.3);
    for (let s = 0; s < 2; s++) {
      const elapsed = rnd() * seenUntil;
      const at = decidedAt + elapsed * 3_600_000;
      snapshots.push({
        at: new Date(at),
        kind,
        agencyCode,
        agencyBacklog: backlogAt(agencyCode, at),
        hoursLeft: allowedHours - elapsed,
        hoursAllowed: allowedHours,
        answeredAt: new Date(answeredAt),
        late: answerHours > allowedHours,
      });
    }
  }
  return { cases, snapshots };
}

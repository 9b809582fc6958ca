import { CaseKind } from '@hotline/contracts';
import type { ApiSchemas } from './api-types';

export type CreateCaseInput = ApiSchemas['CreateCaseDto'];

let n = 0;

/**
 * A valid public submission, typed by the API's document; override what the test is about (a bad-input test's
 * overrides make it invalid on purpose, and it is then sent as it is).
 */
export function makeCaseInput(overrides: Record<string, unknown> = {}): CreateCaseInput {
  n += 1;
  return {
    kind: CaseKind.Feedback,
    title: `Ổ gà lớn trên phố Huế số ${n}`,
    description: 'Mặt đường trước số 120 phố Huế có ổ gà sâu khoảng 20 cm, xe máy đã ngã hai lần trong tuần.',
    categoryCode: 'GIAO-THONG.DUONG-HONG',
    areaCode: 'HN-HAIBATRUNG',
    address: '120 phố Huế',
    citizen: { name: 'Nguyễn Văn An', phone: '0912 345 678', email: `citizen${n}@example.com` },
    public: false,
    consent: { handling: true },
    ...overrides,
  } as CreateCaseInput;
}

/** A valid council session (its petitions are the voter meetings' of meetingFrom..meetingTo); override what the test is about. */
export function makeSessionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Kỳ họp thường lệ cuối năm 2026',
    number: 28,
    term: 'Khóa XVI, nhiệm kỳ 2021-2026',
    sessionDate: '2026-12-15',
    meetingFrom: '2026-11-02',
    meetingTo: '2026-11-20',
    ...overrides,
  };
}

/** A valid walk-in reception that becomes a complaint (override what the test is about). */
export function makeReceptionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    place: 'Trụ sở tiếp công dân, 12 Lê Lai',
    citizen: {
      name: 'Trần Văn Bình',
      identityDocumentType: 'citizen_id',
      identityDocumentNumber: '001085012345',
      address: '45 phố Huế, Hai Bà Trưng',
      phone: '0912 111 222',
    },
    peopleCount: 1,
    content: 'Ông Bình khiếu nại việc Sở Xây dựng chưa trả lời đơn về việc sửa ổ gà trước số 45 phố Huế.',
    documents: 'Đơn khiếu nại (02 trang)',
    outcome: 'case_created',
    consent: { handling: true },
    case: {
      kind: 'complaint',
      title: 'Khiếu nại việc chậm sửa mặt đường phố Huế',
      categoryCode: 'GIAO-THONG.DUONG-HONG',
      areaCode: 'HN-HAIBATRUNG',
    },
    ...overrides,
  };
}

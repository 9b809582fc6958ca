import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateCaseDto } from '@hotline/cases';
import { CaseChannel, CaseKind } from '@hotline/contracts';
import { FieldProblem } from '@hotline/platform';
import { flattenValidation } from '../field-problems';

/**
 * THE field mapping between Hotline and the national PAKN system, as the province's LGSP carries it. Everything that
 * depends on the published specification is here: the field names, the codes of kinds and channels, the paths. A
 * province whose specification differs writes this one module again (docs/channels.md); the client, the jobs and the
 * tests of the link do not change.
 */

/** Paths under PAKN_URL. */
export const PAKN_PATHS = {
  token: '/oauth/token',
  cases: '/cases',
  answers: (remoteId: string) => `/cases/${encodeURIComponent(remoteId)}/answers`,
  /** The cases addressed to this council (its client id is the receiving unit's code). */
  inbox: (clientId: string) => `/cases?donViNhan=${encodeURIComponent(clientId)}`,
} as const;

const KIND_CODES: Partial<Record<CaseKind, string>> = {
  [CaseKind.Feedback]: 'PHAN_ANH',
  [CaseKind.Petition]: 'KIEN_NGHI',
  [CaseKind.Complaint]: 'KHIEU_NAI',
  [CaseKind.Question]: 'HOI_DAP',
};
const KIND_OF_CODE = new Map(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as CaseKind]));

const CHANNEL_CODES: Partial<Record<CaseChannel, string>> = {
  [CaseChannel.Hotline]: 'DUONG_DAY_NONG',
  [CaseChannel.Email]: 'THU_DIEN_TU',
  [CaseChannel.WalkIn]: 'TRUC_TIEP',
  [CaseChannel.VoterMeeting]: 'TIEP_XUC_CU_TRI',
};

/** What a pushed case is built from: the case row's fields (contact as the row holds it: never a denouncer's). */
export interface PaknCaseSource {
  id: string;
  trackingCode: string;
  kind: CaseKind;
  channel: CaseChannel;
  title: string;
  description: string;
  categoryCode: string | null;
  areaCode: string | null;
  address: string | null;
  receivedAt: Date;
  citizenName: string | null;
  citizenPhone: string | null;
  citizenEmail: string | null;
  isPublic: boolean;
}

export interface PaknAnswerSource {
  caseId: string;
  round: number;
  answer: string;
  agencyName: string | null;
  answeredAt: Date;
}

export function toPaknCase(c: PaknCaseSource): Record<string, unknown> {
  return {
    maHoSoNguon: c.trackingCode,
    loaiPAKN: KIND_CODES[c.kind],
    kenhTiepNhan: CHANNEL_CODES[c.channel],
    tieuDe: c.title,
    noiDung: c.description,
    linhVuc: c.categoryCode,
    diaBan: c.areaCode,
    diaChi: c.address,
    ngayTiepNhan: c.receivedAt.toISOString(),
    nguoiGui: c.citizenName ? { hoTen: c.citizenName, soDienThoai: c.citizenPhone, email: c.citizenEmail } : null,
    congKhai: c.isPublic,
  };
}

export function toPaknAnswer(a: PaknAnswerSource): Record<string, unknown> {
  return { lanTraLoi: a.round, noiDungTraLoi: a.answer, coQuanTraLoi: a.agencyName, ngayTraLoi: a.answeredAt.toISOString() };
}

/** The national system's id of a case it accepted (the push's answer). */
export function remoteIdOf(response: unknown): string | undefined {
  const id = (response as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** The messages of a pull, each with its remote id; a message without one is reported, not dropped silently. */
export function inboxMessages(response: unknown): { remoteId: string | undefined; message: unknown }[] {
  const items = (response as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new Error('PAKN inbox: the answer has no "items" list');
  return items.map((message) => ({ remoteId: remoteIdOf(message), message }));
}

export type MappedCase = { ok: true; dto: CreateCaseDto } | { ok: false; problems: FieldProblem[] };

/**
 * A pulled message as an ordinary submission, checked by the very rules of the web form (CreateCaseDto), with the
 * problems named by the message's own field names so the national system's operators can read them.
 */
export async function fromPaknCase(message: unknown): Promise<MappedCase> {
  const m = (message ?? {}) as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const kind = typeof m.loaiPAKN === 'string' ? KIND_OF_CODE.get(m.loaiPAKN) : undefined;
  if (!kind) problems.push({ field: 'loaiPAKN', message: `loaiPAKN must be one of ${[...KIND_OF_CODE.keys()].join(', ')}` });
  const sender = (m.nguoiGui ?? null) as Record<string, unknown> | null;
  const name = typeof sender?.hoTen === 'string' ? sender.hoTen.trim() : '';
  const phone = typeof sender?.soDienThoai === 'string' && sender.soDienThoai ? sender.soDienThoai : undefined;
  const email = typeof sender?.email === 'string' && sender.email ? sender.email : undefined;
  const reachable = name !== '' && (phone !== undefined || email !== undefined);
  const input = {
    kind,
    title: m.tieuDe,
    description: m.noiDung,
    categoryCode: m.linhVuc ?? undefined,
    areaCode: m.diaBan ?? undefined,
    address: m.diaChi ?? undefined,
    citizen: reachable ? { name, phone, email } : undefined,
    anonymous: !reachable,
    public: false,
    // The national system shows its own notice and takes the person's consent when they file there; the case records
    // that as the channel's method (`client_form`, docs/personal-data.md). Publication stays the council's choice.
    consent: { handling: true },
  };
  const dto = plainToInstance(CreateCaseDto, input);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  const FIELD_NAMES: Record<string, string> = {
    kind: 'loaiPAKN',
    title: 'tieuDe',
    description: 'noiDung',
    categoryCode: 'linhVuc',
    areaCode: 'diaBan',
    address: 'diaChi',
    'citizen.name': 'nguoiGui.hoTen',
    'citizen.phone': 'nguoiGui.soDienThoai',
    'citizen.email': 'nguoiGui.email',
  };
  for (const p of flattenValidation(errors)) {
    const field = FIELD_NAMES[p.field] ?? p.field;
    if (field !== 'loaiPAKN' && !problems.some((q) => q.field === field)) problems.push({ field, message: p.message });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dto };
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidation } from '../field-problems';
import { DataSource } from 'typeorm';
import {
  addressValue,
  CreateCaseDto,
  IntakeService,
  PUBLIC_PROJECTION,
  publishedSql,
  ReferenceDataService,
  VN_PHONE,
} from '@hotline/cases';
import { AppConfig, Clock } from '@hotline/config';
import { CaseChannel, CaseEventType, CaseKind, CaseStatus, KIND_LABELS, SETTLED_STATUSES } from '@hotline/contracts';
import { FieldProblem, InvalidInputError, InvalidInputsError, NotFoundError } from '@hotline/platform';
import { Open311ClientsService } from './open311-clients.service';
import { FMS_UPDATE_STATUS, open311Status } from './open311-status';

/** Kinds a GeoReport client may file. A denunciation needs its author's identity kept apart: not through Open311. */
const OPEN311_KINDS = [CaseKind.Feedback, CaseKind.Petition, CaseKind.Complaint, CaseKind.Question] as const;
const DEFAULT_WINDOW_DAYS = 90;
const MAX_REQUESTS = 1000;
const DAY_MS = 86_400_000;

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string | null;
  service_code: string | null;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  /** Absent (not null) when the case has none or the public projection hides it, as GeoReport's optional fields are. */
  address?: string;
  address_id: string | null;
  zipcode: string | null;
  lat?: number;
  long?: number;
  media_url: string | null;
}

export interface Open311Update {
  update_id: string;
  service_request_id: string;
  status: string;
  updated_datetime: string;
  description: string;
  media_url: string;
}

export type FormBody = Record<string, unknown>;

interface CaseRow {
  id: string;
  tracking_code: string;
  kind: CaseKind;
  status: CaseStatus;
  title: string;
  description: string;
  answer: string | null;
  category_id: string | null;
  agency_id: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  received_at: Date;
  updated_at: Date;
  due_at: Date | null;
}

/** The answer of a published case is the one staff published, redacted (docs/answers.md); none before they did. */
const REQUEST_COLUMNS = `c.id, c.tracking_code, c.kind, c.status, c.title, c.description,
  (SELECT p.answer FROM case_publications p WHERE p.case_id = c.id) AS answer, c.category_id,
  c.agency_id, c.address, c.lat, c.lng,
  c.received_at, c.updated_at, c.due_at`;

/**
 * Open311 GeoReport v2 over the ordinary case model: services are the active categories, a request is a case
 * (channel `api`, public, routed like any other), service_request_id is the tracking code and the token is the case id.
 * Requests are listed only when published (the publication rule of the case projection, shared with the disclosure
 * page), and show only what the public projection shows: no contact, no description (the title stands in for it), no
 * address or coordinates.
 */
@Injectable()
export class Open311ApiService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reference: ReferenceDataService,
    private readonly intake: IntakeService,
    private readonly clients: Open311ClientsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  checkJurisdiction(jurisdictionId: string | undefined): void {
    if (jurisdictionId !== undefined && jurisdictionId !== this.config.open311.jurisdictionId) {
      throw new NotFoundError(`jurisdiction_id "${jurisdictionId}" was not found`);
    }
  }

  discovery() {
    const url = `${this.config.http.publicBaseUrl}/open311/v2`;
    return {
      changeset: '2026-12-01T00:00:00Z',
      contact: `Văn phòng HĐND — ${this.config.mail.secretariatEmail}`,
      key_service: `API keys are issued by the council's administrator (${this.config.mail.secretariatEmail})`,
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url,
          changeset: '2026-12-01T00:00:00Z',
          type: 'production',
          formats: ['application/json', 'text/xml'],
        },
      ],
    };
  }

  async services(): Promise<Open311Service[]> {
    const snapshot = await this.reference.get();
    return snapshot.categories
      .filter((c) => c.active && c.parentId !== null)
      .map((c) => {
        const parent = snapshot.categoryById.get(c.parentId!);
        return {
          service_code: c.code,
          service_name: c.name,
          description: `${c.name} (${c.nameEn})`,
          metadata: true,
          type: 'realtime' as const,
          keywords: [c.nameEn, parent?.nameEn].filter(Boolean).join(', '),
          group: parent?.name ?? c.name,
        };
      });
  }

  async definition(serviceCode: string) {
    await this.service(serviceCode);
    return {
      service_code: serviceCode,
      attributes: [
        {
          variable: true,
          code: 'kind',
          datatype: 'singlevaluelist',
          required: false,
          datatype_description: 'Loại hồ sơ (mặc định: phản ánh) / Kind of case (default: feedback)',
          order: 1,
          description: 'Loại hồ sơ / Kind',
          values: OPEN311_KINDS.map((k) => ({ key: k, name: `${KIND_LABELS[k].vi} / ${KIND_LABELS[k].en}` })),
        },
        {
          variable: true,
          code: 'title',
          datatype: 'string',
          required: false,
          datatype_description: '5–200 ký tự; mặc định: đầu mô tả / 5–200 characters; default: the start of the description',
          order: 2,
          description: 'Tiêu đề / Title',
          values: [],
        },
      ],
    };
  }

  async createRequest(form: FormBody): Promise<{ service_request_id: string; service_notice: string; account_id: string | null }[]> {
    // A form gives strings (an array when a name repeats); a JSON body may give numbers, or anything at all.
    const field = (name: string): string | undefined => {
      const value: unknown = form[name];
      const one: unknown = Array.isArray(value) ? value[0] : value;
      const text = typeof one === 'string' ? one : typeof one === 'number' || typeof one === 'boolean' ? String(one) : undefined;
      return text === undefined || text.trim() === '' ? undefined : text.trim();
    };
    const client = await this.clients.authenticate(field('api_key'));
    this.checkJurisdiction(field('jurisdiction_id'));
    const serviceCode = field('service_code');
    if (!serviceCode) throw new InvalidInputError('service_code', 'service_code was not provided');
    await this.service(serviceCode);

    const problems: FieldProblem[] = [];
    const lat = field('lat');
    const long = field('long');
    const addressString = field('address_string');
    const hasPoint = lat !== undefined || long !== undefined;
    if (!hasPoint && !addressString && !field('address_id')) {
      problems.push({ field: 'lat', message: 'A location is required: lat and long, address_string or address_id' });
    }
    if (hasPoint && (lat === undefined || long === undefined))
      problems.push({ field: lat === undefined ? 'lat' : 'long', message: 'lat and long go together' });
    const description = field('description');
    if (!description) problems.push({ field: 'description', message: 'description was not provided' });
    const kind = field('attribute[kind]') ?? CaseKind.Feedback;
    if (!(OPEN311_KINDS as readonly string[]).includes(kind))
      problems.push({ field: 'attribute[kind]', message: `attribute[kind] must be one of ${OPEN311_KINDS.join(', ')}` });
    if (problems.length > 0) throw new InvalidInputsError(problems);

    const name = [field('first_name'), field('last_name')].filter(Boolean).join(' ');
    const email = field('email');
    // Any E.164 number is accepted; one outside Vietnam cannot be reached (nor looked up by operators), so it is not
    // kept, and the answer's service_notice says so.
    const givenPhone = field('phone');
    const foreignPhone = givenPhone !== undefined && !VN_PHONE.test(givenPhone) && E164.test(givenPhone.replace(/[ .-]/g, ''));
    const phone = foreignPhone ? undefined : givenPhone;
    const anonymous = !email && !phone;
    const input = {
      kind,
      title: field('attribute[title]') ?? summarise(description!),
      description: description!,
      categoryCode: serviceCode,
      address: addressString,
      location: hasPoint ? { lat: Number(lat), lng: Number(long) } : undefined,
      citizen: anonymous ? undefined : { name: name || (email ?? phone)!, email, phone },
      anonymous,
      public: true,
      // A registered Open311 client shows the council's notice in its own form (its registration terms say so): the
      // case records that, as `client_form` (docs/personal-data.md).
      consent: { handling: true, publication: true },
    };
    const dto = plainToInstance(CreateCaseDto, input);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0)
      throw new InvalidInputsError(flattenValidation(errors).map((p) => ({ ...p, field: OPEN311_FIELD[p.field] ?? p.field })));

    // The case and the client that filed it are written together.
    const receipt = await this.dataSource.transaction(async (manager) => {
      const { receipt: created } = await this.intake.submit(dto, { channel: CaseChannel.Api, actor: { type: 'citizen' }, manager });
      await manager.query(`UPDATE cases SET open311_client_id = $1 WHERE id = $2`, [client.id, created.id]);
      return created;
    });
    // GeoReport answers with service_request_id or token: the request is a case at once, so its id.
    const notices = ['Đã tiếp nhận / Received'];
    if (foreignPhone) notices.push('Số điện thoại ngoài Việt Nam không được lưu / A phone number outside Vietnam is not kept');
    return [{ service_request_id: receipt.trackingCode, service_notice: notices.join('. '), account_id: field('account_id') ?? null }];
  }

  async requests(query: {
    service_request_id?: string;
    service_code?: string;
    start_date?: Date;
    end_date?: Date;
    status?: string;
  }): Promise<Open311Request[]> {
    const params: unknown[] = [];
    const where = [listedSql('c')];
    if (query.service_request_id !== undefined) {
      const codes = query.service_request_id
        .split(',')
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean);
      if (codes.length === 0) throw new InvalidInputError('service_request_id', 'service_request_id must list one or more ids');
      params.push(codes);
      where.push(`c.tracking_code = ANY($${params.length}::text[])`);
    } else {
      const end = query.end_date ?? this.clock.now();
      const start = query.start_date ?? new Date(end.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS);
      if (start > end) throw new InvalidInputError('start_date', 'start_date must not be after end_date');
      params.push(start, end);
      where.push(`c.received_at >= $${params.length - 1} AND c.received_at <= $${params.length}`);
      if (query.service_code !== undefined) {
        const category = await this.service(query.service_code);
        params.push(category.id);
        where.push(`c.category_id = $${params.length}`);
      }
      if (query.status !== undefined) {
        const statuses = query.status.split(',').map((s) => s.trim());
        if (statuses.some((s) => s !== 'open' && s !== 'closed'))
          throw new InvalidInputError('status', 'status must be open, closed or both');
        if (!(statuses.includes('open') && statuses.includes('closed'))) {
          params.push(SETTLED_STATUSES);
          where.push(
            statuses.includes('closed') ? `c.status = ANY($${params.length}::text[])` : `c.status <> ALL($${params.length}::text[])`,
          );
        }
      }
    }
    const rows: CaseRow[] = await this.dataSource.query(
      `SELECT ${REQUEST_COLUMNS} FROM cases c WHERE ${where.join(' AND ')} ORDER BY c.received_at DESC LIMIT ${MAX_REQUESTS}`,
      params,
    );
    return this.toRequests(rows);
  }

  async request(serviceRequestId: string): Promise<Open311Request[]> {
    const rows: CaseRow[] = await this.dataSource.query(
      `SELECT ${REQUEST_COLUMNS} FROM cases c WHERE c.tracking_code = $1 AND ${listedSql('c')}`,
      [serviceRequestId.toUpperCase()],
    );
    if (rows.length === 0) throw new NotFoundError(`service_request_id "${serviceRequestId}" was not found`);
    return this.toRequests(rows);
  }

  async token(token: string): Promise<{ service_request_id: string; token: string }[]> {
    const rows: { tracking_code: string }[] = /^[0-9a-f-]{36}$/i.test(token)
      ? await this.dataSource.query(`SELECT c.tracking_code FROM cases c WHERE c.id = $1 AND ${listedSql('c')}`, [token])
      : [];
    if (rows.length === 0) throw new NotFoundError(`token "${token}" was not found`);
    return [{ service_request_id: rows[0].tracking_code, token }];
  }

  /** FixMyStreet's extension: the status changes of public cases in a period (default: the last day). */
  async updates(query: { start_date?: Date; end_date?: Date }): Promise<Open311Update[]> {
    const end = query.end_date ?? this.clock.now();
    const start = query.start_date ?? new Date(end.getTime() - DAY_MS);
    if (start > end) throw new InvalidInputError('start_date', 'start_date must not be after end_date');
    const rows: { id: string; tracking_code: string; to_status: CaseStatus; created_at: Date; note: string | null }[] =
      await this.dataSource.query(
        // The answer's event carries the original answer: the public reads the published, redacted one (none before).
        `SELECT e.id, c.tracking_code, e.to_status, e.created_at,
                CASE WHEN e.type = '${CaseEventType.Answered}' THEN (SELECT p.answer FROM case_publications p WHERE p.case_id = c.id)
                     ELSE e.note END AS note
         FROM case_events e JOIN cases c ON c.id = e.case_id
        WHERE ${listedSql('c')} AND e.visible_to_citizen AND e.to_status IS NOT NULL AND e.created_at >= $1 AND e.created_at <= $2
        ORDER BY e.id LIMIT ${MAX_REQUESTS}`,
        [start, end],
      );
    return rows.map((r) => ({
      update_id: String(r.id),
      service_request_id: r.tracking_code,
      status: FMS_UPDATE_STATUS[r.to_status],
      updated_datetime: r.created_at.toISOString(),
      description: r.note ?? '',
      media_url: '',
    }));
  }

  private async service(code: string) {
    const category = await this.reference.categoryByCode(code);
    if (!category || !category.active || category.parentId === null) throw new NotFoundError(`service_code "${code}" was not found`);
    return category;
  }

  private async toRequests(rows: CaseRow[]): Promise<Open311Request[]> {
    const snapshot = await this.reference.get();
    const rule = PUBLIC_PROJECTION;
    return rows.map((r) => {
      const category = r.category_id ? snapshot.categoryById.get(r.category_id) : undefined;
      const status = open311Status(r.status);
      return {
        service_request_id: r.tracking_code,
        status,
        status_notes: status === 'closed' ? (r.answer ?? STATUS_NOTES[r.status] ?? null) : null,
        service_name: category?.name ?? null,
        service_code: category?.code ?? null,
        description: rule.description ? r.description : r.title,
        agency_responsible: r.agency_id ? (snapshot.agencyById.get(r.agency_id)?.name ?? null) : null,
        service_notice: null,
        requested_datetime: r.received_at.toISOString(),
        updated_datetime: r.updated_at.toISOString(),
        expected_datetime: r.due_at?.toISOString() ?? null,
        ...optional('address', addressValue(rule, 'case', r)),
        address_id: null,
        zipcode: null,
        ...(rule.location && r.lat !== null && r.lng !== null ? { lat: r.lat, long: r.lng } : {}),
        media_url: null,
      };
    });
  }
}

/**
 * The cases GeoReport lists: published ones that have a category, since every request must name its service
 * (service_code and service_name are required); an uncategorised public case is left out until staff categorise it.
 */
const listedSql = (alias: string): string => `${publishedSql(alias)} AND ${alias}.category_id IS NOT NULL`;

/** Any E.164 number (+ and up to 15 digits), as GeoReport clients send it. */
const E164 = /^\+[1-9]\d{6,14}$/;

const optional = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } =>
  (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

const STATUS_NOTES: Partial<Record<CaseStatus, string>> = {
  [CaseStatus.Merged]: 'Trùng với một hồ sơ khác / Duplicate of another request',
  [CaseStatus.Rejected]: 'Không thuộc phạm vi tiếp nhận / Out of scope',
  [CaseStatus.Withdrawn]: 'Người gửi đã rút / Withdrawn',
};

/** Form fields named as the client sent them, not as the case model names them. */
const OPEN311_FIELD: Record<string, string> = {
  title: 'attribute[title]',
  'location.lat': 'lat',
  'location.lng': 'long',
  'citizen.email': 'email',
  'citizen.phone': 'phone',
  'citizen.name': 'first_name',
  address: 'address_string',
};

/** A title from the first words of the description, for clients that send none. */
function summarise(description: string): string {
  const line = description.split(/\r?\n/)[0].trim();
  if (line.length <= 80) return line.length >= 5 ? line : description.slice(0, 80);
  const cut = line.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { contactValue, CreateCaseDto, IntakeService, normalisePhone, projectionOf } from '@hotline/cases';
import { Clock } from '@hotline/config';
import { Actor, CaseChannel, CaseKind, ErrorCode, ReceptionOutcome } from '@hotline/contracts';
import { newId } from '@hotline/database';
import { NotFoundError, RuleViolationError } from '@hotline/platform';
import { ReceptionQueryDto, ReceptionViewDto, RecordReceptionDto } from './dto/reception.dto';

const SELECT_RECEPTION = `
  SELECT r.id, r.register_no::int AS "registerNo", r.received_at AS "receivedAt", r.place, u.full_name AS "officerName",
         r.citizen_name AS "citizenName", r.identity_document_type AS "identityDocumentType",
         r.identity_document_number AS "identityDocumentNumber", r.citizen_address AS "citizenAddress",
         r.citizen_phone AS "citizenPhone", r.people_count AS "peopleCount", r.content, r.documents, r.outcome,
         r.refusal_ground AS "refusalGround", r.guidance, r.case_id AS "caseId", c.tracking_code AS "caseTrackingCode",
         c.kind AS "caseKind"
    FROM receptions r JOIN users u ON u.id = r.officer_user_id LEFT JOIN cases c ON c.id = r.case_id`;

/** The most receptions one list or register holds; a longer period is printed in parts. */
export const REGISTER_LIMIT = 5000;

/**
 * The walk-in reception register (sổ tiếp công dân, Luật Tiếp công dân 2013; TT 04/2021/TT-TTCP). A reception that
 * becomes a case goes through the one intake (channel walk_in), in the transaction that writes the register's row, so
 * the case gets the walk-in notice clock of Art. 28(1) with its other clocks; the row points at the case and the case
 * is found from it (`GET /receptions?caseId=`).
 */
@Injectable()
export class ReceptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly intake: IntakeService,
    private readonly clock: Clock,
  ) {}

  async record(dto: RecordReceptionDto, actor: Actor): Promise<ReceptionViewDto> {
    if (actor.type !== 'staff') throw new NotFoundError('Only staff record receptions');
    const citizen = this.checkIdentity(dto);
    this.checkOutcome(dto);
    const receivedAt = dto.receivedAt ?? this.clock.now();
    const id = newId();
    await this.dataSource.transaction(async (manager) => {
      const caseId = dto.outcome === ReceptionOutcome.CaseCreated ? await this.createCase(manager, dto, receivedAt, actor) : null;
      await manager.query(
        `INSERT INTO receptions (id, received_at, place, officer_user_id, citizen_name, identity_document_type, identity_document_number,
           citizen_address, citizen_phone, people_count, content, documents, outcome, refusal_ground, guidance, case_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [
          id,
          receivedAt,
          dto.place.trim(),
          actor.userId,
          citizen.name,
          citizen.documentType,
          citizen.documentNumber,
          dto.citizen.address?.trim() || null,
          dto.citizen.phone ? normalisePhone(dto.citizen.phone) : null,
          dto.peopleCount,
          dto.content.trim(),
          dto.documents?.trim() || null,
          dto.outcome,
          dto.refusalGround ?? null,
          dto.guidance?.trim() || null,
          caseId,
        ],
      );
    });
    return this.get(id, actor);
  }

  async list(query: ReceptionQueryDto, actor: Actor): Promise<ReceptionViewDto[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.from) where.push(`r.received_at >= $${params.push(query.from)}`);
    if (query.to) where.push(`r.received_at < $${params.push(query.to)}`);
    if (query.caseId) where.push(`r.case_id = $${params.push(query.caseId)}`);
    const rows: ReceptionViewDto[] = await this.dataSource.query(
      `${SELECT_RECEPTION} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.received_at, r.register_no LIMIT ${REGISTER_LIMIT}`,
      params,
    );
    return rows.map((row) => project(row, actor));
  }

  async get(id: string, actor: Actor): Promise<ReceptionViewDto> {
    const [row] = await this.dataSource.query(`${SELECT_RECEPTION} WHERE r.id = $1`, [id]);
    if (!row) throw new NotFoundError(`No reception ${id}`);
    return project(row, actor);
  }

  /** The register must name whom it received and the identity paper checked (TT 04/2021/TT-TTCP). */
  private checkIdentity(dto: RecordReceptionDto): { name: string; documentType: string; documentNumber: string } {
    const { name, identityDocumentType, identityDocumentNumber } = dto.citizen;
    const missing = (field: string, what: string) =>
      new RuleViolationError(ErrorCode.ReceptionIdentityRequired, `citizen.${field}`, `${what} is required: the officer checks it`);
    if (!name?.trim()) throw missing('name', "The citizen's name");
    if (!identityDocumentType) throw missing('identityDocumentType', 'The type of identity paper');
    if (!identityDocumentNumber?.trim()) throw missing('identityDocumentNumber', "The identity paper's number");
    return { name: name.trim(), documentType: identityDocumentType, documentNumber: identityDocumentNumber.trim().toUpperCase() };
  }

  private checkOutcome(dto: RecordReceptionDto): void {
    const incomplete = (field: string, message: string) => new RuleViolationError(ErrorCode.ReceptionOutcomeIncomplete, field, message);
    const refused = dto.outcome === ReceptionOutcome.Refused;
    if (refused && !dto.refusalGround) throw incomplete('refusalGround', 'A refusal names its legal ground (Luật Tiếp công dân, Art. 9)');
    if (!refused && dto.refusalGround) throw incomplete('refusalGround', 'Only a refusal has a ground; leave refusalGround out');
    const created = dto.outcome === ReceptionOutcome.CaseCreated;
    if (created && !dto.case) throw incomplete('case', 'A reception that becomes a case gives its kind and title in case');
    if (!created && dto.case) throw incomplete('case', 'Only the outcome case_created creates a case; leave case out');
    if (dto.outcome === ReceptionOutcome.GuidanceGiven && !dto.guidance?.trim()) {
      throw incomplete('guidance', 'Write down the guidance given to the citizen');
    }
  }

  /** The case, written by the ordinary intake in this transaction: walk_in, its contact from the checked citizen. */
  private async createCase(manager: EntityManager, dto: RecordReceptionDto, receivedAt: Date, actor: Actor): Promise<string> {
    const spec = dto.case!;
    const denunciation = spec.kind === CaseKind.Denunciation;
    const numericId = /^\d{9}$|^\d{12}$/.test(dto.citizen.identityDocumentNumber!.trim());
    const caseDto = Object.assign(new CreateCaseDto(), {
      kind: spec.kind,
      title: spec.title.trim(),
      description: dto.content.trim(),
      categoryCode: spec.categoryCode,
      areaCode: spec.areaCode,
      location: spec.location,
      citizen: {
        name: dto.citizen.name!.trim(),
        phone: dto.citizen.phone,
        email: dto.citizen.email,
        // A denunciation keeps its author's address and national id apart, in case_identities (docs/denunciations.md).
        ...(denunciation
          ? { address: dto.citizen.address, nationalId: numericId ? dto.citizen.identityDocumentNumber!.trim() : undefined }
          : {}),
      },
      // The officer read the notice and ticked what the citizen said (docs/personal-data.md, method in_person); the
      // citizen's agreement to publication is their choice to have the answer published, as "public" is on the web.
      consent: dto.consent,
      public: dto.consent?.publication === true,
    });
    const { receipt } = await this.intake.submit(caseDto, { channel: CaseChannel.WalkIn, actor, receivedAt, manager });
    return receipt.id;
  }
}

/**
 * The register's rows through the one projection of a case (libs/cases/src/access/case-projection.ts), as a list:
 * the citizen's name and phone as the caller's role sees contact in lists; a denouncer's identity never (it is read
 * only through the case's audited identity route, Luật Tố cáo 2018 Art. 47), in the list, the detail and the prints.
 */
function project(row: ReceptionViewDto, actor: Actor): ReceptionViewDto {
  const rule = projectionOf(actor);
  if (row.caseKind === CaseKind.Denunciation) {
    return { ...row, citizenName: PROTECTED, identityDocumentNumber: '***', citizenAddress: null, citizenPhone: null };
  }
  const source = { kind: CaseKind.Feedback, citizenName: row.citizenName, citizenPhone: row.citizenPhone, citizenEmail: null };
  return {
    ...row,
    citizenName: contactValue(rule, 'many', source, 'name') ?? PROTECTED,
    citizenPhone: contactValue(rule, 'many', source, 'phone') ?? null,
    citizenAddress: rule.location ? row.citizenAddress : null,
  };
}

const PROTECTED = 'Thông tin được bảo mật';

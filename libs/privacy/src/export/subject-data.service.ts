import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PDFDocument from 'pdfkit';
import { DataSource, EntityManager } from 'typeorm';
import { ContactKind } from '@hotline/contracts';
import { reportFonts } from '@hotline/council';
import { CASES_OF_CONTACT_SQL } from '@hotline/cases';

/** Everything the platform holds about one person, found by the phone or email they proved control of. */
export interface SubjectData {
  contact: { kind: ContactKind; value: string };
  generatedAt: string;
  cases: SubjectCase[];
}

export interface SubjectCase {
  id: string;
  trackingCode: string;
  kind: string;
  channel: string;
  status: string;
  title: string;
  description: string;
  address: string | null;
  location: { lat: number; lng: number } | null;
  public: boolean;
  receivedAt: string;
  closedAt: string | null;
  answer: string | null;
  /** As the person gave it: on the case row, or (a denunciation) in the author's identity kept apart. */
  contact: { name: string | null; phone: string | null; email: string | null; address: string | null; nationalId: string | null };
  consent: {
    noticeVersion: number;
    handling: boolean;
    publication: boolean;
    contact: boolean;
    method: string;
    consentedAt: string;
    publicationWithdrawnAt: string | null;
    contactWithdrawnAt: string | null;
  } | null;
  processingRestrictedAt: string | null;
  anonymisedAt: string | null;
  timeline: { at: string; type: string; status: string | null }[];
  attachments: { fileName: string; contentType: string; sizeBytes: number; uploadedAt: string }[];
  notices: { template: string; at: string; status: string }[];
}

/** The cases of a contact: ordinary cases by their contact columns, denunciations by their author's identity. */

@Injectable()
export class SubjectDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async caseIds(kind: ContactKind, contact: string, manager?: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await (manager ?? this.dataSource).query(CASES_OF_CONTACT_SQL(kind), [contact]);
    return rows.map((r) => r.id);
  }

  /** The access export (JSON): all of the person's cases, nothing of anybody else's. */
  async collect(kind: ContactKind, contact: string, now: Date): Promise<SubjectData> {
    const ids = await this.caseIds(kind, contact);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.id, c.tracking_code, c.kind, c.channel, c.status, c.title, c.description, c.address, c.lat, c.lng, c.is_public,
              c.received_at, c.closed_at, c.answer, c.citizen_name, c.citizen_phone, c.citizen_email, c.anonymised_at,
              c.processing_restricted_at,
              i.name AS author_name, i.phone AS author_phone, i.email AS author_email, i.address AS author_address,
              i.national_id AS author_national_id,
              row_to_json(k) AS consent,
              COALESCE((SELECT json_agg(json_build_object('at', e.created_at, 'type', e.type, 'status', e.to_status) ORDER BY e.id)
                FROM case_events e WHERE e.case_id = c.id AND e.visible_to_citizen), '[]') AS timeline,
              COALESCE((SELECT json_agg(json_build_object('fileName', a.file_name, 'contentType', a.content_type,
                'sizeBytes', a.size_bytes, 'uploadedAt', a.created_at) ORDER BY a.created_at)
                FROM attachments a WHERE a.case_id = c.id AND a.visible_to_citizen), '[]') AS attachments,
              COALESCE((SELECT json_agg(json_build_object('template', n.template, 'at', n.created_at, 'status', n.status)
                ORDER BY n.created_at)
                FROM notifications n WHERE n.case_id = c.id AND n.recipient = $2), '[]') AS notices
       FROM cases c
       LEFT JOIN case_identities i ON i.case_id = c.id
       LEFT JOIN case_consents k ON k.case_id = c.id
       WHERE c.id = ANY($1) ORDER BY c.received_at, c.id`,
      [ids, contact],
    );
    const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
    return {
      contact: { kind, value: contact },
      generatedAt: now.toISOString(),
      cases: rows.map((r) => {
        const k = r.consent as Record<string, unknown> | null;
        return {
          id: r.id as string,
          trackingCode: r.tracking_code as string,
          kind: r.kind as string,
          channel: r.channel as string,
          status: r.status as string,
          title: r.title as string,
          description: r.description as string,
          address: (r.address as string) ?? null,
          location: r.lat === null ? null : { lat: r.lat as number, lng: r.lng as number },
          public: r.is_public as boolean,
          receivedAt: iso(r.received_at)!,
          closedAt: iso(r.closed_at),
          answer: (r.answer as string) ?? null,
          contact: {
            name: (r.citizen_name ?? r.author_name ?? null) as string | null,
            phone: (r.citizen_phone ?? r.author_phone ?? null) as string | null,
            email: (r.citizen_email ?? r.author_email ?? null) as string | null,
            address: (r.author_address ?? null) as string | null,
            nationalId: (r.author_national_id ?? null) as string | null,
          },
          consent: k
            ? {
                noticeVersion: k.notice_version as number,
                handling: k.handling as boolean,
                publication: k.publication as boolean,
                contact: k.contact as boolean,
                method: k.method as string,
                consentedAt: iso(k.consented_at)!,
                publicationWithdrawnAt: iso(k.publication_withdrawn_at),
                contactWithdrawnAt: iso(k.contact_withdrawn_at),
              }
            : null,
          processingRestrictedAt: iso(r.processing_restricted_at),
          anonymisedAt: iso(r.anonymised_at),
          timeline: (r.timeline as { at: string; type: string; status: string | null }[]).map((e) => ({ ...e, at: iso(e.at)! })),
          attachments: r.attachments as SubjectCase['attachments'],
          notices: r.notices as SubjectCase['notices'],
        };
      }),
    };
  }

  /** The same export as a PDF (DejaVu fonts, so Vietnamese prints). */
  pdf(data: SubjectData): Promise<Buffer> {
    const fonts = reportFonts();
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Dữ liệu cá nhân / Personal data' } });
    doc.registerFont('regular', fonts.regular);
    doc.registerFont('bold', fonts.bold);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.font('bold').fontSize(16).text('Dữ liệu cá nhân đang được lưu giữ / Personal data held');
    doc.font('regular').fontSize(10).text(`Liên hệ / Contact: ${data.contact.value}`).text(`Lập lúc / Generated: ${data.generatedAt}`);
    doc.text(`Số hồ sơ / Cases: ${data.cases.length}`).moveDown();
    for (const c of data.cases) {
      doc.font('bold').fontSize(12).text(`${c.trackingCode} — ${c.title}`);
      doc.font('regular').fontSize(10);
      const lines: [string, unknown][] = [
        ['Loại / Kind', c.kind],
        ['Kênh / Channel', c.channel],
        ['Trạng thái / Status', c.status],
        ['Tiếp nhận / Received', c.receivedAt],
        ['Họ tên / Name', c.contact.name],
        ['Điện thoại / Phone', c.contact.phone],
        ['Email', c.contact.email],
        ['Địa chỉ / Address', c.address ?? c.contact.address],
        ['Nội dung / Description', c.description],
        ['Trả lời / Answer', c.answer],
        [
          'Đồng ý / Consent',
          c.consent
            ? `v${c.consent.noticeVersion} ${c.consent.method} ${c.consent.consentedAt}; xử lý/handling ${c.consent.handling}, ` +
              `công khai/publication ${c.consent.publication}, liên hệ/contact ${c.consent.contact}`
            : '—',
        ],
      ];
      for (const [label, value] of lines) if (value !== null && value !== undefined) doc.text(`${label}: ${String(value)}`);
      doc.text(`Lịch sử / Timeline: ${c.timeline.map((e) => `${e.at} ${e.type}`).join('; ')}`);
      doc.moveDown();
    }
    doc.end();
    return done;
  }
}

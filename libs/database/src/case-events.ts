import type { EntityManager } from 'typeorm';
import { Actor, CaseEventType, CaseStatus } from '@hotline/contracts';

export interface NewCaseEvent {
  caseId: string;
  type: CaseEventType;
  actor: Actor;
  fromStatus?: CaseStatus | null;
  toStatus?: CaseStatus | null;
  agencyId?: string | null;
  note?: string | null;
  visibleToCitizen: boolean;
  data?: Record<string, unknown>;
  at?: Date;
}

/** Appends one event to the case's history and returns its id. */
export async function recordCaseEvent(manager: EntityManager, event: NewCaseEvent): Promise<string> {
  const [id] = await recordCaseEvents(manager, [event]);
  return id;
}

/** Appends events (of one or many cases) in one statement; returns their ids in the same order. */
export async function recordCaseEvents(manager: EntityManager, events: readonly NewCaseEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const now = new Date();
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO case_events (case_id, type, from_status, to_status, actor_type, actor_user_id, agency_id, note,
     visible_to_citizen, data, created_at)
     SELECT case_id, type, from_status, to_status, actor_type, actor_user_id, agency_id, note, visible_to_citizen, data, created_at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::text[],
       $9::boolean[], $10::jsonb[], $11::timestamptz[])
       WITH ORDINALITY AS e(case_id, type, from_status, to_status, actor_type, actor_user_id, agency_id, note,
       visible_to_citizen, data, created_at, n)
      ORDER BY n
     RETURNING id`,
    [
      events.map((e) => e.caseId),
      events.map((e) => e.type),
      events.map((e) => e.fromStatus ?? null),
      events.map((e) => e.toStatus ?? null),
      events.map((e) => e.actor.type),
      events.map((e) => (e.actor.type === 'staff' ? e.actor.userId : null)),
      events.map((e) => e.agencyId ?? null),
      events.map((e) => e.note ?? null),
      events.map((e) => e.visibleToCitizen),
      events.map((e) => JSON.stringify(e.data ?? {})),
      events.map((e) => e.at ?? now),
    ],
  );
  return rows.map((r) => String(r.id));
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordCaseEvent = recordCaseEvent;
/** Appends one event to the case's history and returns its id. */
async function recordCaseEvent(manager, event) {
    const [row] = await manager.query(`INSERT INTO case_events (case_id, type, from_status, to_status, actor_type, actor_user_id, agency_id, note, visible_to_citizen, data, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`, [
        event.caseId,
        event.type,
        event.fromStatus ?? null,
        event.toStatus ?? null,
        event.actor.type,
        event.actor.type === 'staff' ? event.actor.userId : null,
        event.agencyId ?? null,
        event.note ?? null,
        event.visibleToCitizen,
        event.data ?? {},
        event.at ?? new Date(),
    ]);
    return String(row.id);
}
//# sourceMappingURL=case-events.js.map
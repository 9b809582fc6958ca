import { Logger } from '@nestjs/common';
import { EntityManager, EntitySubscriberInterface, EventSubscriber, TransactionCommitEvent } from 'typeorm';

/** The channel the outbox relay LISTENs on. */
export const OUTBOX_CHANNEL = 'outbox_new';

const WAKE_FLAG = 'outboxWake';

/**
 * Wakes the relay once this transaction has committed, or now when the manager is in none. The NOTIFY is not sent
 * inside the transaction: PostgreSQL serialises the commits of transactions that NOTIFY (one global lock held through
 * each commit's WAL flush), which capped every writer at the disk's flush rate. Whoever writes outbox rows calls this
 * (the outbox writer, intake), so no caller has to remember it. A lost wake-up only waits for the relay's 1-s poll,
 * so a failed NOTIFY is logged, never turned into an error for a change that committed.
 */
export async function wakeRelayAfterCommit(manager: EntityManager): Promise<void> {
  if (manager.queryRunner?.isTransactionActive) manager.queryRunner.data[WAKE_FLAG] = true;
  else await notifyRelay(manager);
}

async function notifyRelay(manager: Pick<EntityManager, 'query'>): Promise<void> {
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]).catch((err: Error) => {
    new Logger('Outbox').warn({ err: err.message }, 'could not wake the outbox relay; it will find the job on its next poll');
  });
}

/** Sends the NOTIFY of a transaction that asked for it, after its COMMIT, on a pooled connection. */
@EventSubscriber()
export class OutboxWakeupSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (!event.queryRunner.data[WAKE_FLAG]) return;
    event.queryRunner.data[WAKE_FLAG] = false;
    void notifyRelay(event.connection.manager);
  }
}

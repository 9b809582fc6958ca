import { Logger } from '@nestjs/common';
import { EntityManager, EntitySubscriberInterface, EventSubscriber, TransactionCommitEvent } from 'typeorm';

/** The channel the outbox relay LISTENs on. */
export const OUTBOX_CHANNEL = 'outbox_new';

const WAKE_FLAG = 'outboxWake';

/**
 * Asks for the relay to be woken once this transaction has committed. The NOTIFY is not sent inside the transaction:
 * PostgreSQL serialises the commits of transactions that NOTIFY (one global lock held through each commit's WAL
 * flush), which capped every writer at the disk's flush rate. A lost wake-up only waits for the relay's 1-s poll.
 */
export function wakeRelayAfterCommit(manager: EntityManager): void {
  if (manager.queryRunner?.isTransactionActive) manager.queryRunner.data[WAKE_FLAG] = true;
  else void notifyRelay(manager);
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

export * from './outbox-relay.service';
export * from './outbox.writer';

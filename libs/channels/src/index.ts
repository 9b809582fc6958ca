export * from './channels.module';
export * from './open311/open311-clients.service';
export * from './open311/open311-status';

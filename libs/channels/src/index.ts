export * from './channels.module';
export * from './open311/open311-clients.service';
export * from './open311/open311-status';
export * from './email-intake/inbound-mail.service';
export * from './email-intake/inbound-smtp.server';
export * from './email-intake/mail-classification';

export * from './mail/mail-transport.service';
export * from './notification.service';
export * from './notifications.module';
export * from './send-notification.processor';
export * from './templates/case-links';
export * from './templates/catalogue';
export * from './templates/tracking-link';
export * from './templates/tracking-pin';

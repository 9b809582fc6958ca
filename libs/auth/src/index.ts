export * from './access.decorators';
export * from './access.guard';
export * from './auth.module';
export * from './auth.service';
export * from './passwords';

export * from './case-list/case-query.service';
export * from './cases.module';
export * from './intake/dto/create-case.dto';
export * from './intake/intake.service';
export * from './intake/tracking-code';
export * from './reference/reference-data.service';
export * from './routing/pick-routing-rule';
export * from './state-machine/case-state-machine';
export * from './tracking/tracking.service';

export * from './workflow/case-workflow.service';
export * from './seed/demo-seed';
export * from './identity/case-identity.service';
export * from './identity/citizen-email';
export * from './identity/masking';
export * from './retention/retention.service';

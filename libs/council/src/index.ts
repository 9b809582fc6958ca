export * from './council.module';
export * from './sessions/council-sessions.service';
export * from './session-report/session-report.service';
export * from './session-report/session-report.pdf';
export * from './session-report/session-report.xlsx';
export * from './targets/council-targets.service';
export * from './targets/target-progress';
export * from './seed/council-seed';

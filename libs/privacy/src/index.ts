export * from './privacy.module';
export * from './processing/record-of-processing';
export * from './breaches/breach.service';
export * from './requests/privacy-request.service';
export * from './export/subject-data.service';
export * from './scan/privacy-scan.service';

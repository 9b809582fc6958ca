import { loadConfig } from '@hotline/config';
import { CASE_PROJECTION } from '@hotline/cases';
import { recordOfProcessing } from './record-of-processing';

describe('the record of processing', () => {
  const config = loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/x', REDIS_URL: 'redis://127.0.0.1:6379', RETENTION_YEARS: '7' });
  const record = recordOfProcessing(config);

  it('lists every field CASE_PROJECTION projects, for every audience that sees it', () => {
    for (const [audience, rule] of Object.entries(CASE_PROJECTION)) {
      for (const [field, value] of Object.entries(rule)) {
        const category = record.categories.find((c) => c.field === field);
        expect(category).toBeDefined();
        const seen = value !== false && value !== 'none';
        expect(category!.audiences.some((a) => a.audience === audience)).toBe(seen);
      }
    }
  });

  it('takes the retention period from the configuration', () => {
    expect(record.categories.every((c) => c.retention.startsWith('7 '))).toBe(true);
  });

  it('lists SMS, Zalo and PAKN as configured exactly when their configuration is set, naming the host and no credentials', () => {
    expect(record.processors.filter((p) => p.configured).map((p) => p.name)).toEqual(['SMTP']);
    const withSms = recordOfProcessing(
      loadConfig({
        DATABASE_URL: 'postgres://x@127.0.0.1/x',
        REDIS_URL: 'redis://127.0.0.1:6379',
        SMS_URL: 'smpp://hotline:s3cret@smsc.example.vn:2775',
      }),
    );
    const sms = withSms.processors.find((p) => p.name === 'SMS')!;
    expect(sms).toMatchObject({ configured: true, detail: 'smsc.example.vn' });
    expect(JSON.stringify(withSms)).not.toContain('s3cret');
  });
});

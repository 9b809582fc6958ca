import { ConfigError, loadConfig } from './app-config';

const valid = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hotline', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('security configuration', () => {
  it('defaults to strict CORS, no trusted proxy and a delay that starts after 5 failures of one account from one address', () => {
    const { security } = loadConfig(valid);
    expect(security.corsOrigins).toEqual([]);
    expect(security.trustProxy).toBe(false);
    expect(loadConfig({ ...valid, TRUST_PROXY: 'false' }).security.trustProxy).toBe(false);
    expect(security.login).toEqual({
      maxFailures: 5,
      maxFailuresPerIp: 50,
      maxFailuresPerAccount: 100,
      failureWindowSeconds: 900,
      delaySeconds: 60,
      maxDelaySeconds: 3600,
    });
    expect(security.metricsToken).toBeNull();
    expect(security.rateLimits.intake).toEqual({ limit: 20, windowSeconds: 600 });
  });

  it('trusts only the proxies named by address or CIDR, and refuses hop counts, "true" and anything else', () => {
    expect(loadConfig({ ...valid, TRUST_PROXY: '127.0.0.1' }).security.trustProxy).toEqual(['127.0.0.1']);
    expect(loadConfig({ ...valid, TRUST_PROXY: '10.0.0.0/8, ::1,172.18.0.1' }).security.trustProxy).toEqual([
      '10.0.0.0/8',
      '::1',
      '172.18.0.1',
    ]);
    for (const bad of ['1', 'true', 'loopback', '10.0.0.0/33', 'proxy.example', '127.0.0.1,', '300.1.1.1']) {
      expect(() => loadConfig({ ...valid, TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('takes a long METRICS_TOKEN only', () => {
    expect(loadConfig({ ...valid, METRICS_TOKEN: 'm'.repeat(32) }).security.metricsToken).toBe('m'.repeat(32));
    expect(() => loadConfig({ ...valid, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('binds the worker’s metrics to the loopback interface unless told otherwise, whatever HOST says', () => {
    expect(loadConfig({ ...valid, HOST: '0.0.0.0' }).worker.metricsHost).toBe('127.0.0.1');
    expect(loadConfig({ ...valid, HOST: '0.0.0.0', WORKER_METRICS_HOST: '0.0.0.0' }).worker.metricsHost).toBe('0.0.0.0');
  });

  it('reads origins, rates and "off"', () => {
    const { security } = loadConfig({
      ...valid,
      CORS_ORIGINS: 'https://hdnd.example.vn/, http://localhost:5173',
      RATE_LIMIT_INTAKE: '3/60',
      RATE_LIMIT_TRACKING: 'off',
    });
    expect(security.corsOrigins).toEqual(['https://hdnd.example.vn', 'http://localhost:5173']);
    expect(security.rateLimits).toEqual({ intake: { limit: 3, windowSeconds: 60 }, tracking: null });
  });

  it('names malformed security variables', () => {
    try {
      loadConfig({ ...valid, RATE_LIMIT_INTAKE: '0/60', CORS_ORIGINS: '*', LOGIN_MAX_FAILURES: '0' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual([
        'CORS_ORIGINS',
        'LOGIN_MAX_FAILURES',
        'RATE_LIMIT_INTAKE',
      ]);
    }
  });
});

import { ConfigError, loadConfig } from './app-config';

const valid = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hotline', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('security configuration', () => {
  it('defaults to strict CORS, private-network proxies and a 5-failure, 15-minute lockout', () => {
    const { security } = loadConfig(valid);
    expect(security.corsOrigins).toEqual([]);
    expect(security.trustProxy).toBe('loopback,linklocal,uniquelocal');
    expect(security.login).toEqual({ maxFailures: 5, maxFailuresPerIp: 50, failureWindowSeconds: 900, lockoutSeconds: 900 });
    expect(security.rateLimits.intake).toEqual({ limit: 20, windowSeconds: 600 });
  });

  it('reads origins, rates, "off" and hop counts', () => {
    const { security } = loadConfig({
      ...valid,
      CORS_ORIGINS: 'https://hdnd.example.vn/, http://localhost:5173',
      RATE_LIMIT_INTAKE: '3/60',
      RATE_LIMIT_TRACKING: 'off',
      TRUST_PROXY: '1',
    });
    expect(security.corsOrigins).toEqual(['https://hdnd.example.vn', 'http://localhost:5173']);
    expect(security.rateLimits).toEqual({ intake: { limit: 3, windowSeconds: 60 }, tracking: null });
    expect(security.trustProxy).toBe(1);
  });

  it('names malformed security variables', () => {
    try {
      loadConfig({ ...valid, RATE_LIMIT_INTAKE: '0/60', CORS_ORIGINS: '*', LOGIN_MAX_FAILURES: '0' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual(['CORS_ORIGINS', 'LOGIN_MAX_FAILURES', 'RATE_LIMIT_INTAKE']);
    }
  });
});

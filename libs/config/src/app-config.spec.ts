import { ConfigError, loadConfig } from './app-config';

const valid = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hotline', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadConfig', () => {
  it('fills defaults around the required variables', () => {
    const config = loadConfig(valid);
    expect(config.http.port).toBe(3000);
    expect(config.redis.queuePrefix).toBe('hotline');
    expect(config.cases.trackingPrefix).toBe('HN');
  });

  it('names a missing required variable', () => {
    expect(() => loadConfig({ REDIS_URL: valid.REDIS_URL })).toThrow(/DATABASE_URL/);
  });

  it('names every malformed variable at once', () => {
    try {
      loadConfig({ ...valid, PORT: 'eighty', TRACKING_PREFIX: 'hn1' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual(['PORT', 'TRACKING_PREFIX']);
    }
  });

  it('requires a long session secret in production', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    const config = loadConfig({ ...valid, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) });
    expect(config.auth.secret).toBe('x'.repeat(32));
    expect(config.auth.secretGenerated).toBe(false);
  });

  it('outside production, without SESSION_SECRET, makes a random secret for this process and says so', () => {
    const first = loadConfig({ ...valid, NODE_ENV: 'development' });
    const second = loadConfig(valid);
    expect(first.auth.secretGenerated).toBe(true);
    expect(first.auth.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.auth.secret).not.toBe(first.auth.secret);
    expect(first.auth.secret).not.toBe('hotline-development-secret-change-me-in-production');
  });

  it('splits the queues over worker processes with WORKER_QUEUES', () => {
    expect(loadConfig(valid).worker.queues).toEqual(['cases', 'notifications', 'deadlines', 'reporting', 'privacy', 'channels', 'pakn']);
    expect(loadConfig({ ...valid, WORKER_QUEUES: 'notifications' }).worker.queues).toEqual(['notifications']);
    expect(loadConfig({ ...valid, WORKER_QUEUES: 'channels, cases' }).worker.queues).toEqual(['cases', 'channels']);
    expect(loadConfig({ ...valid, WORKER_QUEUES: '!notifications' }).worker.queues).toEqual([
      'cases',
      'deadlines',
      'reporting',
      'privacy',
      'channels',
      'pakn',
    ]);
    for (const bad of ['mail', 'cases,!notifications', '!cases,notifications', 'cases,', ',']) {
      expect(() => loadConfig({ ...valid, WORKER_QUEUES: bad })).toThrow(/WORKER_QUEUES/);
    }
  });

  it('turns the national PAKN link on only with PAKN_URL, and then requires its client id and secret', () => {
    expect(loadConfig(valid).pakn).toBeNull();
    const pakn = { PAKN_URL: 'https://lgsp.hanoi.example.vn/pakn/', PAKN_CLIENT_ID: 'HDND-HN', PAKN_CLIENT_SECRET: 'secret-2026' };
    expect(loadConfig({ ...valid, ...pakn }).pakn).toEqual({
      url: 'https://lgsp.hanoi.example.vn/pakn',
      clientId: 'HDND-HN',
      clientSecret: 'secret-2026',
    });
    expect(() => loadConfig({ ...valid, PAKN_URL: pakn.PAKN_URL })).toThrow(/PAKN_CLIENT_ID[\s\S]*PAKN_CLIENT_SECRET/);
    expect(() => loadConfig({ ...valid, ...pakn, PAKN_URL: 'lgsp.example.vn' })).toThrow(/PAKN_URL/);
  });
});

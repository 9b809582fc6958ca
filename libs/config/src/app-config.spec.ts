import { ConfigError, loadConfig, mapTileSource } from './app-config';

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
    expect(loadConfig(valid).worker.queues).toEqual([
      'cases',
      'notifications',
      'deadlines',
      'reporting',
      'privacy',
      'channels',
      'learning',
      'privacy-duties',
      'pakn',
      'media',
    ]);
    expect(loadConfig({ ...valid, WORKER_QUEUES: 'notifications' }).worker.queues).toEqual(['notifications']);
    expect(loadConfig({ ...valid, WORKER_QUEUES: 'channels, cases' }).worker.queues).toEqual(['cases', 'channels']);
    expect(loadConfig({ ...valid, WORKER_QUEUES: '!notifications' }).worker.queues).toEqual([
      'cases',
      'deadlines',
      'reporting',
      'privacy',
      'channels',
      'learning',
      'privacy-duties',
      'pakn',
      'media',
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

  it('has no map tiles by default; MAP_TILE_URL is a {z}/{x}/{y} template and needs its attribution', () => {
    expect(loadConfig(valid).map).toBeNull();
    const tiles = { MAP_TILE_URL: 'https://{s}.tile.example.vn/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© OpenStreetMap contributors' };
    expect(loadConfig({ ...valid, ...tiles }).map).toEqual({ tileUrl: tiles.MAP_TILE_URL, attribution: tiles.MAP_TILE_ATTRIBUTION });
    expect(mapTileSource(tiles.MAP_TILE_URL)).toBe('https://*.tile.example.vn');
    expect(() => loadConfig({ ...valid, MAP_TILE_URL: tiles.MAP_TILE_URL })).toThrow(/MAP_TILE_ATTRIBUTION/);
    expect(() => loadConfig({ ...valid, ...tiles, MAP_TILE_URL: 'https://tile.example.vn/tiles.png' })).toThrow(/MAP_TILE_URL/);
  });
});

describe('storage, Redis and replica settings', () => {
  it('keeps attachments on the local disk by default, and in a bucket when STORAGE_URL is s3://', () => {
    expect(loadConfig({ ...valid, ATTACHMENTS_DIR: '/srv/files' }).storage).toEqual({ kind: 'local', dir: '/srv/files' });
    expect(loadConfig({ ...valid, STORAGE_URL: 'file:///srv/other' }).storage).toEqual({ kind: 'local', dir: '/srv/other' });
    expect(
      loadConfig({
        ...valid,
        STORAGE_URL: 's3://hotline-files/prod?endpoint=http://127.0.0.1:9000&region=ap-southeast-1&forcePathStyle=true',
        STORAGE_ACCESS_KEY_ID: 'AKIA1',
        STORAGE_SECRET_ACCESS_KEY: 'secret',
      }).storage,
    ).toEqual({
      kind: 's3',
      bucket: 'hotline-files',
      prefix: 'prod/',
      endpoint: 'http://127.0.0.1:9000',
      region: 'ap-southeast-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIA1', secretAccessKey: 'secret' },
    });
    expect(loadConfig({ ...valid, STORAGE_URL: 's3://k:s%2Fx@hotline-files' }).storage).toMatchObject({
      prefix: '',
      endpoint: undefined,
      region: 'us-east-1',
      forcePathStyle: false,
      credentials: { accessKeyId: 'k', secretAccessKey: 's/x' },
    });
  });

  it('names STORAGE_URL or the keys when the storage settings are wrong', () => {
    for (const bad of [
      'ftp://x',
      's3://B',
      's3://bucket?endpoint=ftp://x',
      's3://bucket?acl=public',
      's3://bucket?forcePathStyle=yes',
      'nonsense',
    ])
      expect(() => loadConfig({ ...valid, STORAGE_URL: bad })).toThrow(/STORAGE_URL/);
    expect(() => loadConfig({ ...valid, STORAGE_URL: 's3://bucket', STORAGE_ACCESS_KEY_ID: 'k' })).toThrow(/STORAGE_SECRET_ACCESS_KEY/);
    expect(() =>
      loadConfig({ ...valid, STORAGE_URL: 's3://k:s@bucket', STORAGE_ACCESS_KEY_ID: 'k', STORAGE_SECRET_ACCESS_KEY: 's' }),
    ).toThrow(/not both/);
    expect(() => loadConfig({ ...valid, STORAGE_ACCESS_KEY_ID: 'k', STORAGE_SECRET_ACCESS_KEY: 's' })).toThrow(/STORAGE_ACCESS_KEY_ID/);
  });

  it('connects to one Redis node by REDIS_URL, or to the primary that REDIS_SENTINELS name', () => {
    expect(loadConfig(valid).redis.connection).toEqual({ kind: 'single', url: 'redis://127.0.0.1:6379' });
    const sentinel = loadConfig({
      DATABASE_URL: valid.DATABASE_URL,
      REDIS_SENTINELS: '10.0.0.1:26379, sentinel-2:26379,[::1]:26380',
      REDIS_SENTINEL_NAME: 'hotline',
      REDIS_PASSWORD: 'pw',
      REDIS_DB: '2',
    }).redis.connection;
    expect(sentinel).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: 'sentinel-2', port: 26379 },
        { host: '::1', port: 26380 },
      ],
      name: 'hotline',
      password: 'pw',
      sentinelPassword: undefined,
      db: 2,
    });
  });

  it('names the Redis variables that are missing, malformed or given both ways', () => {
    expect(() => loadConfig({ DATABASE_URL: valid.DATABASE_URL })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ ...valid, REDIS_SENTINELS: 'a:1', REDIS_SENTINEL_NAME: 'm' })).toThrow(/not both/);
    expect(() => loadConfig({ DATABASE_URL: valid.DATABASE_URL, REDIS_SENTINELS: 'a:1' })).toThrow(/REDIS_SENTINEL_NAME/);
    expect(() => loadConfig({ DATABASE_URL: valid.DATABASE_URL, REDIS_SENTINELS: 'a', REDIS_SENTINEL_NAME: 'm' })).toThrow(
      /REDIS_SENTINELS/,
    );
    expect(() => loadConfig({ ...valid, REDIS_SENTINEL_NAME: 'm' })).toThrow(/REDIS_SENTINEL_NAME/);
  });

  it('reads reports from DATABASE_REPLICA_URL when set', () => {
    expect(loadConfig(valid).database.replicaUrl).toBeNull();
    expect(loadConfig({ ...valid, DATABASE_REPLICA_URL: 'postgres://r@replica/hotline' }).database.replicaUrl).toBe(
      'postgres://r@replica/hotline',
    );
    expect(() => loadConfig({ ...valid, DATABASE_REPLICA_URL: 'mysql://x' })).toThrow(/DATABASE_REPLICA_URL/);
  });
});

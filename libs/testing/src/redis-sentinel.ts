import { ChildProcess, spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { freePort } from './free-port';
import { waitFor } from './wait-for';

/**
 * A Redis primary, a replica and a Sentinel (Debian's redis-server, in Sentinel mode for the last) on free loopback
 * ports, in a directory of their own: what `REDIS_SENTINELS` points at in a failover test.
 */
export class RedisSentinelGroup {
  readonly name = 'hotline';
  readonly dir = path.join(os.tmpdir(), `hotline-sentinel-${randomBytes(4).toString('hex')}`);
  ports = { primary: 0, replica: 0, sentinel: 0 };
  private readonly processes = new Map<'primary' | 'replica' | 'sentinel', ChildProcess>();

  async start(): Promise<this> {
    await mkdir(this.dir, { recursive: true });
    this.ports = { primary: await freePort(), replica: await freePort(), sentinel: await freePort() };
    const node = (role: 'primary' | 'replica', extra: string[] = []) => [
      '--port',
      String(this.ports[role]),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
      '--dir',
      this.dir,
      '--dbfilename',
      `${role}.rdb`,
      ...extra,
    ];
    this.run('primary', node('primary'));
    await this.ping(this.ports.primary);
    this.run('replica', node('replica', ['--replicaof', '127.0.0.1', String(this.ports.primary)]));
    await waitFor(
      async () => (await this.info(this.ports.replica, 'replication')).includes('master_link_status:up') || undefined,
      'the replica to sync',
    );
    const conf = path.join(this.dir, 'sentinel.conf');
    await writeFile(
      conf,
      [
        `port ${this.ports.sentinel}`,
        'bind 127.0.0.1',
        `dir ${this.dir}`,
        `sentinel monitor ${this.name} 127.0.0.1 ${this.ports.primary} 1`,
        `sentinel down-after-milliseconds ${this.name} 1000`,
        `sentinel failover-timeout ${this.name} 10000`,
        `sentinel parallel-syncs ${this.name} 1`,
        '',
      ].join('\n'),
    );
    this.run('sentinel', [conf, '--sentinel']);
    await waitFor(async () => (await this.primaryPort()) === this.ports.primary || undefined, 'the Sentinel to know the primary');
    return this;
  }

  /** The platform's settings for this group. */
  env(): Record<string, string> {
    return { REDIS_URL: '', REDIS_SENTINELS: `127.0.0.1:${this.ports.sentinel}`, REDIS_SENTINEL_NAME: this.name };
  }

  /** The port of the primary as the Sentinel names it now. */
  async primaryPort(): Promise<number | undefined> {
    const client = new IORedis({ port: this.ports.sentinel, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
    try {
      await client.connect();
      const addr = (await client.call('SENTINEL', 'get-master-addr-by-name', this.name)) as [string, string] | null;
      return addr ? Number(addr[1]) : undefined;
    } catch {
      return undefined;
    } finally {
      client.disconnect();
    }
  }

  /** Kills the primary outright (SIGKILL), as a crashed machine would go. */
  async killPrimary(): Promise<void> {
    const child = this.processes.get('primary')!;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    for (const child of this.processes.values()) {
      if (child.exitCode === null && child.signalCode === null)
        await new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGKILL');
        });
    }
    await rm(this.dir, { recursive: true, force: true });
  }

  private run(role: 'primary' | 'replica' | 'sentinel', args: string[]): void {
    this.processes.set(role, spawn('redis-server', args, { stdio: 'ignore' }));
  }

  private async ping(port: number): Promise<void> {
    await waitFor(async () => (await this.info(port, 'server')).includes('redis_version') || undefined, `redis on ${port} to answer`);
  }

  private async info(port: number, section: string): Promise<string> {
    const client = new IORedis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return await client.info(section);
    } catch {
      return '';
    } finally {
      client.disconnect();
    }
  }
}

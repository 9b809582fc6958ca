import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// The Docker files are checked as Compose itself reads them: there is no Docker engine on these machines, but
// `docker compose config` (or Debian's docker-compose, which scripts/test.sh installs when neither is present)
// resolves and validates the file without one.
const ROOT = path.resolve(__dirname, '../..');

function composeCommand(): [string, string[]] {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) return ['docker', ['compose']];
  if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0) return ['docker-compose', []];
  throw new Error('neither `docker compose` nor `docker-compose` is installed (scripts/test.sh installs docker-compose)');
}

function composeConfig(file: string, env: Record<string, string | undefined>): { status: number | null; stdout: string; stderr: string } {
  const [command, prefix] = composeCommand();
  const result = spawnSync(command, [...prefix, '-f', path.join(ROOT, 'docker', file), 'config'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface ComposeService {
  image?: string;
  build?: unknown;
  restart?: string;
  environment?: Record<string, string | null>;
  user?: string;
}

/** [file, the variables it requires, its one-shot services, what the API trusts for X-Forwarded-For] */
const COMPOSE_FILES: [string, Record<string, string>, string[], string][] = [
  ['compose.yaml', { SESSION_SECRET: 'a'.repeat(40) }, ['migrate'], 'false'],
  // Several API replicas behind nginx, which has a fixed address on the compose network.
  [
    'compose.replicas.yaml',
    { SESSION_SECRET: 'a'.repeat(40), STORAGE_SECRET_ACCESS_KEY: 'b'.repeat(20) },
    ['migrate', 'bucket'],
    '172.30.0.10',
  ],
];

describe.each(COMPOSE_FILES)('docker/%s', (file, required, oneShot, trustProxy) => {
  let services: Record<string, ComposeService>;

  beforeAll(() => {
    const result = composeConfig(file, required);
    if (result.status !== 0) throw new Error(`compose config failed (${result.status}): ${result.stderr}`);
    services = (parse(result.stdout) as { services: Record<string, ComposeService> }).services;
  });

  it('passes `compose config` and refuses to resolve without each required secret', () => {
    expect(Object.keys(services).sort()).toEqual(expect.arrayContaining(['api', 'mailer', 'migrate', 'worker', 'postgres', 'redis']));
    for (const name of Object.keys(required)) {
      const missing = composeConfig(file, { ...required, [name]: undefined });
      expect([name, missing.status]).not.toEqual([name, 0]);
      expect(missing.stderr).toContain(name);
    }
  });

  it('restarts every long-running service unless stopped, and sets TRUST_PROXY explicitly on the API', () => {
    for (const [name, service] of Object.entries(services)) {
      expect([name, service.restart]).toEqual([name, oneShot.includes(name) ? 'no' : 'unless-stopped']);
    }
    const hotlineServices = Object.entries(services).filter(([, s]) => s.build !== undefined || s.image?.startsWith('hotline'));
    expect(hotlineServices.length).toBeGreaterThanOrEqual(4);
    for (const [name, service] of hotlineServices) {
      expect([name, service.environment?.SESSION_SECRET]).toEqual([name, required.SESSION_SECRET]);
    }
    // The API is the one service clients reach: whom it trusts for X-Forwarded-For is always written down.
    expect(services.api.environment?.TRUST_PROXY).toBe(trustProxy);
  });
});

describe('docker/Dockerfile', () => {
  it('builds on the Node line package.json pins and runs as the unprivileged node user', () => {
    const dockerfile = readFileSync(path.join(ROOT, 'docker/Dockerfile'), 'utf8');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      devDependencies: { node: string };
    };
    const major = pkg.devDependencies.node.split('.')[0];
    expect(pkg.engines.node).toBe(`>=${major}`);
    expect(dockerfile).toMatch(new RegExp(`^ARG NODE_IMAGE=node:${major}-`, 'm'));
    // The last USER of the runtime stage is `node`, and no stage after it switches back to root.
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    const users = [...runtime.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
    expect(users.at(-1)).toBe('node');
  });
});

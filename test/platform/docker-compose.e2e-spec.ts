import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// The Docker files are checked as Compose itself reads them: there is no Docker engine on these machines, but
// `docker compose config` (or Debian's docker-compose, which scripts/test.sh installs when neither is present)
// resolves and validates the file without one.
const ROOT = path.resolve(__dirname, '../..');
const COMPOSE_FILE = path.join(ROOT, 'docker/compose.yaml');

function composeCommand(): [string, string[]] {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) return ['docker', ['compose']];
  if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0) return ['docker-compose', []];
  throw new Error('neither `docker compose` nor `docker-compose` is installed (scripts/test.sh installs docker-compose)');
}

function composeConfig(env: Record<string, string | undefined>): { status: number | null; stdout: string; stderr: string } {
  const [command, prefix] = composeCommand();
  const result = spawnSync(command, [...prefix, '-f', COMPOSE_FILE, 'config'], {
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

describe('docker/compose.yaml and docker/Dockerfile', () => {
  const secret = 'a'.repeat(40);
  let services: Record<string, ComposeService>;

  beforeAll(() => {
    const result = composeConfig({ SESSION_SECRET: secret });
    if (result.status !== 0) throw new Error(`compose config failed (${result.status}): ${result.stderr}`);
    services = (parse(result.stdout) as { services: Record<string, ComposeService> }).services;
  });

  it('passes `compose config` and refuses to resolve without a SESSION_SECRET', () => {
    expect(Object.keys(services).sort()).toEqual(expect.arrayContaining(['api', 'mailer', 'migrate', 'worker', 'postgres', 'redis']));
    const missing = composeConfig({ SESSION_SECRET: undefined });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('SESSION_SECRET');
  });

  it('restarts every long-running service unless stopped, and sets TRUST_PROXY explicitly on the API', () => {
    for (const [name, service] of Object.entries(services)) {
      expect([name, service.restart]).toEqual([name, name === 'migrate' ? 'no' : 'unless-stopped']);
    }
    const hotlineServices = Object.entries(services).filter(([, s]) => s.build !== undefined || s.image?.startsWith('hotline'));
    expect(hotlineServices.length).toBeGreaterThanOrEqual(4);
    for (const [name, service] of hotlineServices) {
      expect([name, service.environment?.SESSION_SECRET]).toEqual([name, secret]);
    }
    // The API is the one service clients reach: whom it trusts for X-Forwarded-For is always written down.
    expect(services.api.environment?.TRUST_PROXY).toBe('false');
  });

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

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TestPlatform } from '@hotline/testing';
import { newPlatform } from '../platform';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>';

describe('the API serves the built web UI', () => {
  let platform: TestPlatform;
  let webDir = '';

  beforeAll(async () => {
    webDir = await mkdtemp(path.join(os.tmpdir(), 'hotline-web-'));
    await mkdir(path.join(webDir, 'assets'));
    await writeFile(path.join(webDir, 'index.html'), INDEX);
    await writeFile(path.join(webDir, 'assets', 'app-abc123.js'), 'console.log("hotline")');
    platform = await newPlatform().start({ worker: false, env: { WEB_DIR: webDir } });
  });
  afterAll(async () => {
    await platform.stop();
    await rm(webDir, { recursive: true, force: true });
  });

  it('answers the index page at / and at any page path of the app, under the API’s CSP', async () => {
    for (const url of ['/', '/track/HN-2026-000001', '/staff/cases/0197']) {
      const res = await fetch(`${platform.baseUrl}${url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('serves the hashed assets with a long cache', async () => {
    const res = await fetch(`${platform.baseUrl}/assets/app-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toContain('hotline');
  });

  it('keeps unknown API, health and metrics paths as JSON 404s', async () => {
    for (const url of ['/api/v1/no-such-thing', '/health/nope']) {
      const res = await fetch(`${platform.baseUrl}${url}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual(expect.objectContaining({ statusCode: 404 }));
    }
    // Under /open311/v2 a 404 is GeoReport v2's error array, never the web UI's page.
    const open311 = await fetch(`${platform.baseUrl}/open311/v2/x`);
    expect(open311.status).toBe(404);
    expect(await open311.json()).toEqual([expect.objectContaining({ code: 404, description: expect.any(String) })]);
    expect((await fetch(`${platform.baseUrl}/health/live`)).status).toBe(200);
  });
});

describe('without a web build', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await newPlatform().start({ worker: false, env: { WEB_DIR: path.join(os.tmpdir(), 'hotline-no-such-web-build') } });
  });
  afterAll(() => platform.stop());

  it('still starts, and the page says how to build the UI', async () => {
    const res = await fetch(`${platform.baseUrl}/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run build:web');
    expect((await fetch(`${platform.baseUrl}/health/live`)).status).toBe(200);
  });
});

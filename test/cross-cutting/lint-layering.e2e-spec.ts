/**
 * The layering that eslint.config.mjs encodes (docs/architecture.md, "Guard rails"): each probe is linted as if it were
 * a file at its path, and the test reads which of its imports `no-restricted-imports` refuses.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface Probe {
  file: string;
  imports: string[];
}

/** Lints every probe in one ESLint process; for each, the import specifiers the layering rules refuse. */
function refusedImports(probes: Probe[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const probes = JSON.parse(process.argv[1]);
      const out = [];
      for (const probe of probes) {
        const code = probe.imports.map((spec, i) => \`import { name\${i} } from '\${spec}';\\nexport { name\${i} };\\n\`).join('');
        const [result] = await eslint.lintText(code, { filePath: probe.file });
        out.push(result.messages.filter((m) => /no-restricted-imports$/.test(m.ruleId ?? '')).map((m) => probe.imports[(m.line - 1) / 2]));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((err) => { console.error(err); process.exit(1); });`;
  const stdout = execFileSync(process.execPath, ['-e', script, JSON.stringify(probes)], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(stdout) as string[][];
}

describe('the layering lint rules', () => {
  let results: string[][];
  const probes: Probe[] = [
    // platform may import contracts, config and database, by alias or relative path, and nothing to its right.
    {
      file: 'libs/platform/src/probe/probe.ts',
      imports: [
        '@hotline/database',
        '../../../database/src/index',
        '@hotline/auth',
        '../../../cases/src/index',
        '@hotline/testing',
        '../sibling',
      ],
    },
    // A lib never imports an app.
    { file: 'libs/reporting/src/probe.ts', imports: ['@hotline/cases', '@hotline/channels', '../../../apps/api/src/main'] },
    // The web imports only @hotline/contracts of the server's libs.
    {
      file: 'apps/web/src/pages/probe.tsx',
      imports: ['@hotline/contracts', '@hotline/platform', '../../../../libs/database/src/index', '../api/client'],
    },
    // The test support lib imports every lib and no app (the API's types come from @hotline/contracts).
    {
      file: 'libs/testing/src/probe.ts',
      imports: ['@hotline/channels', '@hotline/contracts', '../../../apps/web/src/api/schema', '../../../apps/worker/src/main'],
    },
    // The apps never import the test support lib.
    { file: 'apps/api/src/probe.ts', imports: ['@hotline/reporting', '@hotline/testing'] },
  ];

  beforeAll(() => {
    results = refusedImports(probes);
  });

  it('lets a lib import the libs to its left, and refuses those to its right and the test lib', () => {
    expect(results[0]).toEqual(['@hotline/auth', '../../../cases/src/index', '@hotline/testing']);
  });

  it('refuses an app import in a lib and lets reporting import cases', () => {
    expect(results[1]).toEqual(['@hotline/channels', '../../../apps/api/src/main']);
  });

  it('refuses every server lib but contracts in the web', () => {
    expect(results[2]).toEqual(['@hotline/platform', '../../../../libs/database/src/index']);
  });

  it('refuses every app file in the test support lib, the web schema re-export too', () => {
    expect(results[3]).toEqual(['../../../apps/web/src/api/schema', '../../../apps/worker/src/main']);
  });

  it('refuses the test support lib in an app', () => {
    expect(results[4]).toEqual(['@hotline/testing']);
  });
});

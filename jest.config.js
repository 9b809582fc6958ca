// @nestjs/*, `cookie` (Fastify inject and @fastify/cookie, which imports it dynamically), `content-disposition`
// (@fastify/static), otplib's @scure/@noble and openapi-typescript's parse-json (the web client types' contract test)
// ship ESM only; @swc/jest transforms them to CommonJS.
const transform = {
  '^.+\\.(t|j|mj)s$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        keepClassNames: true,
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};
const webTransform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
      module: { type: 'commonjs' },
    },
  ],
};
const moduleNameMapper = { '^@hotline/([a-z-]+)$': '<rootDir>/libs/$1/src' };
const common = {
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|@fastify/cookie|cookie|content-disposition|@scure|@noble|openapi-typescript|parse-json|index-to-position|supports-color|change-case)/)',
  ],
  moduleNameMapper,
};
module.exports = {
  testTimeout: 60000,
  // Each test file's Nest apps, modules and transformed sources are not all freed when it ends; over ~150 files one
  // process reached V8's 4 GB heap limit (a fresh-clone run aborted after 17 minutes). A worker whose memory passes this
  // after a file is replaced by a fresh one. Setting it also keeps Jest from running in band on a 2-core machine.
  workerIdleMemoryLimit: '1GB',
  // Two test files at a time on these 2-core machines. Run one at a time, the suite averaged under one busy core
  // (most of a test waits on PostgreSQL, Redis, a child process or Chromium) and took 1,945 s of Jest on a fresh clone
  // here (2026-12-03), past what CI allows; Jest's default (cores - 1) is one worker.
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    // The web UI's components in jsdom (React, Mantine, i18n), no server.
    {
      displayName: 'web',
      testEnvironment: '<rootDir>/apps/web/jest-environment.js',
      testMatch: ['<rootDir>/apps/web/src/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/test-setup.ts'],
      moduleNameMapper: { '\\.css$': '<rootDir>/apps/web/src/test-style-stub.ts', '^@hotline/contracts$': '<rootDir>/libs/contracts/src' },
      transform: webTransform,
    },
    // Real Chromium (playwright-core, Debian's /usr/bin/chromium) against the real API, worker and the built web UI (npm run build:web).
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
    // Private embedded PostgreSQL and redis-server, killed and restarted under load (npm run test:faults).
    { ...common, displayName: 'faults', testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'] },
  ],
};

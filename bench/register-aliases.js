'use strict';
// Resolves the `@hotline/<lib>` path aliases of tsconfig.json to the benchmark's compiled output
// (dist-bench/libs/<lib>/src), so `node -r ./bench/register-aliases.js dist-bench/bench/<file>.js` runs without
// a runtime TypeScript loader. Only bare `@hotline/<lib>` specifiers exist in the code base (see jest.config.js).
const Module = require('node:module');
const path = require('node:path');

const DIST = path.resolve(__dirname, '..', 'dist-bench');
const ALIAS = /^@hotline\/([a-z-]+)$/;
const resolveFilename = Module._resolveFilename;

Module._resolveFilename = function (request, parent, ...rest) {
  const m = ALIAS.exec(request);
  return resolveFilename.call(this, m ? path.join(DIST, 'libs', m[1], 'src') : request, parent, ...rest);
};

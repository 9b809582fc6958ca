// Writes libs/contracts/src/http/api-schema.d.ts from the API's OpenAPI document (run after `nest build api`).
import { createRequire } from 'node:module';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { API_TYPES_FILE, generateApiTypes } = require(path.join(root, 'dist/apps/api/src/openapi-types.js'));

const { source, paths } = await generateApiTypes();
await writeFile(path.join(root, API_TYPES_FILE), source);
console.log(`wrote ${API_TYPES_FILE} (${paths} paths)`);
process.exit(0);

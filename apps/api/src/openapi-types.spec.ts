import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { API_TYPES_FILE, generateApiTypes } from './openapi-types';

/** The web talks to the API through the generated client: its types must be what the API's document says today. */
describe('the web client types', () => {
  it('are what the API’s OpenAPI document generates (run `npm run generate:api-types` and commit the file)', async () => {
    const committed = await readFile(path.resolve(__dirname, '../../..', API_TYPES_FILE), 'utf8');
    const { source } = await generateApiTypes();
    expect(committed).toBe(source);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A migration is frozen once it lands: it must not read code or data that lives on and changes elsewhere (another
 * lib's holiday file, an entity). It imports only TypeORM, Node built-ins and its own data beside it.
 */
describe('migrations are frozen', () => {
  const files = readdirSync(__dirname).filter((f) => /^\d+-.*\.ts$/.test(f) && !f.endsWith('.spec.ts'));

  it.each(files)('%s imports nothing from outside the migrations folder', (file) => {
    const source = readFileSync(path.join(__dirname, file), 'utf8');
    const specifiers = [...source.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    const outside = specifiers.filter((s) => !(s === 'typeorm' || s.startsWith('node:') || s.startsWith('./data/')));
    expect(outside).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';

describe('test runtime', () => {
  it('runs on the Node version package.json pins as the `node` devDependency', () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    expect(process.version).toBe(`v${manifest.devDependencies.node}`);
  });
});

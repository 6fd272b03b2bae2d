// Compiles bench-gate/main.ts (it drives the gate's real Judge) with ncc into a temp dir and
// runs it. Kept out of dist/: it is a benchmark, not an action.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'gt-bench-gate-'));
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
execFileSync(
  process.execPath,
  [ncc, 'build', join('packages', 'tools', 'bench-gate', 'main.ts'), '-o', out, '--quiet', '--transpile-only'],
  { stdio: 'inherit' }
);
execFileSync(process.execPath, [join(out, 'index.js')], { stdio: 'inherit' });

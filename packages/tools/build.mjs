// Compile every action with @vercel/ncc: actions/<name>/src/main.ts → dist/<name>/index.js,
// and src/post.ts (when present) → dist/<name>/post/index.js. Each output folder is wiped
// first so no stale chunk survives. Entries are passed as argv, never through a shell.
// Source maps are written but not registered at start-up (the register costs ~30 ms per
// step); run with NODE_OPTIONS=--enable-source-maps for mapped stack traces.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, inputsManifest } from './lib/jenkins-resources.mjs';

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
    execFileSync(
      process.execPath,
      [
        ncc,
        'build',
        entry,
        '-o',
        out,
        '--source-map',
        '--no-source-map-register',
        '--license',
        'licenses.txt',
        '--quiet'
      ],
      {
        stdio: 'inherit'
      }
    );
  }
}

/**
 * Source maps are kept for chunks holding our code and dropped for chunks made only of
 * node_modules (the Kubernetes client's alone is 17 MB, twice): a stack trace through them maps to
 * a pinned, public package, and every `uses:` of the action downloads dist/.
 */
function dropVendorSourceMaps(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      dropVendorSourceMaps(path);
      continue;
    }
    if (!entry.name.endsWith('.js.map')) continue;
    const { sources } = JSON.parse(readFileSync(path, 'utf8'));
    if (!sources.every((source) => source.includes('node_modules/'))) continue;
    rmSync(path);
    const js = path.slice(0, -'.map'.length);
    const trailer = `\n//# sourceMappingURL=${entry.name}`;
    const code = readFileSync(js, 'utf8');
    if (code.trimEnd().endsWith(trailer.trim())) writeFileSync(js, code.slice(0, code.lastIndexOf(trailer)) + '\n');
  }
}
for (const action of actions) dropVendorSourceMaps(join('dist', action));

// The Jenkins library ships the same compiled scripts: jenkins-lib/resources/goldenthread/<action>/
// holds byte-identical copies of each dist entry's runtime files (not source maps), listed in
// files.txt for the library's runner step (vars/goldenthreadStep.groovy) to write out with
// libraryResource. Identical content, so git stores each file once. Beside them:
// - sha256.txt: the content hash of those files; the runner extracts into @tmp/goldenthread/<action>/<hash>,
//   so a library upgrade in a used workspace takes the new scripts (and prunes the old ones);
// - inputs.txt: the action's inputs from action.yml (name, required|optional, secret|plain), the
//   argument list the step validates against, so it cannot drift from the action.
const resources = join('jenkins-lib', 'resources', 'goldenthread');
for (const action of actions) {
  rmSync(join(resources, action), { recursive: true, force: true });
  const listed = [];
  const copyDir = (from, to, prefix) => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) copyDir(join(from, entry.name), join(to, entry.name), `${prefix}${entry.name}/`);
      else if (!entry.name.endsWith('.map')) {
        copyFileSync(join(from, entry.name), join(to, entry.name));
        listed.push(`${prefix}${entry.name}`);
      }
    }
  };
  copyDir(join('dist', action), join(resources, action), '');
  listed.sort();
  writeFileSync(join(resources, action, 'files.txt'), listed.join('\n') + '\n');
  writeFileSync(join(resources, action, 'sha256.txt'), contentHash(join(resources, action), listed) + '\n');
  writeFileSync(join(resources, action, 'inputs.txt'), inputsManifest(join('actions', action, 'action.yml')));
}

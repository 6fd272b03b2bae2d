// Compile every action into ONE shared bundle, and the Jenkins library's copy of it.
//
// 1. ncc compiles packages/tools/bundle/entry.ts → dist/goldenthread/: the code two actions share is
//    shipped once, each action's own code is a chunk loaded by name (`start('<action>')`).
// 2. dist/<action>/index.js and dist/trace-root/post/index.js are two-line entries that import the
//    bundle and name their action, so every action.yml path is unchanged.
// 3. Every bundle file goes through swc's minifier — comments dropped, names NOT mangled, no
//    compress passes — and is printed again one statement per line: a small source change stays a small text diff in dist/
//    (a one-line minified file would be rewritten whole by any change), and stack traces keep
//    readable function names. No source maps: a map's `mappings` is one line that every build
//    rewrites whole, and a trace through un-mangled code already names the functions.
// 4. jenkins-lib/resources/goldenthread/: scripts.archive (dist/'s runtime files, see
//    packages/tools/lib/jenkins-resources.mjs), scripts.sha256, and <action>/inputs.txt.
// Deterministic: the same sources give the same bytes (.ci/run rebuilds and compares).
// Entries are passed as argv, never through a shell.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveFiles, inputsManifest, runtimeFiles } from './lib/jenkins-resources.mjs';

const started = Date.now();
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const bundle = join('dist', 'goldenthread');
const entries = [...readdirSync('actions').sort(), 'trace-root/post'];

rmSync('dist', { recursive: true, force: true });
console.log(`ncc: packages/tools/bundle/entry.ts → ${bundle}/`);
execFileSync(
  process.execPath,
  [ncc, 'build', join('packages', 'tools', 'bundle', 'entry.ts'), '-o', bundle, '--license', 'licenses.txt', '--quiet'],
  { stdio: 'inherit' }
);

const { minifySync, transformSync } = await import('@swc/core');
for (const name of readdirSync(bundle).filter((file) => file.endsWith('.js'))) {
  const path = join(bundle, name);
  const minified = minifySync(readFileSync(path, 'utf8'), {
    module: true,
    // No compress passes: across build processes they did not always give the same output (a
    // vendor chunk changed between two builds of the same sources), and dist/ must be reproducible.
    compress: false,
    mangle: false,
    format: { comments: false }
  }).code;
  // swc's minifier has no beautify; its printer, with minify off, puts one statement per line.
  const printed = transformSync(minified, {
    jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } },
    isModule: true,
    minify: false,
    sourceMaps: false,
    configFile: false,
    swcrc: false
  }).code;
  writeFileSync(path, printed);
}

for (const entry of entries) {
  const up = '../'.repeat(entry.split('/').length);
  mkdirSync(join('dist', entry), { recursive: true });
  writeFileSync(
    join('dist', entry, 'index.js'),
    `// ${entry}: its code is in the shared bundle dist/goldenthread/ (packages/tools/build.mjs).\n` +
      `import { start } from '${up}goldenthread/index.js';\nawait start('${entry}');\n`
  );
}
writeFileSync(join('dist', 'package.json'), '{\n  "type": "module"\n}\n');

const resources = join('jenkins-lib', 'resources', 'goldenthread');
rmSync(resources, { recursive: true, force: true });
mkdirSync(resources, { recursive: true });
const { archive, sha256 } = archiveFiles('dist', runtimeFiles('dist'));
writeFileSync(join(resources, 'scripts.archive'), archive);
writeFileSync(join(resources, 'scripts.sha256'), sha256 + '\n');
for (const action of readdirSync('actions').sort()) {
  mkdirSync(join(resources, action), { recursive: true });
  writeFileSync(join(resources, action, 'inputs.txt'), inputsManifest(join('actions', action, 'action.yml')));
}
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

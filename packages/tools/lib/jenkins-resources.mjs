// What the build writes into jenkins-lib/resources/goldenthread/ (see build.mjs), shared with the
// Jenkins tests so they build the same archive and argument list.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parse } from 'yaml';

export const ARCHIVE_HEADER = 'goldenthread-scripts 1';

/** dist/'s runtime files (not licenses.txt), as sorted `/`-separated paths relative to `dir`. */
export function runtimeFiles(dir, prefix = '') {
  const files = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...runtimeFiles(dir, path));
    else if (entry.name.endsWith('.js') || entry.name === 'package.json') files.push(path);
  }
  return files.sort();
}

/**
 * The Jenkins copy of dist/ as one text file: a header line, then one line per file,
 * `<path>\t<base64 of the file, brotli-compressed on its own>`. One resource read
 * (libraryResource, Base64) brings every script; compressing each file on its own keeps the
 * archive line-stable — a change to one bundle chunk rewrites that chunk's line only, not the
 * whole archive (which a single compressed stream would). `sha256` is the archive's hash: the
 * version the Jenkins step extracts into, and checks the written bytes against.
 */
export function archiveFiles(dir, files) {
  const lines = [ARCHIVE_HEADER];
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const packed = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
      }
    });
    lines.push(`${file}\t${packed.toString('base64')}`);
  }
  const archive = Buffer.from(lines.join('\n') + '\n');
  return { archive, sha256: createHash('sha256').update(archive).digest('hex') };
}

/**
 * An input is a secret when action.yml says so in its description, or it is a token (every
 * `token`/`github-token`), or a URL that may carry credentials (opensearch-url: "credentials in the URL").
 * The Jenkins steps accept these as `…CredentialsId` arguments bound with withCredentials.
 */
export function isSecretInput(name, description = '') {
  return /\bsecret\b/i.test(description) || /(^|-)token$/.test(name) || /credentials in the URL/i.test(description);
}

/** One line per input: `<kebab-name>\t<required|optional>\t<secret|plain>`, in action.yml's order. */
export function inputsManifest(actionYml) {
  const { inputs = {} } = parse(readFileSync(actionYml, 'utf8'));
  const line = ([name, spec]) => {
    const required = spec?.required === true ? 'required' : 'optional';
    return [name, required, isSecretInput(name, spec?.description) ? 'secret' : 'plain'].join('\t');
  };
  return Object.entries(inputs).map(line).join('\n') + '\n';
}

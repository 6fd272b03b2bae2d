// What the build writes beside each action's scripts in jenkins-lib/resources/goldenthread/<action>/
// (see build.mjs), shared with the Jenkins tests so they compute the same hash and argument list.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** sha256 over each listed file's path and bytes, in the listed order: changes whenever any script does. */
export function contentHash(dir, files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
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

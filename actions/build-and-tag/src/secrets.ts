import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerTemp } from '@goldenthread/core';
import type { BuildSecret } from './inputs.js';

/** What a builder's `--secret=id=…,src=…` names: never the value itself. */
export interface SecretSource {
  id: string;
  src: string;
}

/**
 * Build secrets as files: a value from `secrets` is written to a 0600 file in a 0700 directory
 * of its own under RUNNER_TEMP (the runner empties it after the job too), a `secret-files` path is
 * handed on as it is. A builder is given the path only, so the value is in no argv (`ps`, /proc)
 * and no log. `remove` deletes what was written; call it whatever the build's outcome.
 */
export function secretSources(secrets: BuildSecret[]): { sources: SecretSource[]; remove: () => void } {
  const written = secrets.some((s) => s.value !== undefined)
    ? mkdtempSync(join(runnerTemp(), 'gt-build-secrets-'))
    : undefined;
  try {
    const sources = secrets.map(({ id, value, path }, i): SecretSource => {
      if (value === undefined) return { id, src: path! };
      const src = join(written!, String(i));
      writeFileSync(src, value, { mode: 0o600 });
      return { id, src };
    });
    return { sources, remove: () => written && rmSync(written, { recursive: true, force: true }) };
  } catch (error) {
    if (written) rmSync(written, { recursive: true, force: true });
    throw error;
  }
}

import { ConfigurationError } from './errors.js';

/** OCI distribution-spec tag grammar; a build_id is an image tag (docs/design.md §2). */
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const MAX_SAFE_JOB = 40;

/** Lower-case, `[a-z0-9-]` only, runs of anything else → `-`, trimmed, at most 40 chars. */
export function safeJobName(jobName: string): string {
  const safe = jobName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SAFE_JOB)
    .replace(/^-+|-+$/g, '');
  return safe || 'job';
}

export function shortSha(sha: string): string {
  if (!/^[0-9a-fA-F]{7,64}$/.test(sha)) {
    throw new ConfigurationError(`Invalid commit sha '${sha}'. Expected 7 to 64 hex characters.`);
  }
  return sha.slice(0, 7).toLowerCase();
}

export function mintBuildId(jobName: string, buildNumber: string, sha: string): string {
  if (!/^[0-9]+$/.test(buildNumber)) {
    throw new ConfigurationError(`Invalid build number '${buildNumber}'. Expected a whole number.`);
  }
  return `${safeJobName(jobName)}-${buildNumber}-${shortSha(sha)}`;
}

/** Validate a user-supplied build id; `inputName` names where it came from in the error. */
export function validateBuildId(buildId: string, inputName = 'build-id'): string {
  if (!OCI_TAG.test(buildId)) {
    throw new ConfigurationError(
      `Invalid ${inputName} '${buildId}'. Expected a valid image tag: 1-128 characters of ` +
        `[A-Za-z0-9_.-], not starting with '.' or '-' (e.g. ci-42-1a2b3c4).`
    );
  }
  return buildId;
}

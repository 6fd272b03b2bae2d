/**
 * GitHub deployments for an environment, as GitHub's REST description specifies them
 * (github/rest-api-description, descriptions/api.github.com/api.github.com.yaml):
 * - `POST /repos/{owner}/{repo}/deployments` (repos/create-deployment): `ref`, `environment`,
 *   `payload`; `auto_merge` defaults to true (it would merge the default branch into the ref) and
 *   `required_contexts` to "every context must be success" (409 otherwise): a deploy of a built
 *   image wants neither, so both are switched off. 201 is a deployment, 202 a merge instead.
 * - `GET /repos/{owner}/{repo}/deployments?environment=` (repos/list-deployments): per_page ≤ 100,
 *   Link paging; each deployment carries the payload it was created with.
 * - `POST …/deployments/{deployment_id}/statuses` (repos/create-deployment-status): `state` one of
 *   error, failure, inactive, in_progress, queued, pending, success; `description` ≤ 140
 *   characters; `auto_inactive` (default true) adds `inactive` to *prior* non-transient,
 *   non-production deployments of the environment that had `success` — never to a later one, and
 *   never in a production environment. So a rollback must say both things itself: the rolled-back
 *   deployment `failure`, the one serving again a new `success`.
 * Every request is bounded by githubClient; callers turn failures into warnings.
 */
import { ciContext } from './ci-context.js';
import { ConfigurationError, errorMessage } from './errors.js';
import { githubClient, ownerRepo, type GithubClient } from './github.js';
import { booleanInput, secretInput } from './runner-io.js';
import { redact } from './redact.js';
import type { GithubDeploymentPayload } from './contracts/records.js';

/** The payload's schema, loaded on use with the other record schemas (start-up stays light). */
async function payloadSchema() {
  return (await import('./contracts/records.js')).GithubDeploymentPayloadSchema;
}
type PayloadSchema = Awaited<ReturnType<typeof payloadSchema>>;

export const DEPLOYMENT_STATES = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success'
] as const;
export type DeploymentState = (typeof DEPLOYMENT_STATES)[number];

/** Where deployments are written: one repository's environment. */
export interface GithubEnvironment {
  owner: string;
  repo: string;
  environment: string;
  token: string;
  apiUrl?: string;
}

/** The github-deployment inputs, checked: where to write, and the run's page for each status's log. */
export interface GithubDeploymentInputs {
  target: GithubEnvironment;
  logUrl?: string;
}

/** github-deployment: true needs an environment, a token and a GitHub Actions run to name the repository. */
export function githubDeploymentInputs(environment: string | undefined): GithubDeploymentInputs | undefined {
  if (!booleanInput('github-deployment', false)) return undefined;
  if (!environment) {
    throw new ConfigurationError(
      "Input 'environment' is required with github-deployment: true (the GitHub environment to deploy to, e.g. production)."
    );
  }
  const token = secretInput('github-token');
  if (!token) {
    throw new ConfigurationError(
      "Input 'github-token' is required with github-deployment: true (a token with deployments: write; on GitHub the default is the job's token)."
    );
  }
  let ctx;
  try {
    ctx = ciContext();
  } catch {
    ctx = undefined;
  }
  const repository = ctx?.system === 'github' ? ownerRepo(ctx.repository) : undefined;
  if (!repository) {
    throw new ConfigurationError(
      "Input 'github-deployment': true works in a GitHub Actions run only (GITHUB_REPOSITORY names the repository whose environment shows the deploy)."
    );
  }
  return { target: { ...repository, environment, token, apiUrl: ctx?.apiUrl }, logUrl: ctx?.runUrl };
}

/** How many pages of the environment's deployments a lookup reads (100 each, newest first). */
const LOOKUP_PAGES = 3;
const DESCRIPTION_MAX = 140;

/** GitHub shows it to everyone who can read the repository: redacted, and cut to its limit. */
const description = (raw: string, text = redact(raw).replace(/\s+/g, ' ')) =>
  text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).replace(/[\ud800-\udbff]$/, '')}…`;

async function client(target: GithubEnvironment): Promise<GithubClient> {
  return githubClient(target.token, target.apiUrl);
}

/** Create the deployment of `ref` (the commit) for the environment; its id. */
export async function createDeployment(
  target: GithubEnvironment,
  ref: string,
  payload: GithubDeploymentPayload,
  text: string
): Promise<number> {
  const octokit = await client(target);
  const response = await octokit.request('POST /repos/{owner}/{repo}/deployments', {
    owner: target.owner,
    repo: target.repo,
    ref,
    environment: target.environment,
    auto_merge: false,
    required_contexts: [],
    payload: (await payloadSchema()).parse(payload),
    description: description(text)
  });
  const id = (response.data as { id?: unknown }).id;
  if (response.status !== 201 || typeof id !== 'number') {
    throw new Error(`GitHub answered ${response.status} without a deployment (${errorMessage(response.data)})`);
  }
  return id;
}

export async function setDeploymentStatus(
  target: GithubEnvironment,
  deploymentId: number,
  state: DeploymentState,
  text: string,
  logUrl?: string
): Promise<void> {
  const octokit = await client(target);
  await octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    owner: target.owner,
    repo: target.repo,
    deployment_id: deploymentId,
    state,
    description: description(text),
    environment: target.environment,
    ...(logUrl ? { log_url: logUrl } : {}),
    auto_inactive: true
  });
}

/** The payload a deployment carries, when it is goldenthread's (an object, or a JSON string). */
export function deploymentPayload(payload: unknown, schema: PayloadSchema): GithubDeploymentPayload | undefined {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The newest deployment of `buildId` in the environment, found by its payload (the list is read
 * newest first, at most LOOKUP_PAGES pages); undefined when there is none.
 */
export async function findDeployment(target: GithubEnvironment, buildId: string): Promise<number | undefined> {
  const octokit = await client(target);
  const schema = await payloadSchema();
  let pages = 0;
  for await (const page of octokit.paginate.iterator('GET /repos/{owner}/{repo}/deployments', {
    owner: target.owner,
    repo: target.repo,
    environment: target.environment,
    per_page: 100
  })) {
    const mine = page.data
      .filter((d) => deploymentPayload(d.payload, schema)?.build_id === buildId)
      .sort((a, b) => b.id - a.id);
    if (mine.length > 0) return mine[0].id;
    if (++pages >= LOOKUP_PAGES) break;
  }
  return undefined;
}

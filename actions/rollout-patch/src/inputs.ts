import {
  booleanInput,
  buildIdInput,
  choiceInput,
  ConfigurationError,
  defaultRecordPath,
  durationInput,
  ENV,
  optionalInput,
  requiredInput,
  secretInput,
  githubDeploymentInputs,
  type GithubDeploymentInputs
} from '@goldenthread/core';
import { DEFAULT_GIT_TIMEOUT } from '@goldenthread/core/git';
import { DEFAULT_KUBE_TIMEOUT, WORKLOAD_KINDS } from '@goldenthread/core/kube';
import { openSearchUrlInput } from '@goldenthread/core/opensearch';
import type { GitopsTarget } from './gitops.js';
import type { Kind, KubeTarget } from './kubernetes.js';
import { parseImageRef, validateSha } from './target.js';

export const MODES = ['kubernetes', 'gitops'] as const;

/** Every input of rollout-patch, read and validated before anything is touched. */
export interface DeployInputs {
  mode: (typeof MODES)[number];
  kind: Kind;
  imageRef: string;
  imageRepo: string;
  digest: string;
  buildId: string;
  gitSha: string;
  environment?: string;
  namespace: string;
  name?: string;
  deploymentFile: string;
  opensearchUrl?: string;
  opensearchTimeoutMs: number;
  kube?: KubeTarget;
  gitops?: GitopsTarget;
  /** github-deployment: the environment's GitHub deployments to write, and the run's page for their log. */
  github?: GithubDeploymentInputs;
}

function fromEnvOr(input: string, envName: string, hint: string): string {
  const value = optionalInput(input) ?? process.env[envName];
  if (!value) throw new ConfigurationError(`Input '${input}' is required: ${hint}`);
  return value;
}

function gitopsTarget(kind: Kind, name: string | undefined, environment: string | undefined): GitopsTarget {
  return {
    repository: requiredInput('repository', 'the manifests repository (URL, path, or owner/repo).'),
    branch: optionalInput('branch') ?? 'main',
    path: requiredInput('path', 'the kustomization.yaml or manifest to edit, inside the repository.'),
    kind,
    name,
    container: optionalInput('container'),
    commitMessage: optionalInput('commit-message'),
    delivery: booleanInput('pull-request', false) ? 'pull-request' : 'push',
    token: secretInput('token'),
    gitTimeoutMs: durationInput('git-timeout', DEFAULT_GIT_TIMEOUT, { positive: true }),
    author: {
      name: optionalInput('author-name') ?? 'goldenthread',
      email: optionalInput('author-email') ?? 'goldenthread@users.noreply.github.com'
    },
    environment
  };
}

export function readInputs(): DeployInputs {
  const mode = choiceInput('mode', MODES, 'kubernetes');
  const kind = choiceInput('kind', WORKLOAD_KINDS, 'Rollout');
  const imageRef = fromEnvOr(
    'image-ref',
    ENV.imageRef,
    `the image pinned by digest (build-and-tag exports ${ENV.imageRef}).`
  );
  const { repo, digest } = parseImageRef(imageRef);
  const buildId = buildIdInput();
  const gitSha = validateSha(fromEnvOr('git-sha', ENV.gitSha, 'run trace-root first, or pass the full commit sha.'));
  const environment = optionalInput('environment');
  const namespace = optionalInput('namespace') ?? 'default';
  const name = mode === 'kubernetes' ? requiredInput('name', `the ${kind} to pin.`) : optionalInput('name');
  return {
    mode,
    kind,
    imageRef,
    imageRepo: repo,
    digest,
    buildId,
    gitSha,
    environment,
    namespace,
    name,
    deploymentFile: optionalInput('deployment-file') ?? defaultRecordPath('deployment', buildId),
    opensearchUrl: openSearchUrlInput(), // checked now: the sink must never fail the step after the deploy
    opensearchTimeoutMs: durationInput('opensearch-timeout', '10s', { positive: true }),
    kube:
      mode === 'kubernetes'
        ? {
            kind,
            name: name!,
            namespace,
            container: optionalInput('container'),
            kubeconfig: secretInput('kubeconfig'),
            timeoutMs: durationInput('kube-timeout', DEFAULT_KUBE_TIMEOUT, { positive: true })
          }
        : undefined,
    gitops: mode === 'gitops' ? gitopsTarget(kind, name, environment) : undefined,
    github: githubDeploymentInputs(environment)
  };
}

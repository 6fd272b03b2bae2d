import { indexRecord } from '@goldenthread/core/opensearch';
import {
  ANNOTATION,
  appendSummary,
  ATTR_BUILD_ID,
  ATTR_CONTAINER_IMAGE_NAME,
  ATTR_CONTAINER_IMAGE_REPO_DIGESTS,
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_K8S_NAMESPACE_NAME,
  ATTR_OCI_MANIFEST_DIGEST,
  ATTR_VCS_REF_HEAD_REVISION,
  createDeployment,
  errorMessage,
  RECORD_INDEX,
  redactUrl,
  runner,
  setDeploymentStatus,
  setOutputs,
  withStepSpan,
  type DeploymentRecord,
  type DeploymentState,
  type StepSpan
} from '@goldenthread/core';
import { deployToKubernetes } from './kubernetes.js';
import { readInputs, type DeployInputs } from './inputs.js';
import type { DeployTarget } from './target.js';

/**
 * The environment's GitHub deployment, when github-deployment is on. Every call is best effort:
 * a GitHub that is down or refuses (a token without deployments: write) is a warning, never a
 * failed or hidden deploy.
 */
class GithubDeployment {
  id?: number;
  constructor(private readonly github: NonNullable<DeployInputs['github']>) {}

  async create(inputs: DeployInputs, traceId: string): Promise<void> {
    const { target, logUrl } = this.github;
    try {
      this.id = await createDeployment(
        target,
        inputs.gitSha,
        { build_id: inputs.buildId, trace_id: traceId, image_ref: inputs.imageRef },
        `goldenthread: build ${inputs.buildId}`
      );
      await setDeploymentStatus(target, this.id, 'in_progress', `Deploying build ${inputs.buildId}`, logUrl);
      runner.info(`GitHub deployment ${this.id} for environment ${target.environment}: in_progress.`);
    } catch (error) {
      runner.warning(
        `Could not ${this.id ? 'update' : 'create'} the GitHub deployment for environment ${target.environment} (${errorMessage(error)}); the deploy goes on without it.`
      );
    }
  }

  async finish(state: DeploymentState, text: string): Promise<void> {
    if (this.id === undefined) return;
    try {
      await setDeploymentStatus(this.github.target, this.id, state, text, this.github.logUrl);
      runner.info(`GitHub deployment ${this.id}: ${state}.`);
    } catch (error) {
      runner.warning(`Could not mark GitHub deployment ${this.id} ${state} (${errorMessage(error)}).`);
    }
  }
}

/** The deploy itself, by mode: what the record says about it. */
async function applyDeploy(inputs: DeployInputs, span: StepSpan): Promise<DeploymentRecord> {
  const { mode, kind, imageRef, buildId, gitSha, environment, namespace, name, gitops } = inputs;
  const deploy: DeployTarget = {
    imageRef,
    imageRepo: inputs.imageRepo,
    digest: inputs.digest,
    buildId,
    gitSha,
    traceparent: span.traceparent,
    traceId: span.traceId
  };
  const annotations = {
    [ANNOTATION.buildId]: buildId,
    [ANNOTATION.gitSha]: gitSha,
    [ANNOTATION.traceId]: span.traceId
  };
  const base = {
    build_id: buildId,
    image_digest: inputs.digest,
    image_ref: imageRef,
    kind,
    environment,
    timestamp: new Date().toISOString(),
    trace_id: span.traceId,
    mode,
    namespace,
    name
  };
  if (gitops) {
    // Loaded on use: the YAML and git libraries are not needed in kubernetes mode.
    const { deployToGitops } = await import('./gitops.js');
    const result = await deployToGitops(gitops, deploy, annotations);
    if (result.pullRequestUrl) runner.info(`Opened ${result.pullRequestUrl}`);
    setOutputs({ commit: result.commit, 'pull-request-url': result.pullRequestUrl });
    return {
      ...base,
      strategy: result.strategy,
      replicas: result.replicas,
      commit: result.commit,
      changed: result.changed,
      previous_image: result.previousImage,
      previous_build_id: result.previousBuildId
    };
  }
  const result = await deployToKubernetes(inputs.kube!, deploy, annotations);
  const strategy = result.object.spec?.strategy;
  setOutputs({ revision: result.revision });
  return {
    ...base,
    strategy: strategy ? (typeof strategy.type === 'string' ? strategy.type : Object.keys(strategy)[0]) : undefined,
    replicas: result.object.spec?.replicas,
    revision: result.revision,
    changed: result.changed,
    previous_image: result.previousImage,
    previous_build_id: result.previousBuildId
  };
}

/** Best effort, after the deploy: a failure is a warning naming where the record still is. */
async function indexDeployment(inputs: DeployInputs, record: DeploymentRecord): Promise<void> {
  const { opensearchUrl, gitops, deploymentFile } = inputs;
  if (!opensearchUrl) return;
  // One document per (build, target): a re-run overwrites it. No credentials in the id.
  const repository = gitops && URL.canParse(gitops.repository) ? redactUrl(gitops.repository) : gitops?.repository;
  const target = gitops ? `${repository}/${gitops.path}` : `${inputs.kind}/${inputs.namespace}/${inputs.name}`;
  const failure = await indexRecord(
    opensearchUrl,
    RECORD_INDEX.deployment,
    `${inputs.buildId}@${target}`,
    record,
    inputs.opensearchTimeoutMs
  );
  if (failure)
    runner.warning(
      `Could not index the deployment record into deployment-metadata (${failure}); it is in ${deploymentFile}.`
    );
  else runner.info(`Indexed the deployment record into deployment-metadata.`);
}

function report(inputs: DeployInputs, record: DeploymentRecord): void {
  const { mode, kind, imageRef, buildId, gitSha, namespace, name, gitops } = inputs;
  setOutputs({
    changed: String(record.changed),
    'previous-image': record.previous_image,
    'previous-build-id': record.previous_build_id,
    'deployment-file': inputs.deploymentFile,
    'github-deployment-id': record.github_deployment_id?.toString()
  });
  const where =
    mode === 'gitops'
      ? `${gitops!.repository} ${gitops!.path}${record.commit ? ` @ ${record.commit.slice(0, 7)}` : ''}`
      : `${kind} ${namespace}/${name}${record.revision ? ` (resourceVersion ${record.revision})` : ''}`;
  runner.info(`${record.changed ? 'Deployed' : 'Unchanged:'} ${imageRef} (build ${buildId}) → ${where}.`);
  appendSummary(
    [
      `### rollout-patch: ${record.changed ? 'deployed' : 'unchanged'} \`${buildId}\``,
      '',
      '| | |',
      '|---|---|',
      `| target | ${where.replace(/\|/g, '\\|')} |`,
      `| image | \`${imageRef}\` |`,
      `| commit | \`${gitSha.slice(0, 7)}\` |`,
      `| previous build | ${record.previous_build_id ? `\`${record.previous_build_id}\`` : '–'} |`,
      `| trace | \`${record.trace_id}\` |`,
      ''
    ].join('\n')
  );
}

export async function runDeploy(): Promise<void> {
  const inputs = readInputs(); // every input, validated, before any side effect
  const github = inputs.github ? new GithubDeployment(inputs.github) : undefined;
  await withStepSpan('rollout-patch', 'deploy', async (span) => {
    Object.assign(span.attributes, {
      [ATTR_BUILD_ID]: inputs.buildId,
      [ATTR_VCS_REF_HEAD_REVISION]: inputs.gitSha,
      [ATTR_CONTAINER_IMAGE_NAME]: inputs.imageRepo,
      [ATTR_CONTAINER_IMAGE_REPO_DIGESTS]: [inputs.imageRef],
      [ATTR_OCI_MANIFEST_DIGEST]: inputs.digest,
      [ATTR_K8S_NAMESPACE_NAME]: inputs.namespace,
      ...(inputs.environment ? { [ATTR_DEPLOYMENT_ENVIRONMENT_NAME]: inputs.environment } : {})
    });
    await github?.create(inputs, span.traceId);
    let record: DeploymentRecord;
    try {
      record = await applyDeploy(inputs, span);
    } catch (error) {
      await github?.finish('failure', `Deploy of build ${inputs.buildId} failed: ${errorMessage(error)}`);
      throw error;
    }
    await github?.finish('success', `Build ${inputs.buildId} ${record.changed ? 'deployed' : 'already deployed'}`);
    record.github_deployment_id = github?.id;
    const { writeRecord } = await import('@goldenthread/core/records');
    writeRecord('deployment', inputs.deploymentFile, record);
    await indexDeployment(inputs, record);
    report(inputs, record);
  });
}

import {
  appendSummary,
  ATTR_BUILD_ID,
  ATTR_CONTAINER_IMAGE_NAME,
  ATTR_CONTAINER_IMAGE_REPO_DIGESTS,
  ATTR_CONTAINER_IMAGE_TAGS,
  ATTR_OCI_MANIFEST_DIGEST,
  ATTR_VCS_REF_HEAD_REVISION,
  ciContext,
  ENV,
  IMAGE_LABEL,
  RECORD_INDEX,
  errorMessage,
  exportEnv,
  ExpectedFailure,
  runner,
  setOutputs,
  withStepSpan,
  type CiBuildRecord,
  type CiContext,
  type StepSpan
} from '@goldenthread/core';
import { indexRecord } from '@goldenthread/core/opensearch';
import { build, pickBuilder, refuseUnsupported, type BuilderKind } from './builders.js';
import { readInputs, type BuildSettings, type Inputs, type RecordSettings } from './inputs.js';
import { buildCommits, sourceDateEpoch } from './metadata.js';
import { checkLabels, checkTags, inspectImage } from './record.js';
import { registryDigest } from './registry.js';
import { secretSources } from './secrets.js';

/** The `builder` of an image built elsewhere (record mode), in outputs and the CI record. */
export const EXTERNAL_BUILDER = 'external';

interface Built {
  builder: string;
  digest?: string;
  /** Where the digest came from, for the log. */
  source: string;
  platforms?: string[];
}

/** Build mode: build and push with the picked builder; the registry has the last word on the digest. */
async function buildImage(
  inputs: Inputs,
  settings: BuildSettings,
  kind: BuilderKind,
  span: StepSpan,
  ctx: CiContext,
  epoch: number | undefined
): Promise<Built> {
  const labels = {
    [IMAGE_LABEL.source]: ctx.repositoryUrl ?? '',
    [IMAGE_LABEL.revision]: ctx.sha,
    [IMAGE_LABEL.created]: new Date(epoch === undefined ? Date.now() : epoch * 1000).toISOString(),
    [IMAGE_LABEL.version]: inputs.buildId,
    [IMAGE_LABEL.buildId]: inputs.buildId,
    [IMAGE_LABEL.traceId]: span.traceId,
    ...settings.labels
  };
  const started = Date.now();
  const secrets = secretSources(settings.secrets);
  let outcome;
  try {
    outcome = await build(kind, {
      image: inputs.image.name,
      registry: inputs.image.registry,
      tags: inputs.tags,
      context: settings.context,
      file: settings.file,
      buildArgs: settings.buildArgs,
      labels,
      push: settings.push,
      tlsVerify: inputs.tlsVerify,
      username: inputs.registry.username,
      password: inputs.registry.password,
      sourceDateEpoch: epoch,
      platforms: settings.platforms,
      target: settings.target,
      secrets: secrets.sources,
      cacheFrom: settings.cacheFrom,
      cacheTo: settings.cacheTo,
      timeouts: settings.timeouts
    });
  } finally {
    secrets.remove();
  }
  span.attributes['goldenthread.build.duration_ms'] = Date.now() - started;
  if (!settings.push) return { builder: outcome.builder, source: 'not pushed' };
  const served = await registryDigest(inputs.image, inputs.buildId, inputs.registry);
  if (outcome.digest && outcome.digest !== served)
    throw new ExpectedFailure(
      `${outcome.builder} recorded ${outcome.digest}, but the registry serves ${served} for ${inputs.image.name}:${inputs.buildId}.`
    );
  if (!/^sha256:[0-9a-f]{64}$/.test(served))
    throw new ExpectedFailure(`the registry answered an unexpected digest '${served}'.`);
  const source = outcome.digest ? "the builder's record, checked against the registry" : 'the registry';
  return { builder: outcome.builder, digest: served, source, platforms: settings.platforms };
}

/** Record mode: an image built elsewhere, verified at the registry before it is recorded. */
async function recordImage(inputs: Inputs, settings: RecordSettings, ctx: CiContext): Promise<Built> {
  const platforms = await inspectImage(inputs.image, settings.digest, inputs.registry);
  checkLabels(platforms, inputs.buildId, ctx.sha);
  await checkTags(inputs.image, settings.tags, settings.digest, inputs.registry);
  const names = platforms.map((p) => p.platform).filter((p) => p !== 'image');
  return {
    builder: EXTERNAL_BUILDER,
    digest: settings.digest,
    source: `the given image, checked at the registry${settings.tags.length ? ` (tags ${settings.tags.join(', ')})` : ''}`,
    platforms: names
  };
}

export async function runBuild(): Promise<void> {
  const inputs = readInputs();
  const ctx = ciContext();
  // The builder is picked and asked for what the inputs want before anything runs.
  const kind = inputs.build ? await pickBuilder(inputs.build.builderChoice) : undefined;
  if (inputs.build && kind) refuseUnsupported(kind, inputs.build);
  const epoch = inputs.build ? await sourceDateEpoch(ctx) : undefined;
  const { image, buildId } = inputs;
  const tags = inputs.record ? inputs.record.tags : inputs.tags;

  await withStepSpan('build-and-tag', 'build', async (span) => {
    Object.assign(span.attributes, {
      [ATTR_BUILD_ID]: buildId,
      [ATTR_CONTAINER_IMAGE_NAME]: image.name,
      [ATTR_CONTAINER_IMAGE_TAGS]: tags,
      [ATTR_VCS_REF_HEAD_REVISION]: ctx.sha,
      'goldenthread.builder': kind ?? EXTERNAL_BUILDER
    });
    const commits = await buildCommits(ctx);
    const record: CiBuildRecord = {
      build_id: buildId,
      job_name: ctx.pipelineName,
      build_number: ctx.buildNumber,
      branch: ctx.refName,
      image_name: image.name,
      image_tag: buildId,
      image_digest: null,
      commits,
      authors: [...new Set(commits.map((c) => c.author).filter(Boolean))],
      build_status: 'failure',
      timestamp: new Date().toISOString(),
      trace_id: span.traceId,
      run_url: ctx.runUrl,
      builder: kind ?? EXTERNAL_BUILDER
    };
    try {
      const built = inputs.build
        ? await buildImage(inputs, inputs.build, kind!, span, ctx, epoch)
        : await recordImage(inputs, inputs.record!, ctx);
      record.build_status = 'success';
      record.image_digest = built.digest ?? null;
      record.builder = built.builder;
      await saveRecord(inputs, record);
      finish(inputs, built, tags, record, span);
    } catch (error) {
      record.error = errorMessage(error);
      await saveRecord(inputs, record);
      throw error;
    }
  });
}

async function saveRecord(inputs: Inputs, record: CiBuildRecord): Promise<void> {
  const { writeRecord } = await import('@goldenthread/core/records');
  writeRecord('ci-build', inputs.metadataFile, record);
  if (!inputs.opensearchUrl) return;
  const failure = await indexRecord(
    inputs.opensearchUrl,
    RECORD_INDEX.ciBuild,
    record.build_id,
    record,
    inputs.opensearchTimeoutMs
  );
  if (failure)
    runner.warning(
      `Could not index the build record into ${RECORD_INDEX.ciBuild} (${failure}); it is in ${inputs.metadataFile}.`
    );
  else runner.info(`Indexed the build record into ${RECORD_INDEX.ciBuild} as ${record.build_id}.`);
}

/** Outputs, GOLDENTHREAD_IMAGE_REF, the log line and the job summary: the same for both modes. */
function finish(inputs: Inputs, built: Built, tags: string[], record: CiBuildRecord, span: StepSpan): void {
  const { image, buildId } = inputs;
  const imageRef = built.digest ? `${image.name}@${built.digest}` : undefined;
  if (imageRef) span.attributes[ATTR_CONTAINER_IMAGE_REPO_DIGESTS] = [imageRef];
  if (built.digest) span.attributes[ATTR_OCI_MANIFEST_DIGEST] = built.digest;
  setOutputs({
    image: image.name,
    tag: buildId,
    digest: built.digest,
    'image-ref': imageRef,
    'metadata-file': inputs.metadataFile,
    builder: built.builder
  });
  exportEnv({ [ENV.imageRef]: imageRef });
  const verb = inputs.mode === 'record' ? 'Recorded' : built.digest ? 'Pushed' : 'Built';
  const platforms = built.platforms?.length ? ` for ${built.platforms.join(', ')}` : '';
  runner.info(
    `${verb} ${image.name}${inputs.mode === 'record' ? '' : `:${buildId}`}${built.digest ? ` → ${built.digest}` : ''}${platforms} (${built.builder}${built.digest ? `, digest from ${built.source}` : ''}).`
  );
  appendSummary(
    [
      `### build-and-tag: \`${image.name}${inputs.mode === 'record' ? '' : `:${buildId}`}\`${inputs.mode === 'record' ? ' (recorded)' : ''}`,
      '',
      '| | |',
      '|---|---|',
      `| digest | ${built.digest ? `\`${built.digest}\`` : 'not pushed'} |`,
      `| builder | ${built.builder} |`,
      ...(platforms ? [`| platforms | ${built.platforms!.join(' ')} |`] : []),
      `| tags | ${tags.map((t) => `\`${t}\``).join(' ')} |`,
      `| commits | ${record.commits
        .map((c) => `\`${c.commit_id.slice(0, 7)}\` ${c.author}`)
        .join(', ')
        .replace(/\|/g, '\\|')} |`,
      ''
    ].join('\n')
  );
}

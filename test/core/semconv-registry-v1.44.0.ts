/**
 * A vendored extract of the OpenTelemetry semantic-conventions registry, v1.44.0
 * (github.com/open-telemetry/semantic-conventions, tag v1.44.0 = commit
 * e10a930844c6951757a43b849d364f7d056ac32b), taken from these files of that commit:
 *   model/cicd/registry.yaml, model/cicd/entities.yaml, model/cicd/spans.yaml,
 *   model/vcs/registry.yaml, model/vcs/entities.yaml, model/oci/registry.yaml,
 *   model/error/registry.yaml, model/service/registry.yaml, model/service/entities.yaml,
 *   model/deployment/registry.yaml, model/deployment/entities.yaml,
 *   model/container/registry.yaml, model/k8s/registry.yaml (k8s.namespace.name only).
 * Kept per attribute: id, type (an enum's member values), stability, deprecation; per span or
 * entity group: its attributes, the required ones and the conditionally required ones with
 * their condition. `customValues` marks the two enums whose listed members are not meant to
 * be the whole domain (the reason quoted). Nothing else is kept (briefs, notes, examples).
 * Semantic conventions are Apache-2.0 licensed.
 */
export interface RegistryAttribute {
  type: string;
  stability: string;
  members?: string[];
  deprecated?: boolean;
  customValues?: string;
}
export interface RegistryGroup {
  id: string;
  type: 'span' | 'entity';
  spanKind?: string;
  name?: string;
  attributes: string[];
  required: string[];
  conditionallyRequired: Array<{ ref: string; when: string }>;
}

export const SEMCONV_SOURCE = {
  repository: 'https://github.com/open-telemetry/semantic-conventions',
  tag: 'v1.44.0',
  commit: 'e10a930844c6951757a43b849d364f7d056ac32b'
} as const;

export const ATTRIBUTES: Record<string, RegistryAttribute> = {
  'cicd.pipeline.name': {
    type: 'string',
    stability: 'release_candidate'
  },
  'cicd.pipeline.run.id': {
    type: 'string',
    stability: 'release_candidate'
  },
  'cicd.pipeline.run.url.full': {
    type: 'string',
    stability: 'release_candidate'
  },
  'cicd.pipeline.run.state': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['pending', 'executing', 'finalizing']
  },
  'cicd.pipeline.task.name': {
    type: 'string',
    stability: 'release_candidate'
  },
  'cicd.pipeline.task.run.id': {
    type: 'string',
    stability: 'release_candidate'
  },
  'cicd.pipeline.task.run.url.full': {
    type: 'string',
    stability: 'release_candidate'
  },
  'cicd.pipeline.task.run.result': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['success', 'failure', 'error', 'timeout', 'cancellation', 'skip']
  },
  'cicd.pipeline.task.type': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['build', 'test', 'deploy']
  },
  'cicd.pipeline.result': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['success', 'failure', 'error', 'timeout', 'cancellation', 'skip']
  },
  'cicd.pipeline.action.name': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['BUILD', 'RUN', 'SYNC']
  },
  'cicd.worker.id': {
    type: 'string',
    stability: 'release_candidate'
  },
  'cicd.worker.name': {
    type: 'string',
    stability: 'release_candidate'
  },
  'cicd.worker.url.full': {
    type: 'string',
    stability: 'release_candidate'
  },
  'cicd.worker.state': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['available', 'busy', 'offline']
  },
  'cicd.system.component': {
    type: 'string',
    stability: 'release_candidate'
  },
  'vcs.repository.url.full': {
    type: 'string',
    stability: 'release_candidate'
  },
  'vcs.repository.name': {
    type: 'string',
    stability: 'release_candidate'
  },
  'vcs.ref.base.name': {
    type: 'string',
    stability: 'release_candidate'
  },
  'vcs.ref.base.type': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['branch', 'tag']
  },
  'vcs.ref.base.revision': {
    type: 'string',
    stability: 'release_candidate'
  },
  'vcs.ref.head.name': {
    type: 'string',
    stability: 'release_candidate'
  },
  'vcs.ref.head.type': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['branch', 'tag']
  },
  'vcs.ref.head.revision': {
    type: 'string',
    stability: 'release_candidate'
  },
  'vcs.ref.type': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['branch', 'tag']
  },
  'vcs.revision_delta.direction': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['behind', 'ahead']
  },
  'vcs.line_change.type': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['added', 'removed']
  },
  'vcs.change.title': {
    type: 'string',
    stability: 'release_candidate'
  },
  'vcs.change.id': {
    type: 'string',
    stability: 'release_candidate'
  },
  'vcs.change.state': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['open', 'wip', 'closed', 'merged']
  },
  'vcs.owner.name': {
    type: 'string',
    stability: 'release_candidate'
  },
  'vcs.provider.name': {
    type: 'enum',
    stability: 'release_candidate',
    members: ['github', 'gitlab', 'gittea', 'gitea', 'bitbucket']
  },
  'oci.manifest.digest': {
    type: 'string',
    stability: 'development'
  },
  'error.type': {
    type: 'enum',
    stability: 'stable',
    members: ['_OTHER'],
    customValues:
      'model/error/registry.yaml: `_OTHER` is only the fallback; instrumentations name their own error classes'
  },
  'service.name': {
    type: 'string',
    stability: 'stable'
  },
  'service.version': {
    type: 'string',
    stability: 'stable'
  },
  'service.namespace': {
    type: 'string',
    stability: 'stable'
  },
  'service.instance.id': {
    type: 'string',
    stability: 'stable'
  },
  'service.criticality': {
    type: 'enum',
    stability: 'alpha',
    members: ['critical', 'high', 'medium', 'low']
  },
  'service.peer.name': {
    type: 'string',
    stability: 'development'
  },
  'service.peer.namespace': {
    type: 'string',
    stability: 'development'
  },
  'deployment.name': {
    type: 'string',
    stability: 'development'
  },
  'deployment.id': {
    type: 'string',
    stability: 'development'
  },
  'deployment.status': {
    type: 'enum',
    stability: 'development',
    members: ['failed', 'succeeded']
  },
  'deployment.environment.name': {
    type: 'enum',
    stability: 'stable',
    members: ['production', 'staging', 'test', 'development'],
    customValues: 'model/deployment/registry.yaml lists well-known tiers; an environment is named by its user'
  },
  'container.name': {
    type: 'string',
    stability: 'development'
  },
  'container.id': {
    type: 'string',
    stability: 'stable'
  },
  'container.runtime.name': {
    type: 'string',
    stability: 'development'
  },
  'container.runtime.version': {
    type: 'string',
    stability: 'development'
  },
  'container.runtime.description': {
    type: 'string',
    stability: 'development'
  },
  'container.image.name': {
    type: 'string',
    stability: 'stable'
  },
  'container.image.tags': {
    type: 'string[]',
    stability: 'stable'
  },
  'container.image.id': {
    type: 'string',
    stability: 'development'
  },
  'container.image.repo_digests': {
    type: 'string[]',
    stability: 'stable'
  },
  'container.command': {
    type: 'string',
    stability: 'development'
  },
  'container.command_line': {
    type: 'string',
    stability: 'development'
  },
  'container.command_args': {
    type: 'string[]',
    stability: 'development'
  },
  'container.label': {
    type: 'template[string]',
    stability: 'development'
  },
  'container.csi.plugin.name': {
    type: 'string',
    stability: 'development'
  },
  'container.csi.volume.id': {
    type: 'string',
    stability: 'development'
  },
  'k8s.namespace.name': {
    type: 'string',
    stability: 'stable'
  }
};

export const GROUPS: RegistryGroup[] = [
  {
    id: 'entity.cicd.pipeline',
    type: 'entity',
    name: 'cicd.pipeline',
    attributes: ['cicd.pipeline.name'],
    required: ['cicd.pipeline.name'],
    conditionallyRequired: []
  },
  {
    id: 'entity.cicd.pipeline.run',
    type: 'entity',
    name: 'cicd.pipeline.run',
    attributes: ['cicd.pipeline.run.id', 'cicd.pipeline.run.url.full'],
    required: ['cicd.pipeline.run.id'],
    conditionallyRequired: []
  },
  {
    id: 'entity.cicd.worker',
    type: 'entity',
    name: 'cicd.worker',
    attributes: ['cicd.worker.id', 'cicd.worker.name', 'cicd.worker.url.full'],
    required: ['cicd.worker.id'],
    conditionallyRequired: []
  },
  {
    id: 'span.cicd.pipeline.run.server',
    type: 'span',
    spanKind: 'server',
    attributes: ['cicd.pipeline.result', 'error.type', 'cicd.pipeline.action.name'],
    required: ['cicd.pipeline.result'],
    conditionallyRequired: [
      {
        ref: 'error.type',
        when: 'if the pipeline result is `failure` or `error`'
      }
    ]
  },
  {
    id: 'span.cicd.pipeline.task.internal',
    type: 'span',
    spanKind: 'internal',
    attributes: [
      'cicd.pipeline.task.name',
      'cicd.pipeline.task.run.id',
      'cicd.pipeline.task.run.url.full',
      'cicd.pipeline.task.run.result',
      'error.type'
    ],
    required: [
      'cicd.pipeline.task.name',
      'cicd.pipeline.task.run.id',
      'cicd.pipeline.task.run.url.full',
      'cicd.pipeline.task.run.result'
    ],
    conditionallyRequired: [
      {
        ref: 'error.type',
        when: 'if the task result is `failure` or `error`'
      }
    ]
  },
  {
    id: 'entity.vcs.repository',
    type: 'entity',
    name: 'vcs.repository',
    attributes: ['vcs.repository.url.full', 'vcs.repository.name'],
    required: ['vcs.repository.url.full'],
    conditionallyRequired: []
  },
  {
    id: 'entity.vcs.ref',
    type: 'entity',
    name: 'vcs.ref',
    attributes: ['vcs.ref.head.name', 'vcs.ref.head.revision', 'vcs.ref.type'],
    required: ['vcs.ref.head.revision'],
    conditionallyRequired: []
  },
  {
    id: 'entity.service',
    type: 'entity',
    name: 'service',
    attributes: ['service.name', 'service.version', 'service.criticality'],
    required: ['service.name'],
    conditionallyRequired: []
  },
  {
    id: 'entity.service.instance',
    type: 'entity',
    name: 'service.instance',
    attributes: ['service.instance.id'],
    required: ['service.instance.id'],
    conditionallyRequired: []
  },
  {
    id: 'entity.service.namespace',
    type: 'entity',
    name: 'service.namespace',
    attributes: ['service.namespace'],
    required: ['service.namespace'],
    conditionallyRequired: []
  },
  {
    id: 'entity.deployment',
    type: 'entity',
    name: 'deployment',
    attributes: ['deployment.environment.name'],
    required: [],
    conditionallyRequired: []
  }
];

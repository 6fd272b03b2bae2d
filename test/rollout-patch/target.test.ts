import { describe, expect, test } from '@jest/globals';
import {
  encodeAttributeValue,
  mergeResourceAttributes,
  parseResourceAttributes
} from '../../actions/rollout-patch/src/resource-attributes.js';
import { desiredEnv, parseImageRef, validateSha, type DeployTarget } from '../../actions/rollout-patch/src/target.js';
import { deployPatch } from '../../actions/rollout-patch/src/json-patch.js';
import { kubectlPatch } from '../../packages/tools/lib/kube-apiserver.mjs';

const DIGEST = 'sha256:' + 'a'.repeat(64);
const deploy: DeployTarget = {
  imageRef: `registry.example:5000/acme/shop@${DIGEST}`,
  imageRepo: 'registry.example:5000/acme/shop',
  digest: DIGEST,
  buildId: 'release-17-3f78685',
  gitSha: '3f786850e387550fdab836ed7e6dc881de23001b',
  traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  traceId: '0af7651916cd43dd8448eb211c80319c'
};

describe('OTEL_RESOURCE_ATTRIBUTES', () => {
  test('keeps the service own pairs verbatim, ours win, values percent-encoded', () => {
    const merged = mergeResourceAttributes('service.name=shop,team=pay%20ments,build.id=old,k8s.pod.name=$(POD_NAME)', {
      'build.id': 'release-17-3f78685',
      'service.version': 'v 1,2=3%'
    });
    expect(merged).toBe(
      'service.name=shop,team=pay%20ments,k8s.pod.name=$(POD_NAME),build.id=release-17-3f78685,service.version=v%201%2C2%3D3%25'
    );
    expect(parseResourceAttributes(merged)).toEqual({
      'service.name': 'shop',
      team: 'pay ments',
      'k8s.pod.name': '$(POD_NAME)',
      'build.id': 'release-17-3f78685',
      'service.version': 'v 1,2=3%'
    });
  });

  test.each([
    ['a,b=c', 'a%2Cb%3Dc'],
    ['new\nline', 'new%0Aline'],
    ['ünï', '%C3%BCn%C3%AF'],
    ['quote"back\\slash;semi', 'quote%22back%5Cslash%3Bsemi']
  ])('%j cannot add a pair: encoded as %j', (raw, encoded) => {
    expect(encodeAttributeValue(raw)).toBe(encoded);
    expect(Object.keys(parseResourceAttributes(mergeResourceAttributes('', { 'build.id': raw })))).toEqual([
      'build.id'
    ]);
  });

  test('the merged env for a container', () => {
    const env = desiredEnv([{ name: 'OTEL_RESOURCE_ATTRIBUTES', value: 'service.name=shop' }], deploy, 'shop');
    expect(env).toEqual([
      {
        name: 'OTEL_RESOURCE_ATTRIBUTES',
        value:
          'service.name=shop,build.id=release-17-3f78685,vcs.ref.head.revision=3f786850e387550fdab836ed7e6dc881de23001b,service.version=release-17-3f78685'
      },
      { name: 'GOLDENTHREAD_BUILD_ID', value: deploy.buildId },
      { name: 'GOLDENTHREAD_GIT_SHA', value: deploy.gitSha },
      { name: 'TRACEPARENT', value: deploy.traceparent }
    ]);
    expect(() =>
      desiredEnv([{ name: 'OTEL_RESOURCE_ATTRIBUTES', valueFrom: { configMapKeyRef: {} } }], deploy, 'shop')
    ).toThrow(/sets OTEL_RESOURCE_ATTRIBUTES with valueFrom/);
  });
});

describe('input grammar', () => {
  test.each([`registry/acme/shop@${DIGEST}`, `localhost:5000/shop:v1@${DIGEST}`, `shop@${DIGEST}`])(
    'accepts %s',
    (ref) => {
      expect(parseImageRef(ref).digest).toBe(DIGEST);
    }
  );
  test.each([
    'registry/acme/shop:latest',
    `registry/acme/shop@sha256:${'a'.repeat(63)}`,
    `Reg/Shop@${DIGEST}`,
    `shop@${DIGEST}\nx`,
    `$(id)@${DIGEST}`
  ])('rejects %j', (ref) => {
    expect(() => parseImageRef(ref)).toThrow(/Invalid input 'image-ref'.*Expected an image pinned by digest/s);
  });
  test.each(['3f78685', 'G'.repeat(40), `${'a'.repeat(40)},x=1`, `${'a'.repeat(40)}\n`])('rejects sha %j', (sha) => {
    expect(() => validateSha(sha)).toThrow(/Invalid input 'git-sha'/);
  });
});

describe('the JSON patch, cross-checked with kubectl patch --local', () => {
  const rollout = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: { name: 'shop', namespace: 'default', resourceVersion: '41', annotations: { team: 'pay' } },
    spec: {
      template: {
        spec: {
          containers: [
            { name: 'sidecar', image: 'envoy:1' },
            {
              name: 'shop',
              image: 'registry/acme/shop:old',
              env: [
                { name: 'PORT', value: '8080' },
                { name: 'OTEL_RESOURCE_ATTRIBUTES', value: 'service.name=shop' }
              ]
            }
          ]
        }
      }
    }
  };

  test('pins the image, merges env in place, appends ours, annotates, keeps the rest', () => {
    const container = rollout.spec.template.spec.containers[1];
    const env = desiredEnv(container.env, deploy, 'shop');
    const ops = deployPatch(rollout, 1, deploy.imageRef, env, { 'goldenthread.dev/build-id': deploy.buildId });
    const result = kubectlPatch(rollout, ops, 'json');
    const shop = result.spec.template.spec.containers[1];
    expect(shop.image).toBe(deploy.imageRef);
    expect(shop.env.map((e: { name: string }) => e.name)).toEqual([
      'PORT',
      'OTEL_RESOURCE_ATTRIBUTES',
      'GOLDENTHREAD_BUILD_ID',
      'GOLDENTHREAD_GIT_SHA',
      'TRACEPARENT'
    ]);
    expect(shop.env[1].value).toMatch(/^service\.name=shop,build\.id=release-17-3f78685,/);
    expect(result.spec.template.spec.containers[0]).toEqual({ name: 'sidecar', image: 'envoy:1' });
    expect(result.metadata.annotations).toEqual({ team: 'pay', 'goldenthread.dev/build-id': deploy.buildId });
    expect(result.metadata.resourceVersion).toBe('41');
  });

  test('an object with no env and no annotations gets both whole', () => {
    const bare = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'shop', namespace: 'default' },
      spec: { template: { spec: { containers: [{ name: 'shop', image: 'x:1' }] } } }
    };
    const ops = deployPatch(bare, 0, deploy.imageRef, desiredEnv(undefined, deploy, 'shop'), {
      'goldenthread.dev/build-id': deploy.buildId
    });
    const result = kubectlPatch(bare, ops, 'json');
    expect(result.spec.template.spec.containers[0].env).toHaveLength(4);
    expect(result.metadata.annotations['goldenthread.dev/build-id']).toBe(deploy.buildId);
  });
});

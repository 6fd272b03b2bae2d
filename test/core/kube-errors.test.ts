import { describe, expect, test } from '@jest/globals';
import { kubeApiError } from '@goldenthread/core/kube';
import { KubeStatusError } from '../../packages/core/src/kube-rest.js';

describe('kubeApiError: what a failed Kubernetes API call says', () => {
  test('a 5xx whose body is not a metav1.Status names the status once, then the answer', () => {
    const error = kubeApiError(new KubeStatusError(503, '{"error":"service unavailable"}'), 'Rollout prod/shop', 'get');
    expect(error.message).toBe('get Rollout prod/shop failed: HTTP 503: {"error":"service unavailable"}');
  });

  test('a metav1.Status answer gives its message', () => {
    const status = JSON.stringify({ kind: 'Status', message: 'etcdserver: request timed out', code: 500 });
    const error = kubeApiError(new KubeStatusError(500, status), 'Rollout prod/shop', 'patch');
    expect(error.message).toBe('patch Rollout prod/shop failed: HTTP 500: etcdserver: request timed out');
  });

  test('an empty 502 says only the status', () => {
    expect(kubeApiError(new KubeStatusError(502, ''), 'Deployment prod/shop', 'get').message).toBe(
      'get Deployment prod/shop failed: HTTP 502'
    );
  });
});

import { runAction } from '@goldenthread/core';
import { runGate } from './gate.js';
import { serve } from './serve.js';

// `node dist/otel-gate/index.js serve` runs the Argo Rollouts web-provider endpoint.
await runAction('otel-gate', process.argv[2] === 'serve' ? serve : () => runGate());

import { runAction } from '@goldenthread/core';
import { runGate } from './gate.js';

// `node dist/otel-gate/index.js serve` runs the Argo Rollouts web-provider endpoint; its HTTP
// server is loaded only then, so a pipeline step does not pay for it at start-up.
const serve = async () => (await import('./serve.js')).serve();
await runAction('otel-gate', process.argv[2] === 'serve' ? serve : () => runGate());

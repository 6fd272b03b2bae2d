import { runAction } from '@goldenthread/core';
import { endTrace } from './end.js';

await runAction('trace-root (post)', endTrace, { warnOnly: true });

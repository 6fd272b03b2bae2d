import { runAction } from '@goldenthread/core';
import { startTrace } from './start.js';

await runAction('trace-root', startTrace);

import { runAction } from '@goldenthread/core';
import { runRollback } from './rollback.js';

await runAction('rollback-notify', runRollback);

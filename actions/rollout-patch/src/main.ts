import { runAction } from '@goldenthread/core';
import { runDeploy } from './deploy.js';

await runAction('rollout-patch', runDeploy);

import { runAction } from '@goldenthread/core';
import { runBuild } from './build-and-tag.js';

await runAction('build-and-tag', runBuild);

// trace-root: its code is in the shared bundle dist/goldenthread/ (packages/tools/build.mjs).
import { start } from '../goldenthread/index.js';
await start('trace-root');

// otel-gate: its code is in the shared bundle dist/goldenthread/ (packages/tools/build.mjs).
import { start } from '../goldenthread/index.js';
await start('otel-gate');

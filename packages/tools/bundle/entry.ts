// The one bundle behind every action (packages/tools/build.mjs compiles this file with ncc into
// dist/goldenthread/). Each action's code is its own chunk, loaded by name from the action's
// small entry file, dist/<action>/index.js; code two actions share is shipped once.
const ACTIONS = {
  'build-and-tag': () => import('../../../actions/build-and-tag/src/main.js'),
  'otel-gate': () => import('../../../actions/otel-gate/src/main.js'),
  'rollback-notify': () => import('../../../actions/rollback-notify/src/main.js'),
  'rollout-patch': () => import('../../../actions/rollout-patch/src/main.js'),
  'trace-root': () => import('../../../actions/trace-root/src/main.js'),
  'trace-root/post': () => import('../../../actions/trace-root/src/post.js')
} as const;

export type ActionEntry = keyof typeof ACTIONS;
export const ACTION_ENTRIES = Object.keys(ACTIONS) as ActionEntry[];

/** Run one action's entry (its module runs the action when it loads). */
export async function start(name: ActionEntry): Promise<void> {
  await ACTIONS[name]();
}

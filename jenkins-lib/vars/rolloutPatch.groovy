// rolloutPatch: the rollout-patch action as a pipeline step. Arguments are the action's inputs
// (actions/rollout-patch/action.yml, camelCase or kebab-case; see rolloutPatch.txt), or `<input>CredentialsId`
// for a secret one; an unknown or missing required argument fails before anything runs. Returns the
// action's outputs as a Map (kebab-case keys, e.g. result['previous-image']). A failure throws
// io.goldenthread.StepFailure carrying the script's own message.
def call(Map args = [:]) {
    return goldenthreadStep('rollout-patch', args, [step: 'rolloutPatch']).outputs
}

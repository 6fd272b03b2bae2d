// rollbackNotify: the rollback-notify action as a pipeline step. Arguments are the action's inputs
// (actions/rollback-notify/action.yml, camelCase or kebab-case; see rollbackNotify.txt), or `<input>CredentialsId`
// for a secret one; an unknown or missing required argument fails before anything runs. Returns the
// action's outputs as a Map (kebab-case keys, e.g. result['action-taken']). A failure throws
// io.goldenthread.StepFailure carrying the script's own message.
def call(Map args = [:]) {
    return goldenthreadStep('rollback-notify', args, [step: 'rollbackNotify']).outputs
}

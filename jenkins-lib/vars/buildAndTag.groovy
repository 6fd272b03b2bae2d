// buildAndTag: the build-and-tag action as a pipeline step. Arguments are the action's inputs
// (actions/build-and-tag/action.yml, camelCase or kebab-case; see buildAndTag.txt), or `<input>CredentialsId`
// for a secret one; an unknown or missing required argument fails before anything runs. Returns the
// action's outputs as a Map (kebab-case keys, e.g. result['image-ref']). A failure throws
// io.goldenthread.StepFailure carrying the script's own message.
def call(Map args = [:]) {
    return goldenthreadStep('build-and-tag', args, [step: 'buildAndTag']).outputs
}

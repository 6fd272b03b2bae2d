// rolloutPatch: the rollout-patch action as a pipeline step. Arguments are the action's inputs
// (see actions/rollout-patch/action.yml and rolloutPatch.txt); camelCase keys are accepted.
// Returns the action's outputs as a Map (kebab-case keys, e.g. result['build-id']).
def call(Map userConfig = [:]) {
    Map defaultConfig = [:] // every default lives in action.yml, one place for all runners
    Map config = defaultConfig << userConfig
    return goldenthreadStep('rollout-patch', config).outputs
}

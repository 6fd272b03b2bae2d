// buildAndTag: the build-and-tag action as a pipeline step. Arguments are the action's inputs
// (see actions/build-and-tag/action.yml and buildAndTag.txt); camelCase keys are accepted.
// Returns the action's outputs as a Map (kebab-case keys, e.g. result['build-id']).
def call(Map userConfig = [:]) {
    Map defaultConfig = [:] // every default lives in action.yml, one place for all runners
    Map config = defaultConfig << userConfig
    return goldenthreadStep('build-and-tag', config).outputs
}

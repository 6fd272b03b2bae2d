// traceRoot: start (or join) the run's trace and mint the build id. Returns the outputs plus
// `env`, the variables later steps need (TRACEPARENT, GOLDENTHREAD_*), and `state` for
// traceRootEnd. Prefer withGoldenThread, which does all three and ends the trace for you.
def call(Map userConfig = [:]) {
    Map defaultConfig = [:] // defaults live in actions/trace-root/action.yml
    Map config = defaultConfig << userConfig
    Map result = goldenthreadStep('trace-root', config)
    return result.outputs + [env: result.env, state: result.state, inputs: config]
}

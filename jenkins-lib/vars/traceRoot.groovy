// traceRoot: start (or join) the run's trace and mint the build id. Returns the outputs plus
// `env`, the variables later steps need (TRACEPARENT, GOLDENTHREAD_*: no secret among them), and
// `state` for the post entry. Prefer withGoldenThread, which does all three and ends the trace for you.
def call(Map args = [:]) {
    Map result = goldenthreadStep('trace-root', args, [step: 'traceRoot'])
    return result.outputs + [env: result.env, state: result.state]
}

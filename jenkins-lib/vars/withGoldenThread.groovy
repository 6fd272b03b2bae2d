// withGoldenThread(args) { … }: start the run's trace, run the body with the golden-thread
// environment (TRACEPARENT, GOLDENTHREAD_BUILD_ID, …), and end the root span with the build's
// real result — also when the body throws. An existing TRACEPARENT (the Jenkins OpenTelemetry
// plugin) is joined, not replaced. Jenkins' own BUILD_ID and GIT_COMMIT are left alone.
def call(Map userConfig = [:], Closure body) {
    Map defaultConfig = [:] // defaults live in actions/trace-root/action.yml
    Map config = defaultConfig << userConfig
    Map started = goldenthreadStep('trace-root', config)
    List envList = started.env.collect { k, v -> "${k}=${v}".toString() }
    String result = null
    try {
        withEnv(envList) {
            body()
        }
    } catch (Throwable failure) {
        // currentResult is not yet updated while the exception is in flight.
        result = failure.getClass().getName().endsWith('FlowInterruptedException') ? 'ABORTED' : 'FAILURE'
        throw failure
    } finally {
        String status = result ?: currentBuild.currentResult
        try {
            goldenthreadStep('trace-root', config + [jobStatus: status], [entry: 'post', state: started.state])
        } catch (Throwable endFailure) {
            echo "[withGoldenThread] could not end the trace: ${endFailure.message}"
        }
    }
}

// withGoldenThread(args) { ... }: start the run's trace, run the body with the golden-thread
// environment (TRACEPARENT, GOLDENTHREAD_BUILD_ID, ...), and end the span with the build's real
// result, also when the body throws. An existing TRACEPARENT (the Jenkins OpenTelemetry plugin) is
// joined. Nested inside another withGoldenThread (e.g. in each branch of a `parallel`), it joins the
// outer trace with a job span (trace-root's root-span: job), a child of the outer root: one root
// per build. Jenkins' own BUILD_ID and GIT_COMMIT are left alone.
import com.cloudbees.groovy.cps.NonCPS

def call(Map args = [:], Closure body) {
    boolean nested = env.GOLDENTHREAD_TRACE_ID && env.TRACEPARENT
    Map config = withoutJobStatus(args)
    if (nested && args.rootSpan == null && args['root-span'] == null) {
        config.rootSpan = 'job'
    }
    Map started = goldenthreadStep('trace-root', config, [step: 'withGoldenThread'])
    String status = null
    try {
        withEnv(envList(started.env)) {
            body()
        }
    } catch (Throwable failure) {
        // currentBuild.currentResult is not yet updated while the exception is in flight.
        status = resultOf(failure)
        throw failure
    } finally {
        try {
            goldenthreadStep('trace-root', config + [jobStatus: status ?: currentBuild.currentResult],
                [step: 'withGoldenThread', entry: 'post', state: started.state])
        } catch (Throwable endFailure) {
            echo "[withGoldenThread] could not end the trace: ${endFailure.message}"
        }
    }
}

/** The job status is this step's to report. */
@NonCPS
static Map withoutJobStatus(Map args) {
    return args.findAll { k, v -> !(k in ['jobStatus', 'job-status']) }
}

@NonCPS
static List envList(Map values) {
    return values.collect { k, v -> "${k}=${v}".toString() }
}

/**
 * The span's result for an exception out of the body. An interruption is a FlowInterruptedException
 * (jenkinsci/workflow-step-api src/main/java/org/jenkinsci/plugins/workflow/steps/FlowInterruptedException.java:
 * getResult(), getCauses()); the timeout step throws it with Result.ABORTED and an ExceededTimeout cause
 * (jenkinsci/workflow-basic-steps-plugin TimeoutStepExecution.java). ABORTED (a user, a newer build) and
 * NOT_BUILT (a milestone) are cancellations; anything else failed the build.
 */
@NonCPS
static String resultOf(Throwable failure) {
    if (failure.getClass().name != 'org.jenkinsci.plugins.workflow.steps.FlowInterruptedException') {
        return 'FAILURE'
    }
    if (failure.causes.any { it.getClass().name.endsWith('TimeoutStepExecution$ExceededTimeout') }) {
        return 'timeout'
    }
    return failure.result.toString() in ['ABORTED', 'NOT_BUILT'] ? 'cancelled' : 'FAILURE'
}

package io.goldenthread

/**
 * What a failed goldenthread step throws: the script's own ::error:: message, plus what it wrote to
 * its outputs before failing (otel-gate: the verdict and the report file), for a catch block.
 * An AbortException, as the `error` step throws, so Jenkins prints the message without a stack
 * trace (hudson.AbortException in jenkinsci/jenkins core/src/main/java/hudson/AbortException.java).
 * No secret reaches it: outputs never hold one (secrets are inputs and are not echoed back).
 */
class StepFailure extends hudson.AbortException {
    private static final long serialVersionUID = 1L
    /** The pipeline step, e.g. otelGate. */
    final String step
    /** The script's exit status. */
    final int exitCode
    /** The step's outputs (kebab-case keys), as far as the script wrote them. */
    final Map<String, String> outputs

    StepFailure(String step, int exitCode, String message, Map<String, String> outputs) {
        super(message)
        this.step = step
        this.exitCode = exitCode
        this.outputs = new LinkedHashMap<String, String>(outputs)
    }

    /** otel-gate's verdict (pass, fail, hold, inconclusive) when it reached one; else null. */
    String getVerdict() { outputs['verdict'] ?: null }

    /** otel-gate's report-file when written; else null. */
    String getReportFile() { outputs['report-file'] ?: null }
}

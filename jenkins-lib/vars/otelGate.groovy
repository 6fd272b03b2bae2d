// otelGate: the otel-gate action as a pipeline step. Arguments are the action's inputs
// (actions/otel-gate/action.yml, camelCase or kebab-case; see otelGate.txt), `<input>CredentialsId`
// for a secret one, and failOnVerdict. Returns the outputs as a Map (verdict, report-file, ...).
// A verdict other than pass throws io.goldenthread.StepFailure carrying the script's message, the
// verdict and the report file; with failOnVerdict: false the outputs are returned instead, so the
// Jenkinsfile can branch on gate.verdict. Errors without a verdict (bad input, ...) always throw.
import io.goldenthread.StepFailure

def call(Map args = [:]) {
    def given = args.containsKey('failOnVerdict') ? args.failOnVerdict : args['fail-on-verdict']
    boolean failOnVerdict = given == null || given.toString() != 'false'
    try {
        return goldenthreadStep('otel-gate', args, [step: 'otelGate', own: ['failOnVerdict']]).outputs
    } catch (StepFailure failure) {
        if (!failOnVerdict && failure.verdict) {
            echo "${failure.message}; failOnVerdict: false, so the step returns the verdict."
            return failure.outputs
        }
        throw failure
    }
}

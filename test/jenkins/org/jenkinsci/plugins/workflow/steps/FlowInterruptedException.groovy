package org.jenkinsci.plugins.workflow.steps

import hudson.model.Result
import jenkins.model.CauseOfInterruption

// Stand-in for workflow-step-api's FlowInterruptedException (same name, result and causes): what the
// body of a block sees when the build is aborted, superseded (NOT_BUILT) or timed out.
class FlowInterruptedException extends InterruptedException {
    final Result result
    final List<CauseOfInterruption> causes
    FlowInterruptedException(Result result, CauseOfInterruption... causes) {
        this.result = result
        this.causes = Arrays.asList(causes)
    }
}

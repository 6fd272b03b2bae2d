package org.jenkinsci.plugins.workflow.steps

import jenkins.model.CauseOfInterruption

// Stand-in for workflow-basic-steps' TimeoutStepExecution: on expiry it interrupts the body with
// new FlowInterruptedException(Result.ABORTED, new ExceededTimeout(nodeId)) (TimeoutStepExecution.java).
class TimeoutStepExecution {
    static final class ExceededTimeout extends CauseOfInterruption {
        final String nodeId
        ExceededTimeout(String nodeId) { this.nodeId = nodeId }
    }
}

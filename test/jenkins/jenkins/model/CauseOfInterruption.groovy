package jenkins.model

// Stand-in for Jenkins core's jenkins.model.CauseOfInterruption (with its UserInterruption).
abstract class CauseOfInterruption implements Serializable {
    static class UserInterruption extends CauseOfInterruption {
        final String user
        UserInterruption(String user) { this.user = user }
    }
}

package hudson

// Stand-in for Jenkins core's hudson.AbortException (core/src/main/java/hudson/AbortException.java):
// an IOException whose message is printed without a stack trace. `error` throws it.
class AbortException extends IOException {
    AbortException(String message) { super(message) }
}

package hudson.model

// Stand-in for Jenkins core's hudson.model.Result: only its name matters to the library.
class Result implements Serializable {
    static final Result SUCCESS = new Result('SUCCESS')
    static final Result UNSTABLE = new Result('UNSTABLE')
    static final Result FAILURE = new Result('FAILURE')
    static final Result NOT_BUILT = new Result('NOT_BUILT')
    static final Result ABORTED = new Result('ABORTED')
    final String name
    private Result(String name) { this.name = name }
    String toString() { name }
}

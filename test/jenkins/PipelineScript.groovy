// A small pipeline-step harness: the steps the goldenthread library calls, implemented for real
// outside Jenkins, with the semantics of the real ones (each cites its source):
// - sh runs `sh -c` in the workspace with the agent's environment plus the withEnv/withCredentials
//   scopes; returnStatus/returnStdout as durable-task's ShellStep.
// - readFile/writeFile/libraryResource take `encoding:` and, like the real steps, fall back to the JVM's
//   default charset when it is missing (workflow-basic-steps ReadFileStep/WriteFileStep.java "The platform
//   default is used if encoding is null"; pipeline-groovy-lib LibraryAdder.readResource); 'Base64' reads
//   and writes raw bytes.
// - withCredentials binds string/file/usernamePassword credentials from CREDENTIALS (credentials-binding
//   StringBinding/FileBinding/UsernamePasswordMultiBinding), file ones as a temp file removed afterwards.
// - parallel runs its branches on real threads (each with its own env scope, as CPS branches have), so
//   races between branches are real.
// - error throws hudson.AbortException, as ErrorStep does; isUnix answers UNIX.
// Global variables (vars/<name>.groovy) resolve by name, as in Jenkins.
import java.util.concurrent.ConcurrentHashMap

abstract class PipelineScript extends Script {
    /** The agent's environment (Jenkins core's and the Git plugin's variables). */
    static Map<String, String> AGENT_ENV = [:]
    static Map<String, Object> CREDENTIALS = [:]
    static Map currentBuild = [currentResult: 'SUCCESS']
    static boolean UNIX = true
    static String LIB
    static String WORKSPACE
    static GroovyShell SHELL
    static Map<String, Script> VARS = new ConcurrentHashMap<>()
    /** Every sh run: [script, label, env] (for assertions on what reached the shell). */
    static List<Map> SH_LOG = Collections.synchronizedList([])

    static InheritableThreadLocal<List<List<String>>> ENV_STACK = new InheritableThreadLocal<List<List<String>>>() {
        protected List<List<String>> initialValue() { [] }
        protected List<List<String>> childValue(List<List<String>> parent) { new ArrayList<>(parent) }
    }

    static void reset(String lib, String workspace, Map<String, String> agentEnv) {
        if (LIB != lib) VARS.clear()
        LIB = lib
        WORKSPACE = workspace
        AGENT_ENV = agentEnv
        CREDENTIALS = [:]
        currentBuild = [currentResult: 'SUCCESS']
        UNIX = true
        SH_LOG.clear()
        ENV_STACK.set([])
    }

    /** env.X sees the agent's variables and every enclosing withEnv, as in Jenkins. */
    Map getEnv() { effectiveEnv() }
    Map getCurrentBuild() { currentBuild }

    static Map<String, String> effectiveEnv() {
        Map<String, String> env = new HashMap<>(AGENT_ENV)
        for (List<String> scope : ENV_STACK.get()) {
            for (String pair : scope) {
                int eq = pair.indexOf('=')
                env.put(pair.substring(0, eq), pair.substring(eq + 1))
            }
        }
        return env
    }

    static String charset(Object encoding) {
        encoding ? encoding as String : java.nio.charset.Charset.defaultCharset().name()
    }

    String pwd(Map args = [:]) { args.tmp ? "${WORKSPACE}@tmp" : WORKSPACE }
    boolean isUnix() { UNIX }
    boolean fileExists(String path) { resolve(path).exists() }

    File resolve(String path) { path.startsWith('/') ? new File(path) : new File(WORKSPACE, path) }

    void writeFile(Map args) {
        File file = resolve(args.file as String)
        file.parentFile.mkdirs()
        if (args.encoding == 'Base64') file.bytes = (args.text as String).decodeBase64()
        else file.setText(args.text as String, charset(args.encoding))
    }

    String readFile(Map args) {
        File file = resolve(args.file as String)
        args.encoding == 'Base64' ? file.bytes.encodeBase64().toString() : file.getText(charset(args.encoding))
    }
    String readFile(String path) { readFile(file: path) }

    String libraryResource(Map args) {
        File file = new File("${LIB}/resources/${args.resource}")
        if (!file.exists()) error("No such library resource ${args.resource} could be found.")
        args.encoding == 'Base64' ? file.bytes.encodeBase64().toString() : file.getText(charset(args.encoding))
    }
    String libraryResource(String path) { libraryResource(resource: path) }

    void echo(String message) { synchronized (System.out) { println message } }
    void error(String message) { throw new hudson.AbortException(message) }

    def withEnv(List vars, Closure body) {
        List<List<String>> stack = ENV_STACK.get()
        stack.add(vars.collect { it.toString() })
        try {
            return body()
        } finally {
            stack.remove(stack.size() - 1)
        }
    }

    Map string(Map args) { [kind: 'string'] + args }
    Map file(Map args) { [kind: 'file'] + args }
    Map usernamePassword(Map args) { [kind: 'usernamePassword'] + args }

    def withCredentials(List bindings, Closure body) {
        List<String> vars = []
        List<File> files = []
        for (Map binding : bindings) {
            def secret = CREDENTIALS[binding.credentialsId]
            if (secret == null) error("Could not find credentials entry with ID '${binding.credentialsId}'")
            if (binding.kind == 'usernamePassword') {
                vars << "${binding.usernameVariable}=${secret.username}".toString()
                vars << "${binding.passwordVariable}=${secret.password}".toString()
            } else if (binding.kind == 'file') {
                File file = new File("${WORKSPACE}@tmp/secretFiles/${UUID.randomUUID()}")
                file.parentFile.mkdirs()
                file.setText(secret as String, 'UTF-8')
                files << file
                vars << "${binding.variable}=${file.path}".toString()
            } else {
                vars << "${binding.variable}=${secret}".toString()
            }
        }
        try {
            return withEnv(vars, body)
        } finally {
            files*.delete()
        }
    }

    /** Branches on real threads; the first failure is rethrown after all have finished, as Jenkins does. */
    def parallel(Map<String, Closure> branches) {
        List<Throwable> failures = Collections.synchronizedList([])
        List<Thread> threads = branches.collect { String name, Closure branch ->
            Thread.start("branch ${name}") {
                try { branch() } catch (Throwable failure) { failures << failure }
            }
        }
        threads*.join()
        if (failures) throw failures[0]
    }

    /** Runs the script with sh -c, in the scoped environment; output goes to this log. */
    def sh(Map args) {
        Map<String, String> env = effectiveEnv()
        SH_LOG << [script: args.script, label: args.label, env: env]
        ProcessBuilder builder = new ProcessBuilder(['sh', '-c', args.script as String]).directory(new File(WORKSPACE))
        builder.environment().clear()
        builder.environment().putAll(env)
        builder.redirectError(ProcessBuilder.Redirect.INHERIT)
        if (!args.returnStdout) builder.redirectOutput(ProcessBuilder.Redirect.INHERIT)
        Process process = builder.start()
        String stdout = args.returnStdout ? process.inputStream.getText(charset(null)) : null
        int status = process.waitFor()
        if (!args.returnStatus && status != 0) error("script returned exit code ${status}")
        return args.returnStdout ? stdout : (args.returnStatus ? status : null)
    }
    def sh(String script) { sh(script: script) }

    def methodMissing(String name, Object args) {
        Script step = VARS[name]
        if (step == null) {
            synchronized (VARS) {
                step = VARS[name]
                if (step == null) {
                    File source = new File("${LIB}/vars/${name}.groovy")
                    if (!source.exists()) throw new MissingMethodException(name, getClass(), args as Object[])
                    step = SHELL.parse(source) // the JVM's default charset, as Jenkins' compiler
                    VARS[name] = step
                }
            }
        }
        return step.invokeMethod('call', args)
    }
}

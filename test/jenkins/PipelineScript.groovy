// A small pipeline-step harness: the steps the goldenthread library calls, implemented for
// real outside Jenkins — sh runs the command, withEnv scopes variables, writeFile/readFile touch
// the disk, libraryResource reads jenkins-lib/resources, error throws. Global variables
// (vars/<name>.groovy) resolve by name, as in Jenkins.
abstract class PipelineScript extends Script {
    static Map<String, String> ENV = [:]
    static List<List<String>> ENV_STACK = []
    static Map currentBuild = [currentResult: 'SUCCESS']
    static String LIB
    static String WORKSPACE
    static GroovyShell SHELL
    static Map<String, Script> VARS = [:]

    Map getEnv() { ENV }
    Map getCurrentBuild() { currentBuild }

    String pwd(Map args = [:]) { args.tmp ? "${WORKSPACE}@tmp" : WORKSPACE }
    boolean fileExists(String path) { new File(path).exists() }
    void writeFile(Map args) {
        File file = new File(args.file as String)
        file.parentFile.mkdirs()
        file.setText(args.text as String, (args.encoding ?: 'UTF-8') as String)
    }
    String readFile(String path) { new File(path).getText('UTF-8') }
    String libraryResource(String path) { new File("${LIB}/resources/${path}").getText('UTF-8') }
    void echo(String message) { println message }
    void error(String message) { throw new RuntimeException(message) }

    def withEnv(List vars, Closure body) {
        ENV_STACK.push(vars.collect { it.toString() })
        try {
            return body()
        } finally {
            ENV_STACK.pop()
        }
    }

    /** Runs the script with sh -c, in the scoped environment; output goes to this log. */
    def sh(Map args) {
        Map<String, String> env = new HashMap<>(System.getenv())
        env.putAll(ENV)
        for (List<String> scope : ENV_STACK) {
            for (String pair : scope) {
                int eq = pair.indexOf('=')
                env.put(pair.substring(0, eq), pair.substring(eq + 1))
            }
        }
        ProcessBuilder builder = new ProcessBuilder(['sh', '-c', args.script as String]).directory(new File(WORKSPACE)).inheritIO()
        builder.environment().clear()
        builder.environment().putAll(env)
        int status = builder.start().waitFor()
        if (!args.returnStatus && status != 0) error("script returned exit code ${status}")
        return args.returnStatus ? status : null
    }

    def methodMissing(String name, Object args) {
        Script step = VARS[name]
        if (step == null) {
            File source = new File("${LIB}/vars/${name}.groovy")
            if (!source.exists()) throw new MissingMethodException(name, getClass(), args as Object[])
            step = SHELL.parse(source)
            VARS[name] = step
        }
        return step.invokeMethod('call', args)
    }
}

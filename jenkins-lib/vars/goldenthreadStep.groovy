// The one runner every goldenthread step uses: writes the compiled action (shipped in this
// library's resources/, byte-identical to dist/) to the build's temp dir, passes inputs as
// INPUT_* env and points GITHUB_OUTPUT/GITHUB_STATE/GITHUB_ENV/GITHUB_STEP_SUMMARY at temp files,
// runs it with node, and returns what it wrote. Inputs never touch a shell string: they travel
// in the environment, and the sh script is a single-quoted constant.
import com.cloudbees.groovy.cps.NonCPS

/**
 * @param action  trace-root, build-and-tag, rollout-patch, otel-gate or rollback-notify
 * @param inputs  the action's inputs; camelCase keys are turned into its kebab-case names
 * @param options entry: 'main' or 'post'; state: the map a main step returned (for post)
 * @return [outputs: Map, env: Map (what the step hands to later steps), state: Map]
 */
def call(String action, Map inputs = [:], Map options = [:]) {
    String entry = options.entry ?: 'main'
    String root = "${pwd(tmp: true)}/goldenthread/${action}"
    if (!fileExists("${root}/files.txt")) {
        String listing = libraryResource("goldenthread/${action}/files.txt")
        for (String file in listing.split('\n').findAll { it.trim() }) {
            writeFile(file: "${root}/${file}", text: libraryResource("goldenthread/${action}/${file}"), encoding: 'UTF-8')
        }
        writeFile(file: "${root}/files.txt", text: listing)
    }
    String run = "${root}/run-${entry}-${System.nanoTime()}"
    Map files = [GITHUB_OUTPUT: "${run}.output", GITHUB_STATE: "${run}.state", GITHUB_ENV: "${run}.env", GITHUB_STEP_SUMMARY: "${run}.summary"]
    files.each { name, path -> writeFile(file: path, text: '') }

    // INPUT_OTLP_ENDPOINT, not INPUT_OTLP-ENDPOINT: sh drops variables whose names hold '-'.
    List envList = inputs.findAll { k, v -> v != null }.collect { k, v -> "INPUT_${inputName(k as String).toUpperCase().replace('-', '_')}=${v}".toString() }
    envList += files.collect { name, path -> "${name}=${path}".toString() }
    envList += (options.state ?: [:]).collect { k, v -> "STATE_${(k as String).replace('-', '_')}=${v}".toString() }
    envList += ["GOLDENTHREAD_SCRIPT=${root}/${entry == 'post' ? 'post/index.js' : 'index.js'}".toString(), "RUNNER_TEMP=${root}".toString()]

    int status = 0
    withEnv(envList) {
        status = sh(script: 'node "$GOLDENTHREAD_SCRIPT"', returnStatus: true)
    }
    Map result = [
        outputs: parseFileCommands(readFile(files.GITHUB_OUTPUT)),
        env: parseFileCommands(readFile(files.GITHUB_ENV)),
        state: parseFileCommands(readFile(files.GITHUB_STATE))
    ]
    if (status != 0) {
        error "[${stepName(action)}] ${action} exited with ${status}; its message is above (::error::…)."
    }
    return result
}

/** camelCase or kebab-case → the action's kebab-case input name. */
@NonCPS
static String inputName(String key) {
    return key.replaceAll(/([a-z0-9])([A-Z])/, '$1-$2').toLowerCase()
}

@NonCPS
static String stepName(String action) {
    return action.replaceAll(/-([a-z])/) { all, c -> c.toUpperCase() }
}

/** The runner's file-command format: `name<<DELIMITER` … `DELIMITER` blocks, or `name=value` lines. */
@NonCPS
static Map parseFileCommands(String text) {
    Map values = [:]
    List<String> lines = text.readLines()
    int i = 0
    while (i < lines.size()) {
        String line = lines[i]
        def heredoc = line =~ /^([^=<]+)<<(.+)$/
        if (heredoc.matches()) {
            String name = heredoc.group(1)
            String delimiter = heredoc.group(2)
            List<String> body = []
            i++
            while (i < lines.size() && lines[i] != delimiter) { body << lines[i]; i++ }
            values[name] = body.join('\n')
        } else if (line.indexOf('=') > 0) {
            values[line.substring(0, line.indexOf('='))] = line.substring(line.indexOf('=') + 1)
        }
        i++
    }
    return values
}

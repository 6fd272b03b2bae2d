// The one runner every goldenthread step uses:
// 1. validates the arguments against the action's inputs (resources/goldenthread/<action>/inputs.txt,
//    generated from action.yml by `npm run build`), before any side effect;
// 2. checks the agent: Unix (isUnix) with node >= 20 on its PATH;
// 3. extracts the compiled actions (byte-identical to dist/) from the one archive
//    resources/goldenthread/scripts.archive into @tmp/goldenthread/scripts/<its sha256>, staged under a
//    unique name and renamed into place, so a library upgrade takes effect in a used workspace and
//    parallel branches never read a half-written script; older versions are pruned;
// 4. runs it with node: inputs as INPUT_* environment (never in a shell string: the sh scripts here
//    are constants), secrets bound by withCredentials from `<input>CredentialsId` arguments,
//    GITHUB_OUTPUT/GITHUB_STATE/GITHUB_ENV/GITHUB_STEP_SUMMARY pointing at temp files;
// 5. returns what it wrote, or throws io.goldenthread.StepFailure carrying its ::error:: message and outputs.
//
// Encodings are explicit, so the bytes do not depend on the controller's default charset:
// - libraryResource(encoding: 'Base64') + writeFile(encoding: 'Base64') copy the archive byte for byte
//   (jenkinsci/pipeline-groovy-lib-plugin src/main/java/org/jenkinsci/plugins/workflow/libs/LibraryAdder.java
//   readResource: "Base64" or IOUtils.toString(in, encoding), the platform default when null);
// - readFile/writeFile with encoding: 'UTF-8' (jenkinsci/workflow-basic-steps-plugin
//   src/main/java/org/jenkinsci/plugins/workflow/steps/ReadFileStep.java and WriteFileStep.java:
//   "The platform default is used if encoding is null");
// - this file is ASCII (Jenkins compiles library sources in an unspecified charset, LibraryAdder.java
//   "TODO no idea what encoding the Groovy compiler uses"), so non-ASCII characters are written as unicode escapes.
import com.cloudbees.groovy.cps.NonCPS
import io.goldenthread.StepFailure

/**
 * @param action  trace-root, build-and-tag, rollout-patch, otel-gate or rollback-notify
 * @param args    the action's inputs (camelCase or kebab-case), or `<input>CredentialsId` for a secret one
 * @param options step: the pipeline step's name for messages; own: argument names the calling step
 *                handles itself (accepted, not passed on); entry: 'main' or 'post'; state: the Map a
 *                main entry returned (for post)
 * @return [outputs: Map, env: Map (what the step hands to later steps), state: Map]
 */
def call(String action, Map args = [:], Map options = [:]) {
    String step = options.step ?: stepName(action)
    String entry = options.entry ?: 'main'
    Map plan = planArguments(step, libraryResource(resource: "goldenthread/${action}/inputs.txt", encoding: 'UTF-8'),
        args, (options.own ?: []) as List)
    if (plan.problem) {
        error(plan.problem as String)
    }
    requireUnixNode(step)
    String scripts = "${install()}/${action}"

    String temp = "${pwd(tmp: true)}/goldenthread"
    String run = "${temp}/runs/${step}-${entry}-${UUID.randomUUID()}"
    Map files = [GITHUB_OUTPUT: "${run}.output", GITHUB_STATE: "${run}.state", GITHUB_ENV: "${run}.env",
                 GITHUB_STEP_SUMMARY: "${run}.summary"]
    for (String name in files.keySet()) {
        writeFile(file: files[name], text: '', encoding: 'UTF-8')
    }
    // Everything the script reads (inputs, state, the file-command paths) travels in a UTF-8 file that
    // runScript() loads into process.env: the agent's environment encoding (ASCII under a POSIX
    // locale) never touches a value, and no value is ever part of a command line.
    Map variables = plan.inputs + files + stateVariables(options.state ?: [:]) + [RUNNER_TEMP: temp]
    writeFile(file: "${run}.inputs", text: fileCommands(variables, "gt_${UUID.randomUUID()}"), encoding: 'UTF-8')
    List envList = [
        "GOLDENTHREAD_INPUTS=${run}.inputs".toString(),
        "GOLDENTHREAD_SCRIPT=${scripts}/${entry == 'post' ? 'post/index.js' : 'index.js'}".toString(),
        "GOLDENTHREAD_LOG=${run}.log".toString(),
        "GOLDENTHREAD_STATUS=${run}.status".toString()
    ]
    List bindings = []
    for (Map binding in plan.credentials) {
        if (binding.kind == 'file') {
            bindings << file(credentialsId: binding.id, variable: binding.variable)
        } else if (binding.kind == 'usernamePassword') {
            bindings << usernamePassword(credentialsId: binding.id, usernameVariable: binding.usernameVariable,
                passwordVariable: binding.passwordVariable)
        } else {
            bindings << string(credentialsId: binding.id, variable: binding.variable)
        }
    }

    int status = 0
    withEnv(envList) {
        if (bindings) {
            // credentials-binding-plugin: string/file/usernamePassword are StringBinding, FileBinding and
            // UsernamePasswordMultiBinding (src/main/java/org/jenkinsci/plugins/credentialsbinding/impl/);
            // the values exist only in this sh's environment and are masked in its log.
            withCredentials(bindings) {
                status = sh(script: runScript(), returnStatus: true, label: "goldenthread ${action}")
            }
        } else {
            status = sh(script: runScript(), returnStatus: true, label: "goldenthread ${action}")
        }
    }
    Map result = [
        outputs: parseFileCommands(readFile(file: files.GITHUB_OUTPUT, encoding: 'UTF-8')),
        env: parseFileCommands(readFile(file: files.GITHUB_ENV, encoding: 'UTF-8')),
        state: parseFileCommands(readFile(file: files.GITHUB_STATE, encoding: 'UTF-8'))
    ]
    if (status != 0) {
        String log = fileExists("${run}.log") ? readFile(file: "${run}.log", encoding: 'UTF-8') : ''
        throw new StepFailure(step, status, failureMessage(step, action, status, log, result.outputs), result.outputs)
    }
    return result
}

/** isUnix() is the agent's Launcher (workflow-basic-steps-plugin IsUnixStep.java); node must answer -v with >= 20. */
def requireUnixNode(String step) {
    if (!isUnix()) {
        error("[${step}] ${need()}; this agent (${env.NODE_NAME ?: 'unnamed'}) is not Unix.")
    }
    String found = sh(returnStdout: true,
        script: 'if command -v node >/dev/null 2>&1; then node -v 2>&1 || echo unusable; else echo missing; fi',
        label: 'goldenthread: node version').trim()
    String problem = nodeProblem(found)
    if (problem) {
        error("[${step}] ${problem}")
    }
}

/**
 * The scripts' directory for this library version: the archive is read (one libraryResource) and
 * extracted once per workspace and archive hash, atomically; afterwards only its hash is read.
 */
String install() {
    String hash = libraryResource(resource: 'goldenthread/scripts.sha256', encoding: 'UTF-8').trim()
    String base = "${pwd(tmp: true)}/goldenthread/scripts"
    String target = "${base}/${hash}"
    if (fileExists("${target}/package.json")) {
        return target
    }
    String staging = "${base}/.staging-${UUID.randomUUID()}"
    writeFile(file: "${staging}.archive", encoding: 'Base64',
        text: libraryResource(resource: 'goldenthread/scripts.archive', encoding: 'Base64'))
    withEnv(["GOLDENTHREAD_ARCHIVE=${staging}.archive", "GOLDENTHREAD_SHA256=${hash}",
             "GOLDENTHREAD_STAGING=${staging}", "GOLDENTHREAD_TARGET=${target}"]) {
        sh(script: "node -e '${installScript()}'", label: 'goldenthread: install the scripts')
    }
    return target
}

@NonCPS
static String need() {
    return 'goldenthread steps need a Unix agent with Node \u2265 20'
}

/**
 * Checks the archive against its sha256, refuses any entry whose path would leave the folder (before
 * writing anything), writes each file (a line `<path>TAB<base64 of its brotli bytes>`, see
 * packages/tools/lib/jenkins-resources.mjs) into the staging folder, and renames that into place.
 * rename(2) is atomic, and fails when another branch got there first (the target exists and is not
 * empty): then the staged copy is dropped. The winner prunes older versions, the per-action layout of
 * older libraries and staging left by interrupted builds (an hour old: never a live one).
 * Paths come from the environment; the script holds no single quote.
 */
@NonCPS
static String installScript() {
    return '''
const fs = require("fs"), path = require("path"), zlib = require("zlib"), crypto = require("crypto");
const env = process.env, staging = env.GOLDENTHREAD_STAGING, target = env.GOLDENTHREAD_TARGET;
const bytes = fs.readFileSync(env.GOLDENTHREAD_ARCHIVE);
fs.rmSync(env.GOLDENTHREAD_ARCHIVE, { force: true });
const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
if (sha256 !== env.GOLDENTHREAD_SHA256) {
  throw new Error("goldenthread: scripts.archive has sha256 " + sha256 + ", not " + env.GOLDENTHREAD_SHA256 + " (scripts.sha256)");
}
const lines = bytes.toString("utf8").split("\\n").filter(Boolean);
if (lines[0] !== "goldenthread-scripts 1") throw new Error("goldenthread: scripts.archive is not a scripts archive");
const entries = lines.slice(1).map((line) => {
  const tab = line.indexOf("\\t"), name = line.slice(0, tab), file = path.resolve(staging, name);
  if (tab < 1 || path.isAbsolute(name) || !file.startsWith(staging + path.sep)) {
    throw new Error("goldenthread: refused scripts.archive entry " + JSON.stringify(name) + ": its path leaves the folder");
  }
  return { file, data: line.slice(tab + 1) };
});
for (const { file, data } of entries) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, zlib.brotliDecompressSync(Buffer.from(data, "base64")));
}
try {
  fs.renameSync(staging, target);
} catch (error) {
  if (!fs.existsSync(path.join(target, "package.json"))) throw error;
  fs.rmSync(staging, { recursive: true, force: true });
  process.exit(0);
}
const dir = path.dirname(target), anHourAgo = Date.now() - 3600e3;
const older = ["trace-root", "build-and-tag", "rollout-patch", "otel-gate", "rollback-notify"];
const stale = fs.readdirSync(dir).map((name) => path.join(dir, name)).concat(older.map((name) => path.join(dir, "..", name)));
for (const entry of stale) {
  try {
    if (entry === target || (path.basename(entry).startsWith(".staging-") && fs.statSync(entry).mtimeMs > anHourAgo)) continue;
    fs.rmSync(entry, { recursive: true, force: true });
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
}
'''.trim()
}

/**
 * Loads the variables file into process.env (and deletes it: a plain-value secret may be in it), then
 * imports the action. Its output goes to the build log as it runs and to a file, for its ::error:: lines.
 * POSIX sh has no pipefail: the status travels through a file.
 */
@NonCPS
static String runScript() {
    String bootstrap = '''
const fs = require("fs"), { pathToFileURL } = require("url");
const file = process.env.GOLDENTHREAD_INPUTS, lines = fs.readFileSync(file, "utf8").split("\\n");
fs.rmSync(file, { force: true });
for (let i = 0; i < lines.length; i++) {
  const heredoc = /^([^<]+)<<(.+)$/.exec(lines[i]);
  if (!heredoc) continue;
  const end = lines.indexOf(heredoc[2], i + 1);
  if (end < 0) throw new Error("goldenthread: truncated variables file " + file);
  process.env[heredoc[1]] = lines.slice(i + 1, end).join("\\n");
  i = end;
}
import(pathToFileURL(process.env.GOLDENTHREAD_SCRIPT).href).catch((error) => {
  const text = String((error && error.stack) || error);
  console.log("::error::" + text.replace(/%/g, "%25").replace(/\\r/g, "%0D").replace(/\\n/g, "%0A"));
  process.exitCode = 1;
});
'''.trim()
    return "{ node -e '${bootstrap}' 2>&1; echo \$? > \"\$GOLDENTHREAD_STATUS\"; } | tee \"\$GOLDENTHREAD_LOG\"\n" +
        'exit "$(cat "$GOLDENTHREAD_STATUS")"'
}

/** The runner's file-command format, `name<<DELIMITER` value `DELIMITER`, for runScript()'s loader. */
@NonCPS
static String fileCommands(Map variables, String delimiter) {
    StringBuilder text = new StringBuilder()
    variables.each { name, value ->
        if (value != null) {
            text << "${name}<<${delimiter}\n${value}\n${delimiter}\n"
        }
    }
    return text.toString()
}

/** Null when `node -v` printed a version >= 20; else what is wrong, with what was found. */
@NonCPS
static String nodeProblem(String found) {
    if (found == 'missing') {
        return "${need()}: there is no node on this agent's PATH. Install Node 20 or later, or run the step " +
            'in a container or tool installation that has it.'
    }
    def version = found =~ /^v(\d+)\./
    if (!version.find()) {
        return "${need()}: node -v printed '${found.take(200)}'."
    }
    int major = version.group(1) as int
    return major >= 20 ? null : "${need()}: found node ${found} on this agent."
}

/**
 * Checks the arguments against the action's inputs and turns them into INPUT_* variables and
 * credential bindings ([inputs: Map, credentials: List]). Returns [problem: String] for unknown names
 * (with the valid ones and the closest match), a name given twice, or a missing required input.
 */
@NonCPS
static Map planArguments(String step, String manifest, Map args, List own) {
    Map inputs = [:] // kebab name -> [required: boolean, secret: boolean]
    for (String line in manifest.readLines()) {
        List<String> fields = line.split('\t') as List
        if (fields.size() == 3) {
            inputs[fields[0]] = [required: fields[1] == 'required', secret: fields[2] == 'secret']
        }
    }
    Map credentialArgs = [:] // camelCase argument -> binding
    inputs.each { String name, Map spec ->
        if (spec.secret) {
            String variable = inputVariable(name)
            credentialArgs["${camel(name)}CredentialsId".toString()] =
                [kind: name == 'kubeconfig' ? 'file' : 'string', variable: variable, input: name]
        }
    }
    if (inputs.containsKey('registry-username') && inputs.containsKey('registry-password')) {
        credentialArgs['registryCredentialsId'] = [kind: 'usernamePassword', input: 'registry-password',
            also: 'registry-username', usernameVariable: inputVariable('registry-username'),
            passwordVariable: inputVariable('registry-password')]
    }
    List<String> valid = inputs.keySet().collect { camel(it as String) } + credentialArgs.keySet() + own
    Map given = [:] // input name -> the argument that set it
    Map variables = [:]
    List credentials = []
    for (def entry in args.entrySet()) {
        String key = entry.key as String
        def value = entry.value
        String kebab = inputName(key)
        String camelKey = camel(kebab)
        if (own.contains(camelKey)) {
            continue
        }
        List<String> sets
        if (inputs.containsKey(kebab)) {
            sets = [kebab]
            if (value != null) {
                variables[inputVariable(kebab)] = value.toString()
            }
        } else if (credentialArgs.containsKey(camelKey)) {
            Map binding = credentialArgs[camelKey] as Map
            sets = [binding.input as String] + (binding.also ? [binding.also as String] : [])
            if (value != null) {
                credentials << (binding + [id: value as String])
            }
        } else {
            return [problem: "[${step}] unknown argument '${key}'.${didYouMean(key, valid)} " +
                "Valid arguments: ${valid.join(', ')}."]
        }
        for (String input in sets) {
            if (given.containsKey(input)) {
                return [problem: "[${step}] '${given[input]}' and '${key}' both set ${input}: give one of them."]
            }
            if (value != null && value.toString() != '') {
                given[input] = key
            }
        }
    }
    List<String> missing = inputs.findAll { name, spec -> spec.required && !given.containsKey(name) }
        .collect { name, spec -> camel(name as String) }
    if (missing) {
        return [problem: "[${step}] missing required argument${missing.size() > 1 ? 's' : ''}: " +
            "${missing.join(', ')} (see the ${step} help page)."]
    }
    return [inputs: variables, credentials: credentials]
}

/** " Did you mean 'x'?" for the valid name closest to the given one (edit distance), or ''. */
@NonCPS
static String didYouMean(String given, List<String> valid) {
    String best = null
    int bestDistance = Integer.MAX_VALUE
    for (String name in valid) {
        int distance = editDistance(given.toLowerCase(), name.toLowerCase())
        if (distance < bestDistance) {
            best = name
            bestDistance = distance
        }
    }
    return best != null && bestDistance <= Math.max(2, given.length().intdiv(3)) ? " Did you mean '${best}'?" : ''
}

@NonCPS
static int editDistance(String a, String b) {
    int[] previous = (0..b.length()) as int[]
    for (int i = 1; i <= a.length(); i++) {
        int[] current = new int[b.length() + 1]
        current[0] = i
        for (int j = 1; j <= b.length(); j++) {
            int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1
            current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost)
        }
        previous = current
    }
    return previous[b.length()]
}

/** INPUT_OTLP_ENDPOINT, not INPUT_OTLP-ENDPOINT: sh drops variables whose names hold '-'. */
@NonCPS
static String inputVariable(String kebab) {
    return "INPUT_${kebab.toUpperCase().replace('-', '_')}"
}

@NonCPS
static Map stateVariables(Map state) {
    return state.collectEntries { k, v -> ["STATE_${(k as String).replace('-', '_')}".toString(), v] }
}

/** camelCase or kebab-case -> the action's kebab-case input name. */
@NonCPS
static String inputName(String key) {
    return key.replaceAll(/([a-z0-9])([A-Z])/, '$1-$2').toLowerCase()
}

/** kebab-case -> camelCase. */
@NonCPS
static String camel(String kebab) {
    return kebab.replaceAll(/-([a-z0-9])/) { all, c -> c.toUpperCase() }
}

@NonCPS
static String stepName(String action) {
    return camel(action)
}

/**
 * The error a failed step raises: the script's ::error:: messages (workflow-command escapes undone),
 * and otel-gate's verdict and report file when it reached one.
 */
@NonCPS
static String failureMessage(String step, String action, int status, String log, Map outputs) {
    List<String> errors = []
    for (String line in log.readLines()) {
        def command = line =~ /^::error(?: [^:]*)?::(.*)$/
        if (command.find()) {
            errors << command.group(1).replace('%0D', '\r').replace('%0A', '\n').replace('%25', '%')
        }
    }
    String message = errors ? errors.join('; ') : "${action} exited with ${status} without an ::error:: message; " +
        'its output is in the log above.'
    if (outputs['verdict']) {
        String report = outputs['report-file'] ? ", report: ${outputs['report-file']}" : ''
        message += " (verdict: ${outputs['verdict']}${report})"
    }
    return "[${step}] ${message}"
}

/** The runner's file-command format: `name<<DELIMITER` ... `DELIMITER` blocks, or `name=value` lines. */
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
            while (i < lines.size() && lines[i] != delimiter) {
                body << lines[i]
                i++
            }
            values[name] = body.join('\n')
        } else if (line.indexOf('=') > 0) {
            values[line.substring(0, line.indexOf('='))] = line.substring(line.indexOf('=') + 1)
        }
        i++
    }
    return values
}

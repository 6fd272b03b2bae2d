// Runs Jenkinsfile-like scenarios against the real library with PipelineScript as their base, several
// per JVM (Groovy's start-up is the slow part):
//   groovy -cp test/jenkins:jenkins-lib/src test/jenkins/run.groovy <cases.json>
// cases.json: [{name, script (a file), library, workspace, env: {agent variables}, credentials: {id: secret},
// unix: boolean}]. Each case prints `@@case <name>`, its log, then `@@result <name> <json>` with its return
// value, or `@@failed <name> <json>` with the exception's class, message and (StepFailure) verdict/outputs.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import org.codehaus.groovy.control.CompilerConfiguration

CompilerConfiguration config = new CompilerConfiguration()
config.scriptBaseClass = 'PipelineScript'
PipelineScript.SHELL = new GroovyShell(this.class.classLoader, new Binding(), config)

List cases = new JsonSlurper().parse(new File(args[0]), 'UTF-8') as List
for (Map c in cases) {
    PipelineScript.reset(c.library as String, c.workspace as String, (c.env ?: [:]) as Map<String, String>)
    PipelineScript.CREDENTIALS = (c.credentials ?: [:]) as Map
    PipelineScript.UNIX = c.unix == null ? true : c.unix as boolean
    println "@@case ${c.name}"
    try {
        def result = PipelineScript.SHELL.parse(new File(c.script as String)).run()
        println "@@result ${c.name} ${JsonOutput.toJson(result)}"
    } catch (Throwable failure) {
        Map report = [type: failure.getClass().name, message: failure.message]
        if (failure.hasProperty('outputs')) report += [verdict: failure.verdict, reportFile: failure.reportFile,
            outputs: failure.outputs, exitCode: failure.exitCode, step: failure.step]
        println "@@failed ${c.name} ${JsonOutput.toJson(report)}"
    }
    System.out.flush()
}

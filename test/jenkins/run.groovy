// Runs a Jenkinsfile-like scenario against the real library with PipelineScript as its base:
//   groovy -cp test/jenkins test/jenkins/run.groovy <scenario.groovy>
// The scenario's return value is printed as `RESULT <json>`; an exception exits 1 with
// `PIPELINE FAILED: <message>`.
import groovy.json.JsonOutput
import org.codehaus.groovy.control.CompilerConfiguration

CompilerConfiguration config = new CompilerConfiguration()
config.scriptBaseClass = 'PipelineScript'
PipelineScript.SHELL = new GroovyShell(this.class.classLoader, new Binding(), config)
PipelineScript.LIB = System.getenv('GT_LIBRARY')
PipelineScript.WORKSPACE = System.getenv('WORKSPACE')
Script scenario = PipelineScript.SHELL.parse(new File(args[0]))
try {
    def result = scenario.run()
    println "RESULT ${JsonOutput.toJson(result)}"
} catch (Throwable failure) {
    println "PIPELINE FAILED: ${failure.message}"
    System.exit(1)
}

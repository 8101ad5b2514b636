// Both runs (JUnit 5.13.4, then JUnit 6.1.3) passed the seed of junit-platform.properties to the study and put
// the replay hint of the failing test into Surefire's XML report, where CI servers read it.
List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
assert lines.count { it.startsWith('[INFO] BUILD FAILURE') } == 2 : 'both runs fail on the failing test alone'

// the report of the second run (JUnit 6); the first run's is checked through the log, which holds both
File xml = new File(basedir, 'target/surefire-reports/TEST-example.ReplayTest.xml')
assert xml.isFile()
def suite = new groovy.xml.XmlSlurper().parse(xml)
assert suite.@tests.toInteger() == 3
assert suite.@failures.toInteger() == 1 && suite.@errors.toInteger() == 0
def failed = suite.testcase.find { it.@name.toString().startsWith('copyingIsNoDeidentification') }
String message = failed.failure.@message.toString()
assert message.contains('[synth replay]') : message
assert message.contains('seed 77 (configuration parameter synth.seed=77)') : message
assert message.contains('-Dsynth.seed=77') : message
def passed = suite.testcase.find { it.@name.toString().startsWith('receivesTheSeed') }
assert passed.failure.size() == 0

// runsOnTheJUnitOfTheBuild passed in both runs: each ran on the JUnit line it asked for
assert suite.testcase.find { it.@name.toString().startsWith('runsOnTheJUnit') }.failure.size() == 0
assert suite.properties.property.find { it.@name == 'expected.junit.version' }.@value.toString() == '6.1.3'
assert lines.count { it ==~ /.*Tests run: 3, Failures: 1, Errors: 0, Skipped: 0.*/ } >= 2
assert lines.count { it.contains('[synth replay]') } >= 2 : 'each run prints the hint with its failure'
return true

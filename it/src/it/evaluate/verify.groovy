// Run 1 (leaky de-identifier) failed in evaluate with the number of findings and the reports' paths, and its
// reports list the patient's name left behind; run 2 (correct) passed with no finding at all.
List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
int split = lines.findIndexOf { it.startsWith('[INFO] BUILD FAILURE') }
assert split > 0 : 'run 1 failed'
List<String> run1 = lines.subList(0, split + 1)
List<String> run2 = lines.subList(split + 1, lines.size())

// run 1: the failure names the findings and the reports
String failure = lines.find { it.startsWith('[ERROR] Failed to execute goal io.github.synthphi:synth-maven-plugin') }
assert failure != null && failure.contains(':evaluate (default)')
def m = failure =~ /fails: (\d+) findings?, (\d+) of them/
assert m.find() : failure
int findings = m.group(1) as int
assert findings > 0
File leaky = new File(basedir, 'target/synth-reports-leaky')
int rows = 0
['ct', 'us-cine'].each { study ->
    File report = new File(leaky, "${study}/report.html")
    assert report.isFile() && report.length() > 0
    assert failure.contains(report.toString()) : "the failure names ${report}"
    List<String> csv = new File(leaky, "${study}/discrepancy-report.csv").readLines('UTF-8')
    assert csv[0].startsWith('check_passed,')
    assert csv.size() > 1 : "${study}: the name left behind is reported"
    assert csv.drop(1).every { it.contains('<(0010,0010)>') && it.contains('text_removed') } : csv.join('\n')
    rows += csv.size() - 1
}
assert rows == findings : "the failure counts ${findings} findings, the reports ${rows}"
// the summary table by action and by category, before the failure
assert run1.any { it ==~ /\[INFO\]   action +text_removed +\d+ +[1-9]\d* .*/ }
assert run1.any { it ==~ /\[INFO\]   category +hipaa +.*/ }
assert run1.any { it ==~ /\[INFO\]   all +All +.*/ }

// run 2: fixtures reused, every check passed
assert run2.any { it.startsWith('[INFO] synth: fixtures up to date') }
assert run2.any { it.startsWith('[INFO] synth: evaluate: 0 findings') }
assert run2.any { it.startsWith('[INFO] BUILD SUCCESS') }
File correct = new File(basedir, 'target/synth-reports-correct')
['ct', 'us-cine'].each { study ->
    assert new File(correct, "${study}/report.html").isFile()
    assert new File(correct, "${study}/discrepancy-report.csv").readLines('UTF-8').size() == 1
    List<String> summary = new File(correct, "${study}/summary.csv").readLines('UTF-8')
    def all = summary.find { it.startsWith('all,All,') }.split(',')
    assert (all[2] as int) > 0 && all[3] == '0'
}

// addTestResource: the fixtures were copied to the test class path, without the fingerprint
File copied = new File(basedir, 'target/test-classes/synthetic-fixtures')
['ct', 'us-cine'].each { study ->
    File key = new File(copied, "${study}/answer-key.csv")
    assert key.isFile()
    assert key.bytes == new File(basedir, "target/synthetic-fixtures/${study}/answer-key.csv").bytes
}
assert !new File(copied, 'synth-fingerprint.txt').exists()
return true

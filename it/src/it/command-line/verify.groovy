// The studies named on the command line were generated where -Dsynth.fixturesDirectory said, with the seed of
// -Dsynth.seed; the detailed help names the goal's user properties; evaluate without an output folder says what
// to set.
List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
String generated = lines.find { it.startsWith('[INFO] synth: generated ') }
assert generated != null && generated.contains('2 studies (mr, thin)') && generated.contains(': 3 instances, ') && generated.contains(', 0 quarantined')
File out = new File(basedir, 'target/from-cli')
assert (out.list() as List).sort() == ['mr', 'synth-fingerprint.txt', 'thin']
List<String> fingerprint = new File(out, 'synth-fingerprint.txt').readLines('UTF-8')
assert fingerprint.any { it.startsWith('study mr modality=MR;') && it.contains('rows=128;columns=448;') }
assert fingerprint.any { it.startsWith('study thin modality=CT;') && it.contains('instances=2;') && it.contains('locale=ja-JP') }
assert new File(out, 'thin/synth-fixture.txt').isFile()

// help: every parameter of evaluate with its synth.* user property
['fixturesDirectory', 'deidOutputDirectory', 'profile', 'uidMapping', 'reportDirectory', 'failOnResidualPhi',
 'failOnAnyFinding', 'skip'].each { p ->
    int at = lines.findIndexOf { it.trim() == p || it.trim().startsWith(p + ' ') }
    assert at > 0 : "help describes ${p}"
    String rest = lines.subList(at, Math.min(at + 25, lines.size())).join('\n')
    assert rest.contains("User property: synth.${p}") : "help names synth.${p}: ${rest}"
}

// run 3: the failure says which parameter and property to set
assert lines.any { it.startsWith('[ERROR] Failed to execute goal io.github.synthphi:synth-maven-plugin:') &&
        it.contains(':evaluate (default-cli)') && it.contains('set <deidOutputDirectory>') &&
        it.contains('-Dsynth.deidOutputDirectory=') }
return true

// Both runs skip both goals, say which switch did it, and write nothing.
List<String> lines = new File(basedir, 'build.log').readLines('UTF-8')
List<String> synth = lines.findAll { it.startsWith('[INFO] synth: ') }
assert synth.size() == 4 : synth.join('\n')
assert synth[0].startsWith('[INFO] synth: generate-fixtures skipped (synth.skip is true')
assert synth[1].startsWith('[INFO] synth: evaluate skipped (synth.skip is true')
assert synth[2].startsWith('[INFO] synth: generate-fixtures skipped (maven.test.skip is true')
assert synth[3].startsWith('[INFO] synth: evaluate skipped (maven.test.skip is true')
assert lines.count { it.startsWith('[INFO] BUILD SUCCESS') } == 2
assert !new File(basedir, 'target/synthetic-fixtures').exists()
assert !new File(basedir, 'target/synth-reports').exists()
return true

// Checks the six runs of invoker.properties through build.log, and that the fixtures of the last run are
// complete and consistent: every file the marker lists has its size and SHA-256, the manifest names every
// instance, the answer key and the overlay list point at instances that exist, and the fingerprint records the
// studies and their markers.
import java.security.MessageDigest

File log = new File(basedir, 'build.log')
assert log.isFile()
List<String> lines = log.readLines('UTF-8')
List<String> summaries = lines.findAll { it.startsWith('[INFO] synth: ') }
assert summaries.size() == 5 : "five runs of generate-fixtures, found: ${summaries.join('\n')}"
assert summaries[0].contains('synth: generated 2 studies (ct, us-cine)')
assert summaries[0].contains('does not exist')
assert summaries[0].contains(': 5 instances, ')
assert summaries[0].contains(', 0 quarantined, ')
assert summaries[1].contains('synth: fixtures up to date')
assert summaries[2].contains('synth: fixtures up to date')
assert lines.any { it.contains('synth-maven-plugin:') && it.contains(':generate-fixtures (default-cli)') } :
        'synth:generate-fixtures ran through the goal prefix'
assert summaries[3].contains('synth: generated 2 studies')
assert summaries[3].contains('ct/answer-key.csv was changed after generation') || summaries[3].contains('answer-key.csv')
assert summaries[4].contains('synth: generated 2 studies')
assert summaries[4].contains('the configuration changed: study ct changed: seed=')

File out = new File(basedir, 'target/synthetic-fixtures')
assert (out.list() as List).sort() == ['ct', 'synth-fingerprint.txt', 'us-cine']
assert !new File(basedir, 'target/.synthetic-fixtures.synth-tmp').exists() : 'the temporary folder is gone'

static String sha256(File f) {
    MessageDigest d = MessageDigest.getInstance('SHA-256')
    f.eachByte(65536) { byte[] buf, int n -> d.update(buf, 0, n) }
    return d.digest().encodeHex().toString()
}

/** RFC 4180 rows with a header: a list of maps. */
static List<Map<String, String>> csv(File f) {
    List<List<String>> rows = []
    List<String> row = []
    StringBuilder cell = new StringBuilder()
    boolean quoted = false
    String text = f.getText('UTF-8')
    for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i)
        if (quoted) {
            if (c == '"' as char) {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"' as char) { cell.append('"'); i++ } else { quoted = false }
            } else { cell.append(c) }
        } else if (c == '"' as char) { quoted = true }
        else if (c == ',' as char) { row << cell.toString(); cell.setLength(0) }
        else if (c == '\n' as char) { row << cell.toString(); cell.setLength(0); rows << row; row = [] }
        else if (c != '\r' as char) { cell.append(c) }
    }
    assert row.isEmpty() && cell.length() == 0 : "${f} ends with a line end"
    List<String> header = rows.remove(0)
    return rows.collect { r ->
        assert r.size() == header.size() : "${f}: row ${r} has ${r.size()} cells, the header ${header.size()}"
        [header, r].transpose().collectEntries { it }
    }
}

Map<String, Integer> expectedInstances = [ct: 4, 'us-cine': 1]
Map<String, Integer> expectedPatients = [ct: 2, 'us-cine': 1]
File fingerprint = new File(out, 'synth-fingerprint.txt')
List<String> fp = fingerprint.readLines('UTF-8')
assert fp[0] == 'synth-maven-plugin fingerprint 1'
assert fp.any { it.startsWith('plugin ') }

expectedInstances.each { String study, int count ->
    File dir = new File(out, study)
    // the marker: every file with its size and SHA-256, and nothing else in the folder
    List<String> marker = new File(dir, 'synth-fixture.txt').readLines('UTF-8')
    assert marker[0] == 'synth-fixture 1'
    Set<String> listed = [] as Set
    marker.findAll { it.startsWith('file ') }.each { String l ->
        def (String tag, String sha, String size, String path) = l.split(' ', 4) as List
        File f = new File(dir, path)
        assert f.isFile() : "${study}/${path} is listed and missing"
        assert f.length() == size as long : "${study}/${path} size"
        assert sha256(f) == sha : "${study}/${path} SHA-256"
        listed << path
    }
    Set<String> present = [] as Set
    dir.eachFileRecurse(groovy.io.FileType.FILES) { present << dir.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
    assert present == listed + ['synth-fixture.txt'] as Set
    assert fp.contains("marker ${study} ${sha256(new File(dir, 'synth-fixture.txt'))}".toString())
    assert fp.any { it.startsWith("study ${study} modality=") && it.contains(';seed=') }

    // the manifest names every instance file, all processed
    List<Map<String, String>> manifest = csv(new File(dir, 'run_manifest.csv'))
    assert manifest.size() == count
    assert manifest.every { it.status == 'processed' }
    Set<String> dicom = present.findAll { it.endsWith('.dcm') } as Set
    assert dicom.size() == count
    assert manifest.collect { it.output_relpath } as Set == dicom

    // the overlay list: banners inside the image of files that exist, with a PHI value the answer key has; every
    // instance here has a banner, so the list also tells each instance's SOP Instance UID
    List<Map<String, String>> key = csv(new File(dir, 'answer-key.csv'))
    List<Map<String, String>> overlays = csv(new File(dir, 'phi_overlays.csv'))
    assert !key.isEmpty() && !overlays.isEmpty()
    Map<String, String> fileOfSop = [:]
    overlays.each { o ->
        assert o.output_dicom_relpath in dicom
        assert fileOfSop.get(o.sop_instance_uid, o.output_dicom_relpath) == o.output_dicom_relpath
        assert indexOf(new File(dir, o.output_dicom_relpath).bytes, o.sop_instance_uid.getBytes('US-ASCII')) >= 0
        assert o.image_w == '448' && o.image_h == '128'
        assert (o.bbox_x as int) >= 0 && (o.bbox_x as int) + (o.bbox_w as int) <= 448
        assert (o.bbox_y as int) >= 0 && (o.bbox_y as int) + (o.bbox_h as int) <= 128
        assert key.any { it.sop_instance_uid == o.sop_instance_uid && it.value == o.phi_value } :
                "${study}: overlay value ${o.phi_value} is in the answer key"
    }
    assert fileOfSop.values() as Set == dicom : "${study}: every instance has a banner"
    assert key.collect { it.sop_instance_uid } as Set == fileOfSop.keySet() : "${study}: the answer key covers every instance"
    assert key.every { it.action in ['text_removed', 'text_retained', 'text_notnull', 'tag_retained', 'date_shifted',
                                     'uid_changed', 'uid_consistent', 'patid_consistent', 'pixels_hidden', 'pixels_retained'] }
    fileOfSop.keySet().each { sop ->
        assert key.any { it.sop_instance_uid == sop && it.action == 'pixels_hidden' } : "${study}: burned-in text of ${sop}"
        assert key.any { it.sop_instance_uid == sop && it.keyword == 'PatientName' && it.action == 'text_removed' }
    }

    // the patients
    List<Map<String, String>> patients = csv(new File(dir, 'patient-mapping.csv'))
    assert patients.size() == expectedPatients[study]
    assert patients.collect { it.pseudonymous_id }.unique().size() == patients.size()
}
return true

static int indexOf(byte[] hay, byte[] needle) {
    // ISO-8859-1 maps each byte to one char: a byte search as a string search
    return new String(hay, 'ISO-8859-1').indexOf(new String(needle, 'ISO-8859-1'))
}

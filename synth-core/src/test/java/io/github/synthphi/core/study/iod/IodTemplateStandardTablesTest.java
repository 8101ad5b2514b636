package io.github.synthphi.core.study.iod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.dicom.Vr;
import io.github.synthphi.core.study.Modality;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The templates against the standard's tables beside the project (../shared/dicom-standard): the IOD's mandatory
 * modules are all written, every Type 1 and Type 2 attribute of every module written is present (Type 1 with a
 * value), also inside the items the template writes, and the identity list covers PS3.15's attributes of those
 * modules with the Types PS3.3 gives them. Skipped when the tables are not there.
 */
class IodTemplateStandardTablesTest {

    /** Identity-bearing attributes of the modules that are left out of the list on purpose, and why. */
    private static final Map<String, String> LEFT_OUT = Map.of(
            "ResponsiblePerson", "animals only",
            "ResponsibleOrganization", "animals only",
            "PatientSexNeutered", "animals only",
            "InstanceOriginStatus", "a LOCAL or IMPORTED flag",
            "DateOfManufacture", "newer than the dicom3tools CI uses",
            "DateOfInstallation", "newer than the dicom3tools CI uses");

    private static List<String[]> iodModules;
    private static List<String[]> moduleAttributes;
    private static List<String[]> profile;
    private static Map<String, String[]> dictionary;

    static Path standardTables() {
        return Path.of("").toAbsolutePath().getParent().resolve("../shared/dicom-standard").normalize();
    }

    @BeforeAll
    static void readTables() throws IOException {
        Path dir = standardTables();
        if (!Files.isRegularFile(dir.resolve("module-attributes.tsv"))) {
            return;
        }
        iodModules = read(dir.resolve("iod-modules.tsv"));
        moduleAttributes = read(dir.resolve("module-attributes.tsv"));
        profile = read(dir.resolve("confidentiality-profile.tsv"));
        dictionary = new TreeMap<>();
        for (String[] row : read(dir.resolve("dictionary.tsv"))) {
            dictionary.put(row[0], row);
        }
    }

    private static List<String[]> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    private static void assumeTables() {
        assumeTrue(iodModules != null, "the DICOM standard tables are not beside the project at " + standardTables());
    }

    private static Set<String> moduleIds(IodTemplate t) {
        return t.modules().stream().map(IodModule::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void writesEveryMandatoryModuleAndOnlyModulesOfTheIod(Modality m) {
        assumeTables();
        IodTemplate t = IodTemplate.of(m);
        Set<String> mandatory = new TreeSet<>();
        Set<String> allowed = new TreeSet<>();
        for (String[] row : iodModules) {
            if (row[4].equals(t.iodId())) {
                allowed.add(row[5]);
                if (row[2].equals("M")) {
                    mandatory.add(row[5]);
                }
            }
        }
        assertThat(mandatory).as("the IOD %s is in the table", t.iodId()).isNotEmpty();
        assertThat(moduleIds(t)).containsAll(mandatory);
        assertThat(allowed).containsAll(moduleIds(t));
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void everyType1And2AttributeOfEveryModuleIsPresent(Modality m) {
        assumeTables();
        IodTemplate t = IodTemplate.of(m);
        Dataset ds = IodFixtures.withPixels(IodFixtures.parameters(m));
        Set<String> ids = moduleIds(t);
        int checked = 0;
        for (String[] row : moduleAttributes) {
            if (ids.contains(row[4]) && (row[2].equals("1") || row[2].equals("2"))) {
                List<Tag> path = Arrays.stream(row[1].split(">")).map(Tag::parse).toList();
                checked += check(ds, path, row[2].equals("1"), row[4] + " " + row[1] + " " + row[3]);
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    /** Checks the path in every item on the way that exists; returns how many elements were checked. */
    private static int check(Dataset ds, List<Tag> path, boolean type1, String what) {
        if (path.size() > 1) {
            int n = 0;
            for (Dataset item : ds.getItems(path.get(0))) {
                n += check(item, path.subList(1, path.size()), type1, what);
            }
            return n;
        }
        Tag tag = path.get(0);
        assertThat(ds.contains(tag)).as("%s is missing", what).isTrue();
        if (type1) {
            Element e = ds.get(tag).orElseThrow();
            boolean hasValue = e.vr() == Vr.SQ ? !ds.getItems(tag).isEmpty()
                    : e.vr().isText() ? !ds.getStrings(tag).isEmpty()
                    : e.value().encodedLengthHint() != 0;
            assertThat(hasValue).as("%s is Type 1 but empty", what).isTrue();
        }
        return 1;
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void identityAttributesAreThoseOfTheModulesWithTheirTypes(Modality m) {
        assumeTables();
        IodTemplate t = IodTemplate.of(m);
        for (IodModule module : t.modules()) {
            for (PhiAttribute a : module.phiAttributes()) {
                String type = typeIn(module.id(), a.tag());
                assertThat(type).as("%s in %s", a, module).isNotNull();
                String base = type.substring(0, 1);
                assertThat(a.type().name()).as("%s in %s, Type %s", a, module, type).isEqualTo("TYPE_" + base);
                assertThat(dictionary.get(a.tag().toString())[5]).as("%s retired", a).isEqualTo("N");
            }
        }
        Set<String> listed = t.phiAttributes().stream().map(PhiAttribute::keyword).collect(Collectors.toSet());
        Set<String> profiled = new TreeSet<>();
        for (String[] p : profile) {
            profiled.add(p[0]);
        }
        Set<String> ids = moduleIds(t);
        Set<String> missing = new TreeSet<>();
        for (String[] row : moduleAttributes) {
            String tag = row[1];
            if (ids.contains(row[4]) && !tag.contains(">") && profiled.contains(tag)) {
                String[] entry = dictionary.get(tag);
                boolean sequence = entry[3].equals("SQ");
                boolean retired = entry[5].equals("Y");
                if (!sequence && !retired && !listed.contains(row[3]) && !LEFT_OUT.containsKey(row[3])) {
                    missing.add(row[3] + " " + tag + " (" + row[4] + ")");
                }
            }
        }
        assertThat(missing).as("identity-bearing attributes of the modules of %s not in the list", m).isEmpty();
    }

    private static String typeIn(String moduleId, Tag tag) {
        for (String[] row : moduleAttributes) {
            if (row[4].equals(moduleId) && row[1].equals(tag.toString())) {
                return row[2];
            }
        }
        return null;
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void everyAttributeWrittenIsInTheDictionaryWithItsVr(Modality m) {
        assumeTables();
        Dataset ds = IodTemplate.create(IodFixtures.parameters(m));
        for (Element e : ds.elements()) {
            String[] entry = dictionary.get(e.tag().toString());
            assertThat(entry).as("%s", e.tag()).isNotNull();
            assertThat(entry[5]).as("%s retired", e.name()).isEqualTo("N");
            assertThat(entry[3]).as("VR of %s", e.name()).contains(e.vr().name());
        }
        assertThat(ds.contains(Tags.PixelData)).isFalse();
    }
}

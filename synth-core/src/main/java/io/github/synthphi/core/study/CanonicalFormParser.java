package io.github.synthphi.core.study;

import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.phi.PlantingLocation;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the text {@link StudySpec#canonicalForm()} writes; errors name the field that is missing or malformed. */
final class CanonicalFormParser {

    private CanonicalFormParser() {
    }

    static StudySpec parse(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String part : text.split(";", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not a spec field: '" + part + "'");
            }
            f.put(part.substring(0, eq), part.substring(eq + 1));
        }
        try {
            StudySpec.Builder b = StudySpec.builder(Modality.of(field(f, "modality")).orElseThrow(
                    () -> new IllegalArgumentException("unknown modality " + f.get("modality"))));
            String[] bits = field(f, "bits").split("/", -1);
            if (bits.length != 2) {
                throw new IllegalArgumentException("the field bits is not ALLOCATED/STORED: '" + f.get("bits") + "'");
            }
            b.patients(number(f, "patients")).studiesPerPatient(number(f, "studies"))
                    .seriesPerStudy(number(f, "series"))
                    .instancesPerSeries(number(f, "instances"))
                    .frames(number(f, "frames"))
                    .size(number(f, "columns"), number(f, "rows"))
                    .bits(number("bits", bits[0]), number("bits", bits[1]))
                    .photometricInterpretation(field(f, "photometric"))
                    .transferSyntax(TransferSyntax.of(field(f, "transferSyntax")))
                    .locale(IdentityLocale.forLanguageTag(field(f, "locale")).orElseThrow(
                            () -> new IllegalArgumentException("unknown locale " + f.get("locale"))))
                    .specificCharacterSet(field(f, "charset").isEmpty() ? List.of()
                            : List.of(field(f, "charset").split("\\\\", -1)))
                    .burnIn(bool(f, "burnIn"))
                    .burnVariants(enums(f, "burnVariants", BurnVariant.class))
                    .locations(enums(f, "locations", PlantingLocation.class))
                    .seed(seed(f));
            if (f.containsKey("sources")) {
                // taken as written: a fixture made from sources opens without them
                b.sources(SpecSources.parse(f.get("sources")));
                b.checkSources = false;
            }
            return b.build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed spec '" + text + "': " + e.getMessage(), e);
        }
    }

    private static String field(Map<String, String> fields, String name) {
        String v = fields.get(name);
        if (v == null) {
            throw new IllegalArgumentException("the field " + name + " is missing");
        }
        return v;
    }

    private static int number(Map<String, String> fields, String name) {
        return number(name, field(fields, name));
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the field " + name + " is not a number: '" + text + "'", e);
        }
    }

    private static long seed(Map<String, String> fields) {
        String text = field(fields, "seed");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the field seed is not a number: '" + text + "'", e);
        }
    }

    private static boolean bool(Map<String, String> fields, String name) {
        String text = field(fields, name);
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("the field " + name + " is not true or false: '" + text + "'");
        }
        return text.equals("true");
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, String> fields, String name, Class<E> type) {
        String list = field(fields, name);
        if (!list.startsWith("[") || !list.endsWith("]")) {
            throw new IllegalArgumentException("the field " + name + " is not a list in brackets: '" + list + "'");
        }
        Set<E> out = EnumSet.noneOf(type);
        String inner = list.substring(1, list.length() - 1).strip();
        if (!inner.isEmpty()) {
            for (String item : inner.split(",")) {
                String constant = item.strip();
                try {
                    out.add(Enum.valueOf(type, constant));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the field " + name + " has an unknown " + type.getSimpleName()
                            + " '" + constant + "'", e);
                }
            }
        }
        return out;
    }
}

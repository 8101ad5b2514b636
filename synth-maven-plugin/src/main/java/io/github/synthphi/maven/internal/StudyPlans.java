package io.github.synthphi.maven.internal;

import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.identity.Seeds;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.phi.PlantingLocation;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudySpec;
import io.github.synthphi.maven.Study;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the {@code <studies>} of the {@code generate-fixtures} goal into {@link PlannedStudy planned studies}.
 *
 * <p>The rules:
 * <ul>
 *   <li>{@code count} is the number of patients; each has {@code studiesPerPatient} studies (default 1) of
 *       {@code series} series (default 1) of {@code instances} instances (default 1).</li>
 *   <li>The name, the sub-folder, defaults to the modality in lower case with {@code _} written {@code -}
 *       ({@code us-cine}); two studies of one name fail, asking for a {@code <name>}.</li>
 *   <li>The seed of a study is its own {@code <seed>}, else {@code Seeds.caseSeed(seed, "study/" + name)}: studies
 *       differ in identities and UIDs, and adding a study changes no other.</li>
 *   <li>Values the element leaves out take the modality's defaults, as {@code StudySpec.builder} has them.</li>
 * </ul>
 */
public final class StudyPlans {

    /** The names a study may have: they become folder names on every file system. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final Map<String, TransferSyntax> TRANSFER_SYNTAXES = transferSyntaxes();

    private StudyPlans() {
    }

    /**
     * The planned studies, in the order given.
     *
     * @param seed the goal's seed
     * @param studies the {@code <study>} elements
     * @throws ConfigurationException naming the study and the value that cannot be used
     */
    public static List<PlannedStudy> resolve(long seed, List<Study> studies) throws ConfigurationException {
        if (studies == null || studies.isEmpty()) {
            throw new ConfigurationException("no <studies> configured: add at least one <study> with a <modality>, "
                    + "for example <studies><study><modality>CT</modality></study></studies>, or -Dsynth.studies=CT");
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<PlannedStudy> out = new ArrayList<>();
        for (int i = 0; i < studies.size(); i++) {
            Study s = studies.get(i);
            if (s == null) {
                throw new ConfigurationException("study " + (i + 1) + " is empty: give it a <modality>");
            }
            String where = "study " + (i + 1) + s.getName().map(n -> " ('" + n + "')").orElse("");
            Modality modality = modality(s, where);
            String name = s.getName().map(String::strip).orElse(defaultName(modality));
            if (!NAME.matcher(name).matches()) {
                throw new ConfigurationException(where + ": <name> '" + name + "' cannot be a folder name; use 1 to 64 "
                        + "letters, digits, '.', '_' or '-', not starting with '.', '_' or '-'");
            }
            Integer before = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1);
            if (before != null) {
                throw new ConfigurationException("studies " + before + " and " + (i + 1) + " are both named '" + name
                        + "' (names are compared ignoring case; a study is named after its modality unless it has a "
                        + "<name>): give each a <name> of its own");
            }
            out.add(new PlannedStudy(name, spec(s, modality, name, seed, where)));
        }
        return List.copyOf(out);
    }

    /** The name of a study without {@code <name>}: {@code us-cine} for {@link Modality#US_CINE}. */
    public static String defaultName(Modality modality) {
        return modality.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Modality modality(Study s, String where) throws ConfigurationException {
        String text = s.getModality().orElseThrow(() -> new ConfigurationException(where + " has no <modality>; "
                + "allowed: " + names(Modality.values(), Modality::name)));
        return Modality.of(text).orElseThrow(() -> new ConfigurationException(where + ": unknown <modality> '" + text
                + "'; allowed: " + names(Modality.values(), Modality::name)));
    }

    private static StudySpec spec(Study s, Modality modality, String name, long seed, String where)
            throws ConfigurationException {
        StudySpec.Builder b = StudySpec.builder(modality)
                .seed(s.getSeed().orElse(Seeds.caseSeed(seed, "study/" + name)));
        s.getCount().ifPresent(b::patients);
        s.getStudiesPerPatient().ifPresent(b::studiesPerPatient);
        s.getSeries().ifPresent(b::seriesPerStudy);
        s.getInstances().ifPresent(b::instancesPerSeries);
        s.getFrames().ifPresent(b::frames);
        if (s.getRows().isPresent() || s.getColumns().isPresent()) {
            b.size(s.getColumns().orElse(modality.defaultColumns()), s.getRows().orElse(modality.defaultRows()));
        }
        if (s.getTransferSyntax().isPresent()) {
            b.transferSyntax(transferSyntax(s.getTransferSyntax().get(), where));
        }
        if (s.getLocale().isPresent()) {
            b.locale(locale(s.getLocale().get(), where));
        }
        s.getBurnIn().ifPresent(b::burnIn);
        if (s.getBurnVariants().isPresent()) {
            b.burnVariants(enums(s.getBurnVariants().get(), BurnVariant.class, where, "burnVariants"));
        }
        if (s.getLocations().isPresent()) {
            b.locations(enums(s.getLocations().get(), PlantingLocation.class, where, "locations"));
        }
        s.getSources().ifPresent(f -> b.sources(f.toPath()));
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + ": " + e.getMessage());
        }
    }

    private static TransferSyntax transferSyntax(String text, String where) throws ConfigurationException {
        String key = constant(text);
        TransferSyntax ts = TRANSFER_SYNTAXES.get(key);
        if (ts == null) {
            for (TransferSyntax w : TransferSyntax.writable()) {
                if (w.uid().equals(text.strip())) {
                    ts = w;
                }
            }
        }
        if (ts == null) {
            throw new ConfigurationException(where + ": <transferSyntax> '" + text + "' is not one synth writes; allowed: "
                    + String.join(", ", TRANSFER_SYNTAXES.keySet()) + " (or their UIDs)");
        }
        return ts;
    }

    private static Map<String, TransferSyntax> transferSyntaxes() {
        Map<String, TransferSyntax> m = new TreeMap<>();
        for (TransferSyntax ts : TransferSyntax.writable()) {
            m.put(constant(ts.name()), ts);
        }
        return m;
    }

    private static IdentityLocale locale(String text, String where) throws ConfigurationException {
        Optional<IdentityLocale> byTag = IdentityLocale.forLanguageTag(text.strip());
        if (byTag.isPresent()) {
            return byTag.get();
        }
        for (IdentityLocale l : IdentityLocale.values()) {
            if (l.name().equals(constant(text))) {
                return l;
            }
        }
        throw new ConfigurationException(where + ": unknown <locale> '" + text + "'; allowed: "
                + names(IdentityLocale.values(), IdentityLocale::languageTag));
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> texts, Class<E> type, String where, String element)
            throws ConfigurationException {
        Set<E> out = EnumSet.noneOf(type);
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            E found = null;
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(constant(text))) {
                    found = e;
                }
            }
            if (found == null) {
                throw new ConfigurationException(where + ": unknown value '" + text + "' in <" + element + ">; allowed: "
                        + names(type.getEnumConstants(), Enum::name));
            }
            out.add(found);
        }
        return out;
    }

    /** {@code Explicit VR Little-Endian} and {@code explicit-vr-little-endian} both give {@code EXPLICIT_VR_LITTLE_ENDIAN}. */
    static String constant(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private static <T> String names(T[] values, Function<T, String> name) {
        return String.join(", ", Arrays.stream(values).map(name).toList());
    }
}

package io.github.synthphi.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code <study>} element of the {@code generate-fixtures} goal's {@code <studies>}: what to generate into
 * one sub-folder of the output folder. Every element but {@code <modality>} may be left out; the values are
 * checked, and turned into a {@code StudySpec}, when the goal runs.
 *
 * <pre>{@code
 * <study>
 *   <name>ct</name>                 <!-- the sub-folder; default: the modality in lower case -->
 *   <modality>CT</modality>         <!-- CT, MR, US, US_CINE, CR, DX, MG or SC -->
 *   <count>2</count>                <!-- patients -->
 *   <studiesPerPatient>1</studiesPerPatient>
 *   <series>1</series>              <!-- series per study -->
 *   <instances>3</instances>        <!-- instances per series -->
 *   <frames>1</frames>
 *   <rows>256</rows>
 *   <columns>256</columns>
 *   <transferSyntax>EXPLICIT_VR_LITTLE_ENDIAN</transferSyntax>
 *   <locale>de-DE</locale>
 *   <burnIn>true</burnIn>
 *   <burnVariants><burnVariant>LOW_CONTRAST</burnVariant></burnVariants>
 *   <locations><location>STANDARD_ATTRIBUTES</location><location>DATES</location></locations>
 *   <seed>7</seed>                  <!-- default: derived from the goal's seed and the name -->
 *   <sources>src/test/images</sources>
 * </study>
 * }</pre>
 *
 * <p>Enumerated values are read case-insensitively, with {@code -} and {@code _} alike ({@code us-cine},
 * {@code US_CINE}); a value that is not allowed fails the build with the list of allowed ones.
 *
 * @since 0.1.0
 */
public class Study {

    private String name;
    private String modality;
    private Integer count;
    private Integer studiesPerPatient;
    private Integer series;
    private Integer instances;
    private Integer frames;
    private Integer rows;
    private Integer columns;
    private String transferSyntax;
    private String locale;
    private Boolean burnIn;
    private List<String> burnVariants;
    private List<String> locations;
    private Long seed;
    private File sources;

    /** A study with nothing set; Maven fills it from the {@code <study>} element. */
    public Study() {
    }

    /**
     * The study of a text such as {@code CT:count=2:instances=3} or {@code US_CINE:frames=8:locale=de-DE}: the
     * modality, then {@code key=value} items separated by {@code :}, with the element names as keys ({@code
     * name}, {@code count}, {@code studiesPerPatient}, {@code series}, {@code instances}, {@code frames},
     * {@code rows}, {@code columns}, {@code transferSyntax}, {@code locale}, {@code burnIn}, {@code seed};
     * {@code burnVariants} and {@code locations} with values separated by {@code +}). This is how
     * {@code -Dsynth.studies=CT:count=2,US_CINE:frames=8} configures the studies from the command line: Maven
     * splits the list at the commas and hands each study's text to this method.
     *
     * @throws IllegalArgumentException naming the item that cannot be read
     */
    public void set(String text) {
        String[] items = text.strip().split(":");
        if (items[0].isBlank() || items[0].contains("=")) {
            throw new IllegalArgumentException("study '" + text + "' must start with its modality, as in "
                    + "CT:count=2:instances=3");
        }
        modality = items[0].strip();
        for (int i = 1; i < items.length; i++) {
            String item = items[i].strip();
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("study '" + text + "': item '" + item + "' is not key=value");
            }
            String key = item.substring(0, eq).strip();
            String value = item.substring(eq + 1).strip();
            try {
                switch (key) {
                    case "name" -> name = value;
                    case "modality" -> modality = value;
                    case "count" -> count = Integer.valueOf(value);
                    case "studiesPerPatient" -> studiesPerPatient = Integer.valueOf(value);
                    case "series" -> series = Integer.valueOf(value);
                    case "instances" -> instances = Integer.valueOf(value);
                    case "frames" -> frames = Integer.valueOf(value);
                    case "rows" -> rows = Integer.valueOf(value);
                    case "columns" -> columns = Integer.valueOf(value);
                    case "transferSyntax" -> transferSyntax = value;
                    case "locale" -> locale = value;
                    case "burnIn" -> burnIn = bool(value);
                    case "seed" -> seed = Long.valueOf(value);
                    case "burnVariants" -> burnVariants = List.of(value.split("\\+"));
                    case "locations" -> locations = List.of(value.split("\\+"));
                    default -> throw new IllegalArgumentException("study '" + text + "': unknown key '" + key
                            + "'; known: name, count, studiesPerPatient, series, instances, frames, rows, columns, "
                            + "transferSyntax, locale, burnIn, burnVariants, locations, seed");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("study '" + text + "': " + key + " must be a whole number, got '"
                        + value + "'", e);
            }
        }
    }

    private static Boolean bool(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException("burnIn must be true or false, got '" + value + "'");
    }

    /** The sub-folder's name, if set. */
    public Optional<String> getName() {
        return Optional.ofNullable(name);
    }

    /** The sub-folder's name: letters, digits, {@code .}, {@code _} and {@code -}, not starting with {@code .}. */
    public void setName(String name) {
        this.name = name;
    }

    /** The modality, if set. */
    public Optional<String> getModality() {
        return Optional.ofNullable(modality);
    }

    /** The modality: {@code CT}, {@code MR}, {@code US}, {@code US_CINE}, {@code CR}, {@code DX}, {@code MG}, {@code SC}. */
    public void setModality(String modality) {
        this.modality = modality;
    }

    /** The number of patients, if set. */
    public Optional<Integer> getCount() {
        return Optional.ofNullable(count);
    }

    /** The number of patients (default 1); each has {@code studiesPerPatient} studies. */
    public void setCount(Integer count) {
        this.count = count;
    }

    /** Studies of each patient, if set. */
    public Optional<Integer> getStudiesPerPatient() {
        return Optional.ofNullable(studiesPerPatient);
    }

    /** Studies of each patient (default 1), which share the patient's identity. */
    public void setStudiesPerPatient(Integer studiesPerPatient) {
        this.studiesPerPatient = studiesPerPatient;
    }

    /** Series per study, if set. */
    public Optional<Integer> getSeries() {
        return Optional.ofNullable(series);
    }

    /** Series per study (default 1). */
    public void setSeries(Integer series) {
        this.series = series;
    }

    /** Instances per series, if set. */
    public Optional<Integer> getInstances() {
        return Optional.ofNullable(instances);
    }

    /** Instances per series (default 1; with {@code sources}, enough for every source item). */
    public void setInstances(Integer instances) {
        this.instances = instances;
    }

    /** Frames per instance, if set. */
    public Optional<Integer> getFrames() {
        return Optional.ofNullable(frames);
    }

    /** Frames per instance (default: the modality's; more than 1 only for {@code US_CINE}). */
    public void setFrames(Integer frames) {
        this.frames = frames;
    }

    /** Rows, if set. */
    public Optional<Integer> getRows() {
        return Optional.ofNullable(rows);
    }

    /** Rows, 16 to 4096 (default: the modality's). */
    public void setRows(Integer rows) {
        this.rows = rows;
    }

    /** Columns, if set. */
    public Optional<Integer> getColumns() {
        return Optional.ofNullable(columns);
    }

    /** Columns, 16 to 4096 (default: the modality's). */
    public void setColumns(Integer columns) {
        this.columns = columns;
    }

    /** The transfer syntax, if set. */
    public Optional<String> getTransferSyntax() {
        return Optional.ofNullable(transferSyntax);
    }

    /**
     * The transfer syntax, by name or UID: {@code EXPLICIT_VR_LITTLE_ENDIAN} (default),
     * {@code IMPLICIT_VR_LITTLE_ENDIAN}, {@code DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN}, {@code RLE_LOSSLESS}.
     */
    public void setTransferSyntax(String transferSyntax) {
        this.transferSyntax = transferSyntax;
    }

    /** The locale, if set. */
    public Optional<String> getLocale() {
        return Optional.ofNullable(locale);
    }

    /** The locale of the fake identities: {@code en-US} (default), {@code de-DE}, {@code ja-JP}. */
    public void setLocale(String locale) {
        this.locale = locale;
    }

    /** Whether text is burned in, if set. */
    public Optional<Boolean> getBurnIn() {
        return Optional.ofNullable(burnIn);
    }

    /** Whether a banner of PHI is burned into the pixels (default true). */
    public void setBurnIn(Boolean burnIn) {
        this.burnIn = burnIn;
    }

    /** The burn variants, if set. */
    public Optional<List<String>> getBurnVariants() {
        return Optional.ofNullable(burnVariants).map(List::copyOf);
    }

    /** Harder burned-in cases: {@code LOW_CONTRAST}, {@code SMALL_TEXT}, {@code INSIDE_IMAGE}, {@code SOME_FRAMES}. */
    public void setBurnVariants(List<String> burnVariants) {
        this.burnVariants = burnVariants == null ? null : new ArrayList<>(burnVariants);
    }

    /** The planting locations, if set. */
    public Optional<List<String>> getLocations() {
        return Optional.ofNullable(locations).map(List::copyOf);
    }

    /**
     * Where PHI is planted (default: everywhere): {@code STANDARD_ATTRIBUTES}, {@code NESTED_SEQUENCES},
     * {@code PRIVATE_BLOCKS}, {@code FREE_TEXT}, {@code OVERLAY}, {@code UIDS}, {@code DATES}, {@code BURNED_IN}.
     */
    public void setLocations(List<String> locations) {
        this.locations = locations == null ? null : new ArrayList<>(locations);
    }

    /** The study's own seed, if set. */
    public Optional<Long> getSeed() {
        return Optional.ofNullable(seed);
    }

    /** The study's own seed; by default it is derived from the goal's seed and the study's name. */
    public void setSeed(Long seed) {
        this.seed = seed;
    }

    /** The folder of source images, if set. */
    public Optional<File> getSources() {
        return Optional.ofNullable(sources);
    }

    /** A folder of PHI-free DICOM, PNG or JPEG images to take the pixels from instead of phantoms. */
    public void setSources(File sources) {
        this.sources = sources;
    }
}

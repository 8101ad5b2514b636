package io.github.synthphi.cli;

import io.github.synthphi.core.dicom.TransferSyntax;
import io.github.synthphi.core.identity.IdentityLocale;
import io.github.synthphi.core.phi.BurnVariant;
import io.github.synthphi.core.phi.PlantingLocation;
import io.github.synthphi.core.study.Modality;
import io.github.synthphi.core.study.StudySpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of {@code synth generate} that make a {@link StudySpec}: one flag per field of the spec. */
final class SpecOptions {

    @Option(names = "--modality", required = true, paramLabel = "MODALITY",
            description = "US_CINE, US, CT, MR, CR, DX, MG or SC (case and - or _ ignored).",
            converter = ModalityConverter.class)
    Modality modality;

    @Option(names = "--count", paramLabel = "N", description = "Patients (default 1).")
    Integer patients;

    @Option(names = "--studies-per-patient", paramLabel = "N",
            description = "Studies of each patient, sharing one identity (default 1).")
    Integer studiesPerPatient;

    @Option(names = "--series", paramLabel = "N", description = "Series in each study (default 1).")
    Integer series;

    @Option(names = "--instances", paramLabel = "N", description = "Instances in each series (default: the "
            + "modality's; with --sources, enough for every source item).")
    Integer instances;

    @Option(names = "--frames", paramLabel = "N", description = "Frames per instance (US_CINE; default 16).")
    Integer frames;

    @Option(names = "--rows", paramLabel = "N", description = "Rows (default: the modality's).")
    Integer rows;

    @Option(names = "--columns", paramLabel = "N", description = "Columns (default: the modality's).")
    Integer columns;

    @Option(names = "--bits-allocated", paramLabel = "N", description = "8 or 16 (default: the modality's).")
    Integer bitsAllocated;

    @Option(names = "--bits-stored", paramLabel = "N",
            description = "Bits stored, at most bits allocated (default: the modality's, or bits allocated).")
    Integer bitsStored;

    @Option(names = "--photometric", paramLabel = "NAME",
            description = "MONOCHROME2, or RGB for ultrasound (default: the modality's).")
    String photometric;

    @Option(names = "--transfer-syntax", paramLabel = "SYNTAX", converter = TransferSyntaxConverter.class,
            description = "A name or UID: IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_LITTLE_ENDIAN (default), "
                    + "DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, RLE_LOSSLESS, JPEG_BASELINE.")
    TransferSyntax transferSyntax;

    @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class,
            description = "The fake identities' locale: en-US (default), de-DE or ja-JP.")
    IdentityLocale locale;

    @Option(names = "--charset", paramLabel = "TERM", split = ",",
            description = "Terms of Specific Character Set, comma-separated, e.g. 'ISO 2022 IR 87' or "
                    + "'ISO_IR 192' (default: the locale's).")
    List<String> charset;

    @Option(names = "--burn-in", negatable = true, fallbackValue = "true",
            description = "Burn a banner of PHI into the pixels (default: on; --no-burn-in turns it off).")
    Boolean burnIn;

    @Option(names = "--burn-variants", paramLabel = "VARIANT", split = ",", converter = BurnVariantConverter.class,
            description = "Harder burned-in cases, comma-separated: LOW_CONTRAST, SMALL_TEXT, INSIDE_IMAGE, "
                    + "SOME_FRAMES.")
    List<BurnVariant> burnVariants;

    @Option(names = "--locations", paramLabel = "LOCATION", split = ",", converter = LocationConverter.class,
            description = "Where PHI is planted, comma-separated (default: all): STANDARD_ATTRIBUTES, "
                    + "NESTED_SEQUENCES, PRIVATE_BLOCKS, FREE_TEXT, OVERLAY, UIDS, DATES, BURNED_IN.")
    List<PlantingLocation> locations;

    @Option(names = "--seed", paramLabel = "N",
            description = "The seed; the same seed gives byte-identical files (default " + StudySpec.DEFAULT_SEED
                    + ").")
    Long seed;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Take the pixels from this folder of PHI-free DICOM, PNG or JPEG files.")
    Path sources;

    /**
     * The spec the options describe.
     *
     * @throws CliException naming the option whose value the spec refuses
     */
    StudySpec spec() {
        StudySpec.Builder b = StudySpec.builder(modality);
        if (patients != null) {
            b.patients(patients);
        }
        if (studiesPerPatient != null) {
            b.studiesPerPatient(studiesPerPatient);
        }
        if (series != null) {
            b.seriesPerStudy(series);
        }
        if (instances != null) {
            b.instancesPerSeries(instances);
        }
        if (frames != null) {
            b.frames(frames);
        }
        if (rows != null || columns != null) {
            b.size(columns != null ? columns : modality.defaultColumns(), rows != null ? rows : modality.defaultRows());
        }
        if (bitsAllocated != null || bitsStored != null) {
            int allocated = bitsAllocated != null ? bitsAllocated : modality.bitsAllocated();
            int stored = bitsStored != null ? bitsStored : bitsAllocated != null ? bitsAllocated
                    : StudySpec.builder(modality).build().bitsStored();
            b.bits(allocated, stored);
        }
        if (photometric != null) {
            b.photometricInterpretation(photometric);
        }
        if (transferSyntax != null) {
            b.transferSyntax(transferSyntax);
        }
        if (locale != null) {
            b.locale(locale);
        }
        if (charset != null) {
            b.specificCharacterSet(charset);
        }
        if (burnIn != null) {
            b.burnIn(burnIn);
        }
        if (burnVariants != null) {
            b.burnVariants(burnVariants);
        }
        if (locations != null) {
            b.locations(locations);
        }
        if (seed != null) {
            b.seed(seed);
        }
        if (sources != null) {
            b.sources(sources);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CliException("the study cannot be generated: " + e.getMessage(), e);
        }
    }

    /** Upper case with {@code -} and spaces as {@code _}, parentheses dropped: how names are compared. */
    static String normal(String text) {
        return text.replaceAll("\\(.*\\)", "").strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    static final class ModalityConverter implements ITypeConverter<Modality> {
        @Override
        public Modality convert(String value) {
            for (Modality m : Modality.values()) {
                if (m.name().equals(normal(value))) {
                    return m;
                }
            }
            throw new TypeConversionException("'" + value + "' is no modality; allowed: " + List.of(Modality.values()));
        }
    }

    static final class TransferSyntaxConverter implements ITypeConverter<TransferSyntax> {
        @Override
        public TransferSyntax convert(String value) {
            List<String> allowed = new ArrayList<>();
            for (TransferSyntax ts : TransferSyntax.writable()) {
                if (ts.uid().equals(value.strip()) || normal(ts.name()).equals(normal(value))) {
                    return ts;
                }
                allowed.add(normal(ts.name()) + " (" + ts.uid() + ")");
            }
            throw new TypeConversionException("'" + value + "' is no transfer syntax synth writes; allowed: "
                    + String.join(", ", allowed));
        }
    }

    static final class LocaleConverter implements ITypeConverter<IdentityLocale> {
        @Override
        public IdentityLocale convert(String value) {
            return IdentityLocale.forLanguageTag(value.strip()).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is no identity locale; allowed: en-US, de-DE, ja-JP"));
        }
    }

    static final class BurnVariantConverter implements ITypeConverter<BurnVariant> {
        @Override
        public BurnVariant convert(String value) {
            for (BurnVariant v : BurnVariant.values()) {
                if (v.name().equals(normal(value))) {
                    return v;
                }
            }
            throw new TypeConversionException("'" + value + "' is no burn variant; allowed: "
                    + List.of(BurnVariant.values()));
        }
    }

    static final class LocationConverter implements ITypeConverter<PlantingLocation> {
        @Override
        public PlantingLocation convert(String value) {
            return PlantingLocation.of(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is no planting location; allowed: " + List.of(PlantingLocation.values())));
        }
    }
}

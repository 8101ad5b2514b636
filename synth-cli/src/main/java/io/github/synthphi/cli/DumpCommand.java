package io.github.synthphi.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomParseException;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.ImagePixelModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code synth dump}: what synth's reader sees in a file, for a person checking what a de-identifier left.
 *
 * <pre>{@code
 * synth dump deid-out/1.2.3.dcm
 * synth dump --json deid-out/*.dcm > dump.json
 * }</pre>
 */
@Command(name = "dump", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the file meta and transfer syntax, every element at every depth (MIDI tag path, "
                + "keyword, VR, value decoded with the file's character set; private elements with their creator) "
                + "and a pixel summary (layout, whether the pixels decode and why not, SHA-256 of the decoded "
                + "frames as little-endian samples).",
                "A file that cannot be read prints its parse error (file, offset, tag); the exit code is then 2."})
final class DumpCommand implements Callable<Integer> {

    /** Text values longer than this are cut in text mode; JSON has them whole. */
    static final int TEXT_SHOWN = 4096;

    @Spec
    CommandSpec command;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DICOM files (Part 10 or bare data sets).")
    List<Path> files;

    @Option(names = "--json", description = "One JSON object with an entry per file.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        DicomReader reader = new DicomReader();
        List<Dumped> dumped = new ArrayList<>();
        int code = ExitCodes.PASSED;
        for (Path file : files) {
            try {
                DicomFile f = reader.read(file);
                dumped.add(new Dumped(file, Optional.of(f), ""));
            } catch (DicomParseException e) {
                err.println("synth dump: " + e.getMessage());
                dumped.add(new Dumped(file, Optional.empty(), e.getMessage()));
                code = ExitCodes.USAGE_OR_INPUT;
            } catch (NoSuchFileException e) {
                err.println("synth dump: " + file + ": no such file");
                dumped.add(new Dumped(file, Optional.empty(), "no such file"));
                code = ExitCodes.USAGE_OR_INPUT;
            } catch (IOException e) {
                String why = Files.isDirectory(file) ? "a folder, not a file" : SynthCli.describe(e);
                err.println("synth dump: " + file + ": " + why);
                dumped.add(new Dumped(file, Optional.empty(), why));
                code = ExitCodes.USAGE_OR_INPUT;
            }
        }
        if (json) {
            json(out, dumped);
        } else {
            for (Dumped d : dumped) {
                text(out, d);
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    private record Dumped(Path path, Optional<DicomFile> file, String error) {
    }

    private static void text(PrintWriter out, Dumped d) {
        out.println("# " + d.path());
        if (d.file().isEmpty()) {
            out.println("unreadable: " + d.error());
            out.println();
            return;
        }
        DicomFile f = d.file().get();
        out.println("transfer syntax: " + f.transferSyntax().name() + " (" + f.transferSyntax().uid() + ")"
                + (f.hasPreamble() ? "" : ", no preamble"));
        out.println("file meta:");
        for (ElementRow r : ElementRow.of(f.fileMeta())) {
            out.println(row(r));
        }
        out.println("data set:");
        for (ElementRow r : ElementRow.of(f.dataset())) {
            out.println(row(r));
        }
        Optional<PixelSummary> pixels = PixelSummary.of(f);
        if (pixels.isEmpty()) {
            out.println("pixels: none");
        } else {
            PixelSummary p = pixels.get();
            out.println("pixels:");
            p.module().ifPresent(m -> out.println("  " + layout(m)));
            out.println("  decodable: " + (p.decodable() ? "yes" : "no: " + p.reason()));
            if (p.decodable()) {
                out.println("  sha256 of decoded frames: " + p.sha256());
            }
        }
        out.println();
    }

    private static String layout(ImagePixelModule m) {
        return "frames " + m.frames() + ", rows " + m.rows() + ", columns " + m.columns() + ", samples per pixel "
                + m.samplesPerPixel() + ", bits allocated " + m.bitsAllocated() + ", bits stored " + m.bitsStored()
                + ", pixel representation " + m.pixelRepresentation() + ", photometric interpretation "
                + m.photometricInterpretation() + (m.samplesPerPixel() > 1 ? ", planar configuration "
                + m.planarConfiguration() : "");
    }

    private static String row(ElementRow r) {
        StringBuilder sb = new StringBuilder("  ".repeat(r.depth() + 1));
        sb.append(r.path()).append(' ');
        if (!r.keyword().isEmpty()) {
            sb.append(r.keyword()).append(' ');
        } else if (!r.creator().isEmpty()) {
            sb.append("private ").append(r.tag()).append(' ');
        }
        sb.append(r.vr());
        String value = r.value();
        if (value.length() > TEXT_SHOWN) {
            value = value.substring(0, TEXT_SHOWN) + "... (" + value.length() + " characters)";
        }
        if (!value.isEmpty()) {
            sb.append(' ');
            boolean quoted = r.vr().equals("SQ") || value.contains(" bytes: ") || value.startsWith("encapsulated:");
            sb.append(quoted ? value : "[" + value + "]");
        }
        if (!r.problem().isEmpty()) {
            sb.append("  (decoding: ").append(r.problem()).append(')');
        }
        return escape(sb.toString());
    }

    /** Control characters as {@code \\uXXXX}, so one element stays on one line and nothing reaches a terminal. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void json(PrintWriter out, List<Dumped> dumped) throws IOException {
        try (JsonGenerator g = Json.over(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (Dumped d : dumped) {
                g.writeStartObject();
                g.writeStringField("file", d.path().toString());
                if (d.file().isEmpty()) {
                    g.writeStringField("error", d.error());
                    g.writeEndObject();
                    continue;
                }
                DicomFile f = d.file().get();
                g.writeObjectFieldStart("transferSyntax");
                g.writeStringField("uid", f.transferSyntax().uid());
                g.writeStringField("name", f.transferSyntax().name());
                g.writeEndObject();
                g.writeBooleanField("preamble", f.hasPreamble());
                rows(g, "fileMeta", ElementRow.of(f.fileMeta()));
                rows(g, "elements", ElementRow.of(f.dataset()));
                Optional<PixelSummary> pixels = PixelSummary.of(f);
                if (pixels.isPresent()) {
                    PixelSummary p = pixels.get();
                    g.writeObjectFieldStart("pixels");
                    if (p.module().isPresent()) {
                        ImagePixelModule m = p.module().get();
                        g.writeNumberField("frames", m.frames());
                        g.writeNumberField("rows", m.rows());
                        g.writeNumberField("columns", m.columns());
                        g.writeNumberField("samplesPerPixel", m.samplesPerPixel());
                        g.writeNumberField("bitsAllocated", m.bitsAllocated());
                        g.writeNumberField("bitsStored", m.bitsStored());
                        g.writeNumberField("pixelRepresentation", m.pixelRepresentation());
                        g.writeStringField("photometricInterpretation", m.photometricInterpretation());
                    }
                    g.writeBooleanField("decodable", p.decodable());
                    g.writeStringField("reason", p.reason());
                    g.writeStringField("sha256", p.sha256());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void rows(JsonGenerator g, String field, List<ElementRow> rows) throws IOException {
        g.writeArrayFieldStart(field);
        for (ElementRow r : rows) {
            g.writeStartObject();
            g.writeStringField("path", r.path());
            g.writeStringField("tag", r.tag());
            g.writeStringField("keyword", r.keyword());
            g.writeStringField("creator", r.creator());
            g.writeStringField("vr", r.vr());
            g.writeStringField("value", r.value());
            if (!r.problem().isEmpty()) {
                g.writeStringField("problem", r.problem());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}

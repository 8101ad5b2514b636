package io.github.synthphi.core.study;

import io.github.synthphi.core.dicom.Dataset;
import io.github.synthphi.core.dicom.DicomFile;
import io.github.synthphi.core.dicom.DicomReader;
import io.github.synthphi.core.dicom.Element;
import io.github.synthphi.core.dicom.PrivateTag;
import io.github.synthphi.core.dicom.Tag;
import io.github.synthphi.core.dicom.Tags;
import io.github.synthphi.core.truth.TagPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** Reads a generated fixture's files back, for tests that compare them with the answer key. */
final class StudyFiles {

    private StudyFiles() {
    }

    /** Every DICOM file of the fixture read back, by SOP Instance UID. */
    static Map<String, DicomFile> bySopInstanceUid(StudyFixture fixture) {
        Map<String, DicomFile> out = new TreeMap<>();
        for (Path file : fixture.files()) {
            DicomFile dicom = read(file);
            out.put(dicom.dataset().getString(Tags.SOPInstanceUID).orElseThrow(
                    () -> new AssertionError(file + " has no SOP Instance UID")), dicom);
        }
        return out;
    }

    static DicomFile read(Path file) {
        try {
            return new DicomReader().read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The data set holding the element {@code path} ends in: the top level, or the item the path leads into. */
    static Optional<Dataset> parentOf(Dataset top, TagPath path) {
        Dataset current = top;
        List<TagPath.Node> nodes = path.nodes();
        for (int i = 0; i < nodes.size() - 1; i++) {
            Optional<Tag> tag = tagIn(current, nodes.get(i));
            if (tag.isEmpty()) {
                return Optional.empty();
            }
            List<Dataset> items = current.getItems(tag.get());
            if (nodes.get(i).item() >= items.size()) {
                return Optional.empty();
            }
            current = items.get(nodes.get(i).item());
        }
        return Optional.of(current);
    }

    /** The tag a node of a path has in {@code dataset}: its own, or for a private node the one its block gives. */
    static Optional<Tag> tagIn(Dataset dataset, TagPath.Node node) {
        if (!node.isPrivate()) {
            return Optional.of(Tag.of(node.group(), node.element()));
        }
        return dataset.find(new PrivateTag(node.creator(), node.group(), node.element()));
    }

    /** Calls {@code visitor} with every element at every depth and the data set holding it. */
    static void forEachElement(Dataset dataset, BiConsumer<Dataset, Element> visitor) {
        for (Element e : new ArrayList<>(dataset.elements())) {
            visitor.accept(dataset, e);
            for (Dataset item : dataset.getItems(e.tag())) {
                forEachElement(item, visitor);
            }
        }
    }
}

package io.github.synthphi.core.study.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.synthphi.core.study.Modality;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFolderTest {

    @TempDir
    Path dir;

    private void mixedFolder() throws IOException {
        SourceFiles.writeDicom(dir.resolve("ct/slice-1"), SourceFiles.ct(16, 16, "a")); // no extension: DICM
        SourceFiles.write(dir.resolve("ct/broken.dcm"), new byte[] {1, 2, 3});
        SourceFiles.writePng(dir.resolve("cine/frame_10.png"), SourceFiles.rgb(8, 8, 10));
        SourceFiles.writePng(dir.resolve("cine/frame_2.png"), SourceFiles.rgb(8, 8, 2));
        SourceFiles.write(dir.resolve("cine/frame_1.JPG"), SourceFiles.jpeg(SourceFiles.rgb(8, 8, 1)));
        SourceFiles.writePng(dir.resolve("still.png"), SourceFiles.rgb(8, 8, 3));
        SourceFiles.write(dir.resolve("picture.bin"), SourceFiles.jpeg(SourceFiles.rgb(8, 8, 4))); // JPEG by content
        SourceFiles.write(dir.resolve("notes.txt"), "no PHI here".getBytes(StandardCharsets.UTF_8));
        SourceFiles.write(dir.resolve(".DS_Store"), new byte[] {0, 0, 0, 1});
        SourceFiles.writePng(dir.resolve("__MACOSX/cine/frame_1.png"), SourceFiles.rgb(8, 8, 1));
        SourceFiles.write(dir.resolve("cine/._frame_1.JPG"), new byte[] {0, 5, 22, 7});
    }

    @Test
    void listsItemsAndUnusableFilesAndIgnoresMacArchiveFiles() throws IOException {
        mixedFolder();
        SourceFolder single = SourceFolder.scan(dir, Modality.US);
        assertThat(single.items()).extracting(SourceItem::id).containsExactly("cine/frame_1.JPG",
                "cine/frame_10.png", "cine/frame_2.png", "ct/broken.dcm", "ct/slice-1", "picture.bin", "still.png");
        assertThat(single.items()).extracting(SourceItem::kind).containsExactly(SourceItem.Kind.IMAGE,
                SourceItem.Kind.IMAGE, SourceItem.Kind.IMAGE, SourceItem.Kind.DICOM, SourceItem.Kind.DICOM,
                SourceItem.Kind.IMAGE, SourceItem.Kind.IMAGE);
        assertThat(single.unusable()).containsExactly(
                new UnusableSource(".DS_Store", "not an image or DICOM file"),
                new UnusableSource("notes.txt", "not an image or DICOM file"));
    }

    @Test
    void groupsTheImagesOfAFolderIntoACineInNaturalOrder() throws IOException {
        mixedFolder();
        SourceFolder cine = SourceFolder.scan(dir, Modality.US_CINE);
        assertThat(cine.items()).containsExactly(
                new SourceItem(".", SourceItem.Kind.CINE, List.of("picture.bin", "still.png")),
                new SourceItem("cine", SourceItem.Kind.CINE,
                        List.of("cine/frame_1.JPG", "cine/frame_2.png", "cine/frame_10.png")),
                new SourceItem("ct/broken.dcm", SourceItem.Kind.DICOM, List.of("ct/broken.dcm")),
                new SourceItem("ct/slice-1", SourceItem.Kind.DICOM, List.of("ct/slice-1")));
    }

    @Test
    void fingerprintFollowsNamesAndBytesButNotIgnoredFiles() throws IOException {
        mixedFolder();
        String first = SourceFolder.fingerprint(dir);
        assertThat(first).hasSize(64).isEqualTo(SourceFolder.fingerprint(dir));
        SourceFiles.write(dir.resolve("__MACOSX/other"), new byte[] {9});
        assertThat(SourceFolder.fingerprint(dir)).isEqualTo(first);
        byte[] notes = Files.readAllBytes(dir.resolve("notes.txt"));
        notes[0] ^= 1;
        Files.write(dir.resolve("notes.txt"), notes);
        String changed = SourceFolder.fingerprint(dir);
        assertThat(changed).isNotEqualTo(first);
        Files.move(dir.resolve("notes.txt"), dir.resolve("notes2.txt"));
        assertThat(SourceFolder.fingerprint(dir)).isNotEqualTo(changed);
    }

    @Test
    void aFileIsNoFolder() throws IOException {
        Path file = SourceFiles.write(dir.resolve("one.png"), new byte[] {1});
        assertThatThrownBy(() -> SourceFolder.scan(file, Modality.CT)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a folder");
    }
}

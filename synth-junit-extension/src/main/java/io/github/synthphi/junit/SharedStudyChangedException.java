package io.github.synthphi.junit;

/**
 * Thrown after a test that changed a shared study's files: shared studies are read-only, because every test of the
 * run that asks for the same spec and seed receives the same folder. The message names the test, the folder and the
 * file; the next test that asks for the study receives a newly generated one.
 *
 * <pre>{@code
 * // instead of editing the shared study in place:
 * StudyFixture mine = study.copyTo(tempDir);
 * }</pre>
 */
public final class SharedStudyChangedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    SharedStudyChangedException(String message) {
        super(message);
    }
}

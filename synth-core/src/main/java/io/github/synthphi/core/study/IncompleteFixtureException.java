package io.github.synthphi.core.study;

import java.io.IOException;

/**
 * A folder is not a complete, intact fixture: its marker is missing (generation did not finish), or a file it
 * lists is missing or was changed, or it holds files the marker does not list.
 */
public class IncompleteFixtureException extends IOException {
    private static final long serialVersionUID = 1L;

    public IncompleteFixtureException(String message) {
        super(message);
    }
}

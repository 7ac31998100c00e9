package org.imrtoolkit.app;

/**
 * Thrown by a job's work on one case to skip it with a reason (an unlabelled case given to
 * training); the case stream reports it like any other bad input.
 */
public final class SkippedInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SkippedInput(String reason) {
        super(reason);
    }
}

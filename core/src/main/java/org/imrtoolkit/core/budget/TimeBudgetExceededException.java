package org.imrtoolkit.core.budget;

/**
 * The work on one input ran past its {@link TimeBudget} (or its thread was interrupted). The
 * message is meant for the user as it is: "took longer than 30 s". A command reports it as that
 * input's failure and goes on with the batch.
 */
public final class TimeBudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TimeBudgetExceededException(String message) {
        super(message, null, false, false);
    }
}

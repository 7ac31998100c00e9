package org.imrtoolkit.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Cancels a statement that outlasts its time limit. DuckDB's JDBC driver cancels a statement only
 * while it executes, so once the limit has passed the cancel is repeated every 100 ms until the
 * watchdog is closed: a statement that starts executing just after the first cancel is still
 * stopped. DuckDB checks for a cancel between its batches of rows.
 */
final class Watchdog implements AutoCloseable {

    private static final long REPEAT_MILLIS = 100;

    private final ScheduledExecutorService timer;
    private volatile boolean fired;

    private Watchdog(Statement statement, Duration limit) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "imr-query-time-limit");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            fired = true;
            try {
                statement.cancel();
            } catch (SQLException e) {
                // closed meanwhile: nothing left to cancel
            }
        }, limit.toMillis(), REPEAT_MILLIS, TimeUnit.MILLISECONDS);
    }

    static Watchdog cancel(Statement statement, Duration limit) {
        return new Watchdog(statement, limit);
    }

    /** Whether the limit passed (and the statement was cancelled). */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

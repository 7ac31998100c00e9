package org.imrtoolkit.app;

import java.io.IOException;

/** One use case of the toolkit, as a command runs it. */
public interface Job {

    /**
     * @return the exit code: 0 when every input was used, 1 when some were skipped (each reported)
     * @throws IOException              when an output cannot be written
     * @throws IllegalArgumentException when the job cannot be done with these inputs or options
     */
    int run(Context context) throws IOException;
}

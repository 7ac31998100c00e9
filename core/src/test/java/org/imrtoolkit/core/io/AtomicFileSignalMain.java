package org.imrtoolkit.core.io;

import java.nio.file.Path;

/** Opens an AtomicFile, writes to it, says so, and waits to be killed (for AtomicFileTest). */
public final class AtomicFileSignalMain {

    private AtomicFileSignalMain() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFile file = new AtomicFile(Path.of(args[0]));
        file.writer().write("x".repeat(1 << 20));
        file.writer().flush();
        System.out.println("writing " + file.temp());
        System.out.flush();
        Thread.sleep(60_000);
    }
}

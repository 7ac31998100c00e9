package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.io.LetterFiles;
import org.imrtoolkit.core.io.OutputTargets;

/**
 * A command's input files, found before any work: directories walked (an entry that cannot be
 * used is kept as a problem, and the walk goes on), the command's outputs checked against each
 * other and the inputs ({@link OutputTargets.Refused} before anything is read or written), and
 * the outputs left out of the files, so that a directory holding a previous run's output does not
 * read it back.
 *
 * @param files    the files to read, in order
 * @param problems the entries that could not be used, each reported by {@link #report}
 */
record Inputs(List<Path> files, List<LetterFiles.Problem> problems) {

    /** Letter files ({@code *.txt}, {@code *.pdf}) under the inputs. */
    static Inputs letters(List<Path> inputs, OutputTargets outputs) throws OutputTargets.Refused {
        return of(inputs, LetterFiles.walk(inputs, LetterFiles::isLetterFile), outputs);
    }

    /** Letter files and tables ({@code *.csv}, {@code *.tsv}) under the inputs. */
    static Inputs cases(List<Path> inputs, OutputTargets outputs) throws OutputTargets.Refused {
        return of(inputs, CaseInputs.walk(inputs), outputs);
    }

    /**
     * An output may not be an input named on the command line, nor a letter a directory holds
     * (either would be destroyed); a table a directory holds that is one of the outputs is the
     * previous run's output, and is left out rather than read back.
     */
    private static Inputs of(List<Path> inputs, LetterFiles.Walk walk, OutputTargets outputs)
            throws OutputTargets.Refused {
        List<Path> mustNotBeOutputs = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                mustNotBeOutputs.add(input);
            }
        }
        walk.files().stream().filter(LetterFiles::isLetterFile).forEach(mustNotBeOutputs::add);
        outputs.check(mustNotBeOutputs);
        return new Inputs(outputs.withoutOutputs(walk.files()), walk.problems());
    }

    /** Each bad entry as a skipped input: named, with its reason, and counted. */
    void report(Rejections rejections) throws IOException {
        for (LetterFiles.Problem p : problems) {
            rejections.add(new Rejection(p.path().toString(), p.reason()));
        }
    }
}

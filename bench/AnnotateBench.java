import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.nlp.Lemmatization;
import org.imrtoolkit.core.nlp.TextAnnotator;

/**
 * Letters/s of parsing and of annotating case summaries, per lemmatization and thread count.
 * Usage: java -cp 'cli/target/lib/*' bench/AnnotateBench.java LETTER_DIR COPIES THREADS...
 */
public class AnnotateBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".pdf")).sorted().toList();
        }
        LetterReader reader = new LetterReader();
        List<Letter> letters = new ArrayList<>();
        for (Path f : files) {
            letters.add(reader.read(f));
        }
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (Letter l : letters) {
                summaries.add(l.summary());
            }
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < copies; i++) {
            for (Path f : files) {
                reader.read(f);
            }
        }
        report("parse", 1, summaries.size(), t0);
        for (Lemmatization lem : Lemmatization.values()) {
            TextAnnotator annotator = new TextAnnotator(lem);
            for (String s : summaries.subList(0, Math.min(50, summaries.size()))) {
                annotator.annotate(s); // warm up
            }
            for (int a = 2; a < args.length; a++) {
                int threads = Integer.parseInt(args[a]);
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long start = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (String s : summaries) {
                    futures.add(pool.submit(() -> annotator.annotate(s)));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                report("annotate " + lem, threads, summaries.size(), start);
                pool.shutdown();
            }
        }
    }

    static void report(String what, int threads, int n, long start) {
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-20s threads=%d letters=%d seconds=%.2f letters/s=%.1f%n", what, threads, n, s, n / s);
    }
}

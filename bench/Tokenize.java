import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/** The reference: CoreNLP's bare tokenize+ssplit over whole letter files. Usage: Tokenize DIR THREADS */
public class Tokenize {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        int threads = Integer.parseInt(args[1]);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = files.stream().map(f -> pool.submit(() -> {
            pipeline.annotate(new Annotation(Files.readString(f)));
            return null;
        })).<Future<?>>map(x -> x).toList();
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("tokenize+ssplit: %d letters in %.2f s = %.1f letters/s on %d threads%n", files.size(), seconds,
                files.size() / seconds, threads);
        pool.shutdown();
    }
}

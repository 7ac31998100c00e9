package org.imrtoolkit.features.lexical;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lexical terms a model knows, each with its index and document frequency, fitted on training
 * cases: a term enters when at least {@code minDocumentFrequency} cases use it. Terms are sorted, so
 * the same training cases always give the same indices. Immutable.
 */
public final class Vocabulary {

    private final List<String> terms;
    private final List<Integer> documentFrequency;
    private final int documents;
    private final Map<String, Integer> index;

    /**
     * @param terms             the known terms, in index order
     * @param documentFrequency how many training cases used each term, in index order
     * @param documents         how many cases the vocabulary was fitted on
     */
    public Vocabulary(List<String> terms, List<Integer> documentFrequency, int documents) {
        if (terms.size() != documentFrequency.size()) {
            throw new IllegalArgumentException("one document frequency per term");
        }
        this.terms = List.copyOf(terms);
        this.documentFrequency = List.copyOf(documentFrequency);
        this.documents = documents;
        Map<String, Integer> idx = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            if (idx.put(terms.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate term " + terms.get(i));
            }
        }
        this.index = Map.copyOf(idx);
    }

    public static Vocabulary fit(Collection<List<String>> documents, int minDocumentFrequency) {
        if (minDocumentFrequency < 1) {
            throw new IllegalArgumentException("minimum document frequency is at least 1: " + minDocumentFrequency);
        }
        Map<String, Integer> df = new TreeMap<>();
        for (List<String> doc : documents) {
            for (String term : new HashSet<>(doc)) {
                df.merge(term, 1, Integer::sum);
            }
        }
        List<String> terms = new ArrayList<>();
        List<Integer> freq = new ArrayList<>();
        df.forEach((term, n) -> {
            if (n >= minDocumentFrequency) {
                terms.add(term);
                freq.add(n);
            }
        });
        return new Vocabulary(terms, freq, documents.size());
    }

    public List<String> terms() {
        return terms;
    }

    public List<Integer> documentFrequency() {
        return documentFrequency;
    }

    public int documents() {
        return documents;
    }

    public int size() {
        return terms.size();
    }

    /** The term's index, or -1 when the vocabulary does not know it. */
    public int indexOf(String term) {
        return index.getOrDefault(term, -1);
    }

    /** Term counts of a document over this vocabulary, by index; unknown terms are dropped. */
    public Map<Integer, Integer> counts(List<String> document) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String term : document) {
            Integer i = index.get(term);
            if (i != null) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        return counts;
    }
}

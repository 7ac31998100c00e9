package org.imrtoolkit.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.util.CoreMap;

/**
 * Annotates text with Stanford CoreNLP. The pipeline is built once per instance (loading the
 * tagger model takes seconds) and is safe to share between threads: CoreNLP's annotators keep no
 * per-document state, and the one stateful helper, {@link Morphology}, is kept per thread.
 *
 * <p>Why these annotators: {@code tokenize,ssplit} give sentences and character offsets; the
 * features need lemmas of clinical nouns and verbs, which CoreNLP's morphological analyser finds
 * without a part-of-speech tag. Measured here on the case summaries of the 129 shared letters
 * (x3, {@code bench/annotate.sh}, 2 cores): untagged lemmas 824 letters/s on one thread and 1,300
 * on two; with {@code pos,lemma} 61 and 137. So the default is {@link Lemmatization#UNTAGGED};
 * {@link Lemmatization#TAGGED} is there for anyone who wants CoreNLP's exact lemmas and can pay
 * thirteen times the time. Numbers are read from digits and from number words with CoreNLP's
 * {@link NumberNormalizer}, which needs no tagger either.
 */
public final class TextAnnotator {

    private final StanfordCoreNLP pipeline;
    private final Lemmatization lemmatization;
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

    public TextAnnotator() {
        this(Lemmatization.UNTAGGED);
    }

    public TextAnnotator(Lemmatization lemmatization) {
        this.lemmatization = lemmatization;
        Properties props = new Properties();
        props.setProperty("annotators",
                lemmatization == Lemmatization.TAGGED ? "tokenize,ssplit,pos,lemma" : "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "invertible=false");
        // Letters have no meaningful line breaks (the PDF layout put them there).
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.pipeline = new StanfordCoreNLP(props);
    }

    public Lemmatization lemmatization() {
        return lemmatization;
    }

    /**
     * The most text annotated at once: twice a letter's limit ({@code LetterReader.DEFAULT_MAX_CHARS});
     * CoreNLP takes some 300 bytes of memory per character, so a 4.6 MB text needed 1.4 GB.
     */
    public static final int MAX_CHARS = 2 * org.imrtoolkit.core.io.LetterReader.DEFAULT_MAX_CHARS;

    /**
     * Annotates one text; checks the thread's {@link org.imrtoolkit.core.budget.TimeBudget} before and
     * after CoreNLP and between sentences.
     *
     * @throws org.imrtoolkit.core.io.InputLimitException when the text is over {@link #MAX_CHARS}
     */
    public AnnotatedText annotate(String text) {
        return annotate(text, true);
    }

    /**
     * The text's sentences only, each with no tokens: CoreNLP's tokenize and ssplit, the same
     * sentences as {@link #annotate}, without the lemmas and numbers of each token, for rules that
     * read sentences and never tokens. Checks the time budget and the size limit as {@link #annotate}.
     */
    public AnnotatedText split(String text) {
        return annotate(text, false);
    }

    private AnnotatedText annotate(String text, boolean withTokens) {
        if (text.length() > MAX_CHARS) {
            throw new org.imrtoolkit.core.io.InputLimitException(String.format(Locale.ROOT,
                    "the text is %,d characters, over the %,d-character limit for annotating one case",
                    text.length(), MAX_CHARS));
        }
        org.imrtoolkit.core.budget.TimeBudget.checkCurrent();
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        org.imrtoolkit.core.budget.TimeBudget.checkCurrent();
        List<Sentence> sentences = new ArrayList<>();
        Morphology morph = morphology.get();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            org.imrtoolkit.core.budget.TimeBudget.checkCurrent();
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : withTokens ? sentence.get(CoreAnnotations.TokensAnnotation.class) : List.<CoreLabel>of()) {
                String word = label.word();
                String lemma = lemmatization == Lemmatization.TAGGED ? label.lemma() : untaggedLemma(word, morph);
                tokens.add(new Token(word, label.beginPosition(), label.endPosition(),
                        (lemma == null ? word : lemma).toLowerCase(Locale.ROOT), number(word)));
            }
            sentences.add(new Sentence(sentences.size(),
                    sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens));
        }
        return new AnnotatedText(text, sentences);
    }

    /**
     * Without a tag the analyser guesses, and for clinical text it guesses wrong on words that are
     * not inflected: "no" -> "know", "left" -> "leave", "MRI" -> "mrus", "myalgia" -> "myalgium"
     * (measured on the 129 shared letters). So only words with an inflectional ending go through it,
     * and acronyms never do; every other word is its own lemma.
     */
    static String untaggedLemma(String word, Morphology morph) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (isAcronym(word) || !INFLECTED.matcher(lower).matches()) {
            return lower;
        }
        String stem = morph.stem(lower);
        return stem == null || stem.isEmpty() ? lower : stem;
    }

    private static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /** Plural and verb endings, but not "-ss", "-us", "-is" ("process", "status", "diagnosis"). */
    private static final java.util.regex.Pattern INFLECTED =
            java.util.regex.Pattern.compile("[a-z]+(?:(?<![su]|i)s|ed|ing)");

    /** "12" -> 12, "twelve" -> 12, "2.5" -> 2.5, "twenty-four" -> 24; anything else -> null. */
    static Double number(String word) {
        if (word.isEmpty()) {
            return null;
        }
        char first = word.charAt(0);
        boolean digits = Character.isDigit(first);
        if (!digits && !NUMBER_WORD.matcher(word).matches()) {
            return null; // wordToNumber is slow on words that are plainly no number
        }
        if (digits && !DIGITS.matcher(word).matches()) {
            return null; // "2x6", "C5-6", "7-24-10" are not one number
        }
        try {
            Number n = NumberNormalizer.wordToNumber(word.toLowerCase(Locale.ROOT));
            return n == null ? null : n.doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern DIGITS =
            java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile(
            "(?i)(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                    + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
                    + "|eighty|ninety|hundred|thousand|dozen)(-(one|two|three|four|five|six|seven|eight|nine))?");
}

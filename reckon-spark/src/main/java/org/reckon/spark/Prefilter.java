package org.reckon.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cheap test run before the heavy annotators: a report that contains none of the casualty
 * phrases of core's {@code triggers.tsv} cannot yield a claim, because every claim needs a
 * trigger, so it is skipped. The phrases are read from the same resource the extractor reads,
 * so the two cannot drift apart.
 */
public final class Prefilter implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TRIGGERS = "/org/reckon/lexicon/triggers.tsv";

    private final Pattern pattern;

    Prefilter(List<String> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("a prefilter needs at least one phrase, got none");
        }
        // Longest first so that alternation prefers whole phrases; matching is on word edges,
        // as the extractor matches lowercased tokens.
        String alternatives = phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The prefilter over reckon-core's casualty lexicon. */
    public static Prefilter fromLexicon() {
        InputStream in = Prefilter.class.getResourceAsStream(TRIGGERS);
        if (in == null) {
            throw new IllegalStateException("reckon-core's " + TRIGGERS + " is not on the classpath");
        }
        List<String> phrases = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                phrases.add(line.split("\t", 2)[0].strip().toLowerCase());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Prefilter(phrases);
    }

    /** False when the text holds no casualty phrase, so extraction cannot find a claim in it. */
    public boolean mayHaveClaims(String text) {
        return pattern.matcher(text).find();
    }
}

package org.reckon.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.reckon.figures.DigitGroups;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CoreNLP cascade: a cheap tokenize+ssplit pipeline for every report and a heavier
 * pos+ner+depparse pipeline applied only to the sentences a later stage asks for. Both pipelines are
 * loaded once per process ({@link #shared()}) and are safe to call from several threads.
 */
public final class Nlp {
    private static final String TOKENIZER_OPTIONS =
            "splitHyphenated=false,invertible=true,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false";

    private static volatile Nlp shared;

    private final StanfordCoreNLP segmenterByLine;
    private final StanfordCoreNLP segmenterByParagraph;
    private final OnDemand<StanfordCoreNLP> tagger = new OnDemand<>(() -> pipeline("pos,lemma", new Properties()));
    private final OnDemand<StanfordCoreNLP> recogniser = new OnDemand<>(Nlp::recogniserPipeline);
    private final OnDemand<DependencyParser> parser = new OnDemand<>(Nlp::loadParser);
    private final LongAdder tagged = new LongAdder();
    private final LongAdder parsed = new LongAdder();
    private final LongAdder recognised = new LongAdder();

    private Nlp() {
        segmenterByLine = segmenter("always");
        segmenterByParagraph = segmenter("two");
    }

    /** The process-wide instance; the segmenter loads at once, the NER models on first use. */
    public static Nlp shared() {
        Nlp local = shared;
        if (local == null) {
            synchronized (Nlp.class) {
                local = shared;
                if (local == null) {
                    shared = local = new Nlp();
                }
            }
        }
        return local;
    }

    private static StanfordCoreNLP segmenter(String newlineRule) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", TOKENIZER_OPTIONS);
        p.setProperty("ssplit.newlineIsSentenceBreak", newlineRule);
        return new StanfordCoreNLP(p, false);
    }

    private static StanfordCoreNLP recogniserPipeline() {
        Properties p = new Properties();
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return pipeline("ner", p);
    }

    /**
     * The parser keeps the hidden-layer products of words outside its precomputed list in a cache of
     * 5,000 by default; on conflict reporting most of them fall out before they are met again, and
     * recomputing them was over half the parse time. 100,000 (about 100 MB) keeps them, with the same
     * parses, since a cached product is the one the parser would compute.
     */
    private static DependencyParser loadParser() {
        Properties p = new Properties();
        p.setProperty("numCached", "100000");
        return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, p);
    }

    private static StanfordCoreNLP pipeline(String annotators, Properties p) {
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(p, false);
    }

    /**
     * Splits a text into sentences. Tokens of a number written in spaced digit groups read as
     * one number ("38 250" is the token "38,250"); sentence texts are the text as given. Hard-wrapped text (short lines inside paragraphs) is split
     * on blank lines only; otherwise every line break ends a sentence, so headlines and
     * datelines stand alone.
     */
    public List<Sentence> segment(String text) {
        StanfordCoreNLP pipeline = looksHardWrapped(text) ? segmenterByParagraph : segmenterByLine;
        String tokenText = joinBrokenLines(DigitGroups.join(text));
        Annotation doc = new Annotation(tokenText);
        pipeline.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(t.originalText(), t.beginPosition(), t.endPosition()));
            }
            tokens = joinHyphenated(tokenText, tokens);
            if (tokens.isEmpty()) {
                continue;
            }
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), tokens));
        }
        return out;
    }

    /**
     * Adds part-of-speech tags and lemmas to one sentence's tokens, and its NER tags (PERSON,
     * ORGANIZATION, LOCATION or O) and enhanced++ dependencies, each run when a stage first asks
     * for them: they cost far more than the tagger, and many sentences never need them. The
     * annotators run on the sentence's own tokens, so tags and parse nodes line up with the
     * indices the stages use.
     */
    public Sentence tag(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            labels.add(label(sentence.token(i), i));
        }
        CoreMap annotated = new ArrayCoreMap();
        annotated.set(CoreAnnotations.TokensAnnotation.class, labels);
        annotated.set(CoreAnnotations.TextAnnotation.class, sentence.text());
        annotated.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        annotated.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        annotated.set(CoreAnnotations.TokenEndAnnotation.class, labels.size());
        annotated.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.begin());
        annotated.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.end());
        Annotation doc = new Annotation(sentence.text());
        doc.set(CoreAnnotations.TokensAnnotation.class, labels);
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(annotated));
        tagger.get().annotate(doc);
        tagged.increment();
        List<Token> tags = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            CoreLabel l = labels.get(i);
            tags.add(sentence.token(i).withTags(l.tag(), l.lemma()));
        }
        return sentence.withTags(tags, Entities.onDemand(() -> recognise(doc, labels)), Dependencies.onDemand(() -> parse(annotated)));
    }

    private List<String> recognise(Annotation doc, List<CoreLabel> labels) {
        recogniser.get().annotate(doc);
        recognised.increment();
        List<String> out = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            out.add(l.ner() == null ? "O" : l.ner());
        }
        return out;
    }

    /**
     * Builds the enhanced++ graph alone: CoreNLP's depparse annotator also builds four other graphs
     * from the same parse, which no stage reads and which took about a sixth of the parse time.
     */
    private SemanticGraph parse(CoreMap sentence) {
        GrammaticalStructure structure = parser.get().predict(sentence);
        parsed.increment();
        return SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
    }

    /**
     * "of 300 tagged sentences, 120 parsed (40%) and 90 through NER (30%)", since the process
     * started or the last reset.
     */
    public String parseShare() {
        long all = tagged.sum();
        return String.format("of %d tagged sentences, %d parsed (%.0f%%) and %d through NER (%.0f%%)", all, parsed.sum(),
                share(parsed.sum(), all), recognised.sum(), share(recognised.sum(), all));
    }

    /** Sentences parsed since the process started or the last reset. */
    public long parsedSentences() { return parsed.sum(); }

    /** Sentences run through NER since the process started or the last reset. */
    public long recognisedSentences() { return recognised.sum(); }

    private static double share(long part, long all) {
        return all == 0 ? 0.0 : 100.0 * part / all;
    }

    public void resetCounts() {
        tagged.reset();
        parsed.reset();
        recognised.reset();
    }

    private static CoreLabel label(Token t, int i) {
        CoreLabel l = new CoreLabel();
        String word = t.text().replace('\u00a0', ' ');
        l.setWord(word);
        l.setValue(word);
        l.setOriginalText(t.text());
        l.setBeginPosition(t.begin());
        l.setEndPosition(t.end());
        l.setIndex(i + 1);
        l.setSentIndex(0);
        l.set(CoreAnnotations.TokenBeginAnnotation.class, i);
        l.set(CoreAnnotations.TokenEndAnnotation.class, i + 1);
        return l;
    }

    /**
     * Rejoins words the tokenizer split at a hyphen with no space around it ("Seong-kweun",
     * "four-thousand-100", "10-12,000"), so names and compound numbers stay whole.
     */
    static List<Token> joinHyphenated(String text, List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            int n = out.size();
            boolean hyphen = t.text().equals("-") || t.text().equals("–");
            if (n > 0 && !hyphen && n >= 2 && isJoiner(out.get(n - 1)) && out.get(n - 1).begin() == out.get(n - 2).end()
                    && t.begin() == out.get(n - 1).end() && !isJoiner(out.get(n - 2))) {
                Token first = out.remove(n - 2);
                out.remove(n - 2);
                out.add(new Token(text.substring(first.begin(), t.end()), first.begin(), t.end()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isJoiner(Token t) {
        return t.text().equals("-") || t.text().equals("–");
    }

    private static final java.util.regex.Pattern BROKEN_LINE = java.util.regex.Pattern.compile("(?<=[\\p{L}\\d,])[ \t]*(?:\n[ \t]*)+(?=\\p{Ll})");

    /**
     * "in his briefing last\n\nmonth said": a line break before a lower-case word, after a word or comma, is
     * inside a sentence (a page's hard wrap or clutter), since no sentence starts in lower case. The breaks
     * become spaces, so offsets stay those of the text as given.
     */
    static String joinBrokenLines(String text) {
        java.util.regex.Matcher m = BROKEN_LINE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }

    /** "Social leaders killed: 173", "Deaths – 1 640": a label and its figure is a line of its own, never a wrapped one. */
    private static final java.util.regex.Pattern LABEL_LINE = java.util.regex.Pattern.compile(".*\\S\\s*[:–—]\\s*[\\p{L} ]{0,16}?[~≈]?\\d[\\d\\s\\u00A0\\u2009\\u202F,.'’]*");

    /** A line opened by a bullet or an item number starts an item of its own, never the rest of a wrapped line. */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("\\s*(?:" + Bullets.CLASS + "|\\d{1,2}[.)])\\s");

    static boolean looksHardWrapped(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 6) {
            return false;
        }
        int wrapped = 0;
        int nonEmpty = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            nonEmpty++;
            String next = lines[i + 1].strip();
            boolean continues = !next.isEmpty() && !LIST_ITEM.matcher(lines[i + 1]).lookingAt() && !Character.isUpperCase(next.codePointAt(0))
                    && line.length() > 40 && line.length() < 100
                    && !line.matches(".*[.!?:\"”’']$") && !LABEL_LINE.matcher(line).matches();
            if (continues) {
                wrapped++;
            }
        }
        return nonEmpty > 0 && wrapped * 3 > nonEmpty;
    }
}

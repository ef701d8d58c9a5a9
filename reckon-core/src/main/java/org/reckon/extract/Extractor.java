package org.reckon.extract;

import org.reckon.lexicon.Gazetteer;
import org.reckon.lexicon.Lexicon;
import org.reckon.model.Extraction;
import org.reckon.model.Report;
import org.reckon.nlp.Nlp;

import java.util.List;
import java.util.stream.Collectors;

/**
 * reckon's extractor: reads one report and returns its claims (spec CLAIMS.md). It is a chain
 * of small stages; one instance can be shared by any number of threads.
 */
public final class Extractor {
    /** Reports longer than this many characters are refused (documented limit). */
    public static final int MAX_REPORT_CHARS = 2_000_000;

    private final List<Stage> stages;
    /** Geocoding runs after the chain, on the finished claims (package org.reckon.places). */
    private static final org.reckon.places.ClaimPlaces PLACES = new org.reckon.places.ClaimPlaces(org.reckon.places.Geocoder.shared());

    public Extractor(Nlp nlp) {
        Lexicon lexicon = Lexicon.get();
        Gazetteer gazetteer = Gazetteer.get();
        Bindings bindings = new Bindings(org.reckon.lexicon.BindingPatterns.get());
        this.stages = List.of(
                new Segmenter(nlp),
                new DateLine(),
                new Acronyms(),
                new CandidateFilter(nlp, lexicon),
                new FigureReader(lexicon, gazetteer, bindings),
                new TallyLists(lexicon, gazetteer),
                new RestatedTolls(lexicon),
                new HarmCause(lexicon),
                new SideFromPhrase(lexicon, gazetteer, bindings),
                new Attributor(lexicon, gazetteer),
                new Dater(),
                new SideFromContext(gazetteer),
                new OwnLosses(),
                new SourceOwners(org.reckon.lexicon.SourceDescriptions.get()),
                new SourceForms(lexicon.words("spokespeople")),
                new Finisher(),
                new Statements(gazetteer, lexicon));
    }

    /** The process-wide extractor over the shared CoreNLP pipelines. */
    public static Extractor shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Extractor INSTANCE = new Extractor(Nlp.shared());
    }

    public Extraction extract(Report report) {
        return extract(report, TRACE ? Extractor::trace : (stage, draft) -> { });
    }

    /** RECKON_TRACE=1 prints every mention after every stage to stderr: which stage set what. */
    private static final boolean TRACE = System.getenv("RECKON_TRACE") != null;

    private static void trace(Stage stage, Draft d) {
        StringBuilder out = new StringBuilder("after ").append(stage.name()).append('\n');
        for (Mention m : d.mentions) {
            out.append(String.format("  s%d %s %s-%s party=%s%s%s%s agent=%s role=%s source=%s%n", m.sentence.index(), m.metric,
                    m.figure.low(), m.figure.high(), m.party, m.partyFromReport ? "(report)" : "", m.ownSide ? " own" : "",
                    m.enemy ? " enemy" : "", m.agent(), m.role, m.source.name()));
        }
        if (stage instanceof CandidateFilter) {
            d.candidates.values().forEach(s -> out.append("  parse s").append(s.index()).append(": ").append(s.parse()).append('\n'));
        }
        System.err.print(out);
    }

    /** Runs the chain and hands the draft to {@code afterStage} after every stage (for contract checks). */
    Extraction extract(Report report, java.util.function.BiConsumer<Stage, Draft> afterStage) {
        if (report.text().length() > MAX_REPORT_CHARS) {
            throw new ReportTooLargeException(report.id(), report.text().length());
        }
        Draft draft = new Draft(report);
        for (Stage stage : stages) {
            stage.apply(draft);
            afterStage.accept(stage, draft);
        }
        return new Extraction(report.id(), draft.published, PLACES.placed(report, draft.claims), draft.statements, draft.warnings);
    }

    /** The chain, printed: one stage name per arrow. */
    @Override
    public String toString() {
        return stages.stream().map(Stage::name).collect(Collectors.joining(" -> "));
    }

    /** A report over {@link #MAX_REPORT_CHARS}. */
    public static final class ReportTooLargeException extends IllegalArgumentException {
        public ReportTooLargeException(String id, int chars) {
            super("report " + id + " has " + chars + " characters, over the limit of " + MAX_REPORT_CHARS);
        }
    }
}

package org.reckon.extract;

import org.reckon.model.Claim;
import org.reckon.model.Report;
import org.reckon.nlp.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the stages know about one report while it is being read. */
public final class Draft {
    final Report report;
    LocalDate published;
    List<Sentence> sentences = List.of();
    /** Sentences worth the heavy annotators, by index, already tagged. */
    final Map<Integer, Sentence> candidates = new HashMap<>();
    /** Acronyms defined in the report ("National Intelligence Service (NIS)"), acronym to name. */
    final Map<String, String> acronyms = new HashMap<>();
    final List<Mention> mentions = new ArrayList<>();
    /** Sentences that are lines of a tally list under a casualty heading (from {@link TallyLists}). */
    final java.util.Set<Integer> listLines = new java.util.HashSet<>();
    final List<Claim> claims = new ArrayList<>();
    /** The source each sentence attributes its content to, by sentence index (from the Attributor). */
    final Map<Integer, org.reckon.model.Source> speakers = new HashMap<>();
    /** Per known body, the names of it the report writes, as the lexicon spells them (from the Attributor's scan). */
    final Map<org.reckon.lexicon.Gazetteer.KnownSource, List<String>> sourceNamesWritten = new HashMap<>();
    final List<org.reckon.model.Statement> statements = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** The country the report is about, where its dateline or its places say (from {@link SideFromContext}); null if neither does. */
    String country;

    Draft(Report report) {
        this.report = report;
        this.published = report.published();
    }

    public String text() { return report.text(); }

    public List<Claim> claims() { return claims; }
}

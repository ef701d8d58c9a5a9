package org.reckon.extract;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Start dates of the wars "since the start of the war" refers to, keyed by the party counted. */
final class WarStarts {
    private static final LocalDate RUSSIA_UKRAINE = LocalDate.of(2022, 2, 24);
    private static final LocalDate GAZA = LocalDate.of(2023, 10, 7);
    private static final LocalDate SUDAN = LocalDate.of(2023, 4, 15);
    private static final Map<String, LocalDate> BY_PARTY = Map.of(
            "Russia", RUSSIA_UKRAINE, "Ukraine", RUSSIA_UKRAINE, "North Korea", RUSSIA_UKRAINE,
            "Palestine", GAZA, "Israel", GAZA, "Hamas", GAZA,
            "Sudan", SUDAN, "Rapid Support Forces", SUDAN);
    private static final Set<String> WAR_WORDS = org.reckon.lexicon.Lexicon.get().words("war-words");

    private WarStarts() {}

    static LocalDate startFor(String party, String sentenceLower) {
        boolean mentionsWar = WAR_WORDS.stream().anyMatch(sentenceLower::contains);
        return party != null && mentionsWar ? BY_PARTY.get(party) : null;
    }
}

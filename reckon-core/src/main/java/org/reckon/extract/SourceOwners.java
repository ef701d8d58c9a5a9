package org.reckon.extract;

import org.reckon.lexicon.SourceDescriptions;
import org.reckon.model.Source;
import org.reckon.model.SourceKind;

import java.util.Map;

/**
 * A source that only describes a body or person ("officials", "the army", "security sources") and
 * names no owner speaks for the report's country: its dateline's, else the one whose places the
 * report names most (spec section 6: "the army" in a report about Mali is Mali's army); a health
 * authority speaks for the country whose dead it counts. Where the
 * report gives no country, the affiliation stays empty and the ledger keeps the source to its report.
 */
final class SourceOwners implements Stage {
    private final SourceDescriptions descriptions;

    SourceOwners(SourceDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    public void apply(Draft d) {
        for (Mention m : d.mentions) {
            m.source = owned(m.source, countsItsOwn(m) ? m.party : d.country);
        }
        for (Map.Entry<Integer, Source> e : d.speakers.entrySet()) {
            e.setValue(owned(e.getValue(), d.country));
        }
    }

    /**
     * "CAIRO - At least 40,005 Palestinians have been killed in Gaza, the health ministry said": a health
     * authority counts its own country's dead and wounded, whatever city the report is filed from.
     */
    private static boolean countsItsOwn(Mention m) {
        return m.source.kind() == SourceKind.HEALTH_AUTHORITY && m.party != null && !m.partyFromReport;
    }

    private Source owned(Source s, String country) {
        if (country == null || s.name() == null || s.affiliation() != null || descriptions.descriptionIn(s.name()).isEmpty()) {
            return s;
        }
        return new Source(s.name(), s.kind(), country, s.chain());
    }
}

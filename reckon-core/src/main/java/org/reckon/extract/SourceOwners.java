package org.reckon.extract;

import org.reckon.lexicon.SourceDescriptions;
import org.reckon.model.Source;

import java.util.Map;

/**
 * A source that only describes a body or person ("officials", "the army", "security sources") and
 * names no owner speaks for the report's country: its dateline's, else the one whose places the
 * report names most (spec section 6: "the army" in a report about Mali is Mali's army). Where the
 * report gives no country, the affiliation stays empty and the ledger keeps the source to its report.
 */
final class SourceOwners implements Stage {
    private final SourceDescriptions descriptions;

    SourceOwners(SourceDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    public void apply(Draft d) {
        if (d.country == null) {
            return;
        }
        for (Mention m : d.mentions) {
            m.source = owned(m.source, d.country);
        }
        for (Map.Entry<Integer, Source> e : d.speakers.entrySet()) {
            e.setValue(owned(e.getValue(), d.country));
        }
    }

    private Source owned(Source s, String country) {
        if (s.name() == null || s.affiliation() != null || descriptions.descriptionIn(s.name()).isEmpty()) {
            return s;
        }
        return new Source(s.name(), s.kind(), country, s.chain());
    }
}

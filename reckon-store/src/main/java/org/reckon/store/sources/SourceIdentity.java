package org.reckon.store.sources;

import org.reckon.lexicon.Gazetteer;
import org.reckon.lexicon.SourceDescriptions;

import java.util.Optional;

/**
 * The name the ledger files a source under. A proper name ("National Intelligence Service", "Lee
 * Seong-kweun") is its own name, and a body the lexicon knows is filed under the lexicon's name
 * whichever of its forms the report wrote ("Russian Defense Ministry", "Ministry of Defence of the
 * Russian Federation"). A description ("officials", "the army", "Ukraine's special operations
 * forces") is nobody without its owner, so it is filed as the description and the owner together,
 * "officials (Ukraine)": officials of two countries stay two voices, and "Israeli officials" and
 * officials in a Jerusalem-datelined report are one. A description whose owner neither the sentence nor
 * the report gives is kept to its report (syndicated copies share the original's), never pooled with
 * strangers' "officials".
 */
public final class SourceIdentity {
    private SourceIdentity() {}

    /** The ledger's name for a source, or null for a figure given on the report's own authority. */
    public static String ledgerName(String name, String affiliation, long reportGroup) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<Gazetteer.KnownSource> known = Gazetteer.get().knownSource(name);
        if (known.isPresent()) {
            return known.get().name();
        }
        Optional<String> description = SourceDescriptions.get().descriptionIn(name);
        if (description.isEmpty()) {
            return name.strip();
        }
        String owner = affiliation == null || affiliation.isBlank() ? "owner not given, report " + reportGroup : affiliation.strip();
        return description.get() + " (" + owner + ")";
    }

    /** Whether a ledger name needs the report it came from: a description with no owner. */
    public static boolean needsReport(String name, String affiliation) {
        return (affiliation == null || affiliation.isBlank()) && SourceDescriptions.get().descriptionIn(name).isPresent();
    }
}

package org.reckon.places;

import java.util.Set;

/**
 * What a report says about where it is, for choosing among places of one name: the country of its
 * dateline, the countries it names, and the country of the claim's party.
 */
public record GeoContext(String datelineIso, Set<String> reportIsos, String partyIso) {
    public static final GeoContext NONE = new GeoContext(null, Set.of(), null);

    public GeoContext {
        reportIsos = Set.copyOf(reportIsos);
    }

    public GeoContext withParty(String iso) {
        return new GeoContext(datelineIso, reportIsos, iso);
    }
}

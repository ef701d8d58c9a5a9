package org.reckon.places;

import java.util.Locale;

/** How finely a claim's place is known: a named town, a first-level area (oblast, governorate), or only the country. */
public enum Precision {
    PLACE(1), ADMIN1(4), COUNTRY(6);

    private final int gedWherePrec;

    Precision(int gedWherePrec) {
        this.gedWherePrec = gedWherePrec;
    }

    /**
     * UCDP GED's where_prec: 1 the exact place, 4 a first-order administrative division, 6 only the country.
     * reckon never writes 2 (within 25 km), 3 (second-order division), 5 (a region between) or 7 (waters).
     */
    public int gedWherePrec() { return gedWherePrec; }

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Precision fromWire(String s) {
        for (Precision p : values()) {
            if (p.wire().equals(s)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown place precision '" + s + "' (place, admin1 or country)");
    }
}

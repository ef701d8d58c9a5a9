package org.reckon.store.query;

import org.reckon.places.Distance;
import org.reckon.places.Place;

import java.util.Locale;

/**
 * Which claims by place; every field may be null. {@code country} and {@code admin1} match the place's
 * names (any case); {@code near} with {@code km} keeps claims placed within that great-circle distance.
 */
public record PlaceFilter(String country, String admin1, Place near, Double km) {
    public static final PlaceFilter ANY = new PlaceFilter(null, null, null, null);

    public PlaceFilter {
        if (near != null && (km == null || km <= 0 || km > 20_000)) {
            throw new IllegalArgumentException("a distance from a place needs --km between 0 and 20000, got " + km);
        }
    }

    public boolean any() {
        return country != null || admin1 != null || near != null;
    }

    /** Whether a claim's place passes (claims without a place pass only when nothing is asked). */
    public boolean keeps(Place p) {
        if (!any()) {
            return true;
        }
        if (p == null) {
            return false;
        }
        if (country != null && !country.equalsIgnoreCase(p.country())) {
            return false;
        }
        if (admin1 != null && (p.admin1() == null || !p.admin1().toLowerCase(Locale.ROOT).contains(admin1.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return near == null || Distance.km(near.lat(), near.lon(), p.lat(), p.lon()) <= km;
    }
}

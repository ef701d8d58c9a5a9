package org.reckon.store.query;

import org.reckon.places.Distance;
import org.reckon.places.GeoContext;
import org.reckon.places.Geocoder;
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
            throw new IllegalArgumentException("km: expected a distance between 0 and 20000 kilometres, got " + km);
        }
    }

    /** Kilometres around a {@code near} place when none are given. */
    public static final double DEFAULT_KM = 50;

    /**
     * The filter a user asks for by names: {@code near} a place the gazetteer knows, {@code country} in any
     * form ("DPRK", "ukraine"), {@code admin1} part of an area's name. A name the gazetteer lacks is refused.
     */
    public static PlaceFilter of(String near, Double km, String country, String admin1) {
        Geocoder geocoder = Geocoder.shared();
        Place center = null;
        if (near != null && !near.isBlank()) {
            center = geocoder.locate(near, GeoContext.NONE).orElseThrow(
                    () -> new IllegalArgumentException("near: no place named '" + near.strip() + "' in the gazetteer"));
        } else if (km != null) {
            throw new IllegalArgumentException("km: a distance needs a place to measure from (near)");
        }
        String countryName = null;
        if (country != null && !country.isBlank()) {
            String iso = geocoder.index().isoOf(country.strip());
            if (iso == null) {
                throw new IllegalArgumentException("country: no country named '" + country.strip() + "' in the gazetteer");
            }
            countryName = geocoder.index().countryName(iso);
        }
        String area = admin1 == null || admin1.isBlank() ? null : admin1.strip();
        return new PlaceFilter(countryName, area, center, center == null ? null : km == null ? DEFAULT_KM : km);
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

package org.reckon.places;

import java.util.Objects;

/**
 * Where a claim is placed on the map: the gazetteer's name for it, its GeoNames id (towns only), the
 * first-level administrative area and country it lies in, its coordinates, and how finely it is known.
 */
public record Place(String name, Long geonamesId, String admin1, String country, double lat, double lon, Precision precision) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(precision, "precision");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
    }

    /** Great-circle distance in kilometres. */
    public double kmTo(double otherLat, double otherLon) {
        return Distance.km(lat, lon, otherLat, otherLon);
    }
}

package org.reckon.places;

import org.reckon.model.Claim;
import org.reckon.model.Report;

import java.util.ArrayList;
import java.util.List;

/** The step after extraction: each claim gets its place, read from its location as written, its sentence and its report. */
public final class ClaimPlaces {
    private final Geocoder geocoder;

    public ClaimPlaces(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    public List<Claim> placed(Report report, List<Claim> claims) {
        if (claims.isEmpty()) {
            return claims;
        }
        GeoContext context = geocoder.context(report.text());
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            GeoContext forClaim = geocoder.forParty(context, c.party());
            out.add(c.withPlace(geocoder.geocode(c.location(), c.evidence().text(), forClaim).orElse(null)));
        }
        return out;
    }
}

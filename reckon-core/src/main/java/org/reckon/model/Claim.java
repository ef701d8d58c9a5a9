package org.reckon.model;

import org.reckon.places.Place;

import java.time.LocalDate;
import java.util.Objects;

/** One attributed figure from one report (spec section 2). */
public record Claim(
        Metric metric,
        String party,
        Role role,
        String subject,
        Long low,
        Long high,
        Qualifier qualifier,
        Scope scope,
        LocalDate claimedOn,
        String location,
        Source source,
        Stance stance,
        Evidence evidence,
        double confidence,
        Place place) {

    public Claim {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(evidence, "evidence");
        if (low != null && high != null && high < low) {
            throw new IllegalArgumentException("high " + high + " below low " + low);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " outside 0..1");
        }
    }

    /** A claim not yet placed on the map ({@code place} is set after extraction, by the geocoder). */
    public Claim(Metric metric, String party, Role role, String subject, Long low, Long high, Qualifier qualifier,
                 Scope scope, LocalDate claimedOn, String location, Source source, Stance stance, Evidence evidence,
                 double confidence) {
        this(metric, party, role, subject, low, high, qualifier, scope, claimedOn, location, source, stance, evidence,
                confidence, null);
    }

    public Claim withPlace(Place where) {
        return new Claim(metric, party, role, subject, low, high, qualifier, scope, claimedOn, location, source, stance,
                evidence, confidence, where);
    }

    /** The number scored by the spec: low if present, else high; null for vague figures. */
    public Long number() {
        if (qualifier == Qualifier.VAGUE) {
            return null;
        }
        return low != null ? low : high;
    }
}

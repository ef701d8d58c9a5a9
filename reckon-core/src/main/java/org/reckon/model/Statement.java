package org.reckon.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sentence in which a source asserts something, figure or not (an addition to the claims
 * contract): who said it (resolved as for claims, chain included), the side it is about, when
 * it was said, and the sentence with its offsets in the report text.
 */
public record Statement(Source source, String party, LocalDate claimedOn, Evidence evidence) {
    public Statement {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        if (source.name() == null) {
            throw new IllegalArgumentException("a statement needs a named or described source");
        }
    }
}

package org.reckon.eval;

import org.reckon.model.Metric;
import org.reckon.model.Qualifier;

import java.util.List;

/** An annotated claim (spec section 8): acceptable parties and source names, bounds, optional flag. */
public record GoldClaim(Metric metric, List<String> parties, Long low, Long high, Qualifier qualifier,
                        List<String> sources, boolean optional, String evidence) {
    public GoldClaim {
        parties = List.copyOf(parties);
        sources = List.copyOf(sources);
    }

    public Long number() {
        if (qualifier == Qualifier.VAGUE) {
            return null;
        }
        return low != null ? low : high;
    }
}

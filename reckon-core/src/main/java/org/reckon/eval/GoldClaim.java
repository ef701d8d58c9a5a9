package org.reckon.eval;

import org.reckon.model.Metric;
import org.reckon.model.Qualifier;

import java.util.List;

/**
 * An annotated claim (spec section 8): acceptable metrics (one, or several where the text allows
 * either), acceptable parties and source names, bounds, optional flag.
 */
public record GoldClaim(List<Metric> metrics, List<String> parties, Long low, Long high, Qualifier qualifier,
                        List<String> sources, boolean optional, String evidence) {
    public GoldClaim {
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("a gold claim needs a metric");
        }
        metrics = List.copyOf(metrics);
        parties = List.copyOf(parties);
        sources = List.copyOf(sources);
    }

    public GoldClaim(Metric metric, List<String> parties, Long low, Long high, Qualifier qualifier,
                     List<String> sources, boolean optional, String evidence) {
        this(List.of(metric), parties, low, high, qualifier, sources, optional, evidence);
    }

    /** The metric a key is filed under when no system claim matched: the first acceptable one. */
    public Metric metric() {
        return metrics.get(0);
    }

    public boolean accepts(Metric m) {
        return metrics.contains(m);
    }

    public Long number() {
        if (qualifier == Qualifier.VAGUE) {
            return null;
        }
        return low != null ? low : high;
    }
}

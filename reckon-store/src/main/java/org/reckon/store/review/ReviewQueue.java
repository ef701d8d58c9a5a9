package org.reckon.store.review;

import org.reckon.store.Ledger;
import org.reckon.store.query.ClaimFilter;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a reviewer should look at first: unreviewed claims with a reason to doubt them (low
 * confidence, no source, no party, or a figure more than {@link #FAR} times above or below the
 * median of the other sources' figures for the same party, metric and role), the most doubtful
 * first, then the least confident.
 */
public final class ReviewQueue {
    /** Confidence below which the extractor's reading is worth a look. */
    public static final double LOW_CONFIDENCE = 0.6;
    /** How many times above or below the other voices' median a figure must be to be called far from them. */
    public static final long FAR = 10;

    /** One claim to review and why. */
    public record Item(ClaimRow claim, List<String> reasons) {}

    private final Ledger ledger;

    public ReviewQueue(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Up to {@code limit} claims to review, restricted to a party when one is given. */
    public List<Item> next(int limit, String party) throws SQLException {
        List<ClaimRow> counted = new ClaimQuery(ledger).find(new ClaimFilter(party, null, null, null, null, List.of()), 0);
        Map<String, List<ClaimRow>> byQuantity = new HashMap<>();
        for (ClaimRow c : counted) {
            if (c.best() != null && c.source() != null && c.party() != null) {
                byQuantity.computeIfAbsent(quantity(c), k -> new ArrayList<>()).add(c);
            }
        }
        List<Item> out = new ArrayList<>();
        for (ClaimRow c : counted) {
            if (!"unreviewed".equals(c.review())) {
                continue;
            }
            List<String> reasons = reasons(c, byQuantity.getOrDefault(quantity(c), List.of()));
            if (!reasons.isEmpty()) {
                out.add(new Item(c, reasons));
            }
        }
        out.sort(Comparator.comparingInt((Item i) -> -i.reasons().size())
                .thenComparingDouble(i -> i.claim().confidence()).thenComparingLong(i -> i.claim().id()));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static List<String> reasons(ClaimRow c, List<ClaimRow> sameQuantity) {
        List<String> reasons = new ArrayList<>();
        if (c.confidence() < LOW_CONFIDENCE) {
            reasons.add(String.format(Locale.ROOT, "low confidence (%.2f)", c.confidence()));
        }
        if (c.source() == null) {
            reasons.add("no source");
        }
        if (c.party() == null) {
            reasons.add("no party");
        }
        Long median = medianOfOthers(c, sameQuantity);
        if (c.best() != null && median != null && median > 0
                && (c.best() > median * FAR || c.best() * FAR < median)) {
            reasons.add("far from the other voices: " + c.best() + " against their median of " + median);
        }
        return reasons;
    }

    private static Long medianOfOthers(ClaimRow c, List<ClaimRow> sameQuantity) {
        List<Long> others = sameQuantity.stream()
                .filter(o -> !Objects.equals(lower(o.source()), lower(c.source())))
                .map(ClaimRow::best).sorted().toList();
        return others.isEmpty() ? null : others.get(others.size() / 2);
    }

    private static String quantity(ClaimRow c) {
        return lower(c.party()) + "|" + c.metric() + "|" + c.role();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}

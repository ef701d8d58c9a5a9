package org.reckon.store.reconcile;

import org.reckon.model.Claim;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breakdowns reach their metric: in "about 2,400 casualties, including roughly 650 killed" the
 * 650 is a killed figure of the same source, party and date as the 2,400. Applied to a report's
 * claims before they are stored (by the ledger and by the Spark job alike): a claim of the
 * breakdown's figure in the same sentence, same source and date, filed under another metric, is
 * filed under the breakdown's metric; when the extractor gave no claim for it, one is added after
 * the report's own claims, with the sentence, source, party, role, span and date of the total.
 *
 * <p>Combined figures stay apart: "300 soldiers were killed or wounded" counts casualties, so a
 * killed or wounded claim of that figure is filed under casualties and never sits beside killed
 * figures.
 */
public final class Breakdowns {
    private static final String NUMBER = "([0-9][0-9,]*)";
    private static final Pattern INCLUDING = Pattern.compile("\\b" + NUMBER + "\\s+(?:casualties|losses)\\b,?\\s+"
            + "(?:including|among them|of whom|of them)\\s+"
            + "(about|around|roughly|some|nearly|almost|approximately|at least|more than|over|up to)?\\s*" + NUMBER
            + "\\s+(?:(?:were|people|soldiers|troops|civilians|of them)\\s+)?(killed|dead|deaths|fatalities|wounded|injured)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COMBINED = Pattern.compile("\\b" + NUMBER + "\\s+(?:[\\p{L}'-]+\\s+){0,3}?"
            + "(?:(?:were|have been|had been|was)\\s+)?(?:killed|dead)\\s+(?:or|and)\\s+(?:wounded|injured)\\b",
            Pattern.CASE_INSENSITIVE);

    private Breakdowns() {}

    /** The claims with each breakdown filed under its metric and each combined figure under casualties. */
    public static List<Claim> apply(List<Claim> claims) {
        return breakdowns(combined(claims));
    }

    private static List<Claim> combined(List<Claim> claims) {
        List<Claim> out = null;
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if ((c.metric() != Metric.KILLED && c.metric() != Metric.WOUNDED) || c.number() == null) {
                continue;
            }
            Matcher m = COMBINED.matcher(c.evidence().text());
            while (m.find()) {
                Long n = parse(m.group(1));
                if (n != null && n.equals(c.number())) {
                    if (out == null) {
                        out = new ArrayList<>(claims);
                    }
                    out.set(i, withMetric(c, Metric.CASUALTIES));
                    break;
                }
            }
        }
        return out == null ? claims : List.copyOf(out);
    }

    private static List<Claim> breakdowns(List<Claim> claims) {
        List<Claim> out = null;
        for (Claim total : claims) {
            if (total.metric() != Metric.CASUALTIES || total.number() == null) {
                continue;
            }
            Matcher m = INCLUDING.matcher(total.evidence().text());
            while (m.find()) {
                Long whole = parse(m.group(1));
                Long part = parse(m.group(3));
                if (whole == null || part == null || whole.longValue() != total.number() || part >= whole) {
                    continue;
                }
                Metric metric = metricOf(m.group(4));
                if (out == null) {
                    out = new ArrayList<>(claims);
                }
                int same = -1;
                for (int i = 0; i < out.size(); i++) {
                    Claim c = out.get(i);
                    if (c != total && Objects.equals(c.number(), part) && sameStatement(c, total)) {
                        same = i;
                        break;
                    }
                }
                if (same < 0) {
                    out.add(part(total, metric, m.group(2), part));
                } else if (out.get(same).metric() != metric) {
                    out.set(same, withMetric(out.get(same), metric));
                }
            }
        }
        return out == null ? claims : List.copyOf(out);
    }

    private static boolean sameStatement(Claim a, Claim b) {
        return a.evidence().start() == b.evidence().start() && a.evidence().end() == b.evidence().end()
                && Objects.equals(a.source().name(), b.source().name()) && Objects.equals(a.claimedOn(), b.claimedOn());
    }

    private static Metric metricOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "wounded", "injured" -> Metric.WOUNDED;
            default -> Metric.KILLED;
        };
    }

    private static Claim part(Claim total, Metric metric, String hedge, long n) {
        Qualifier q = hedge == null ? Qualifier.EXACT : switch (hedge.toLowerCase(Locale.ROOT)) {
            case "at least", "more than", "over" -> Qualifier.AT_LEAST;
            case "up to" -> Qualifier.AT_MOST;
            default -> Qualifier.APPROX;
        };
        Long low = q == Qualifier.AT_MOST ? null : n;
        Long high = q == Qualifier.AT_LEAST ? null : n;
        return new Claim(metric, total.party(), total.role(), total.subject(), low, high, q, total.scope(), total.claimedOn(),
                total.location(), total.source(), total.stance(), total.evidence(), total.confidence(), total.place());
    }

    private static Claim withMetric(Claim c, Metric metric) {
        return new Claim(metric, c.party(), c.role(), c.subject(), c.low(), c.high(), c.qualifier(), c.scope(), c.claimedOn(),
                c.location(), c.source(), c.stance(), c.evidence(), c.confidence(), c.place());
    }

    private static Long parse(String digits) {
        String d = digits.replace(",", "");
        if (d.isEmpty() || d.length() > 12) {
            return null;
        }
        return Long.parseLong(d);
    }
}

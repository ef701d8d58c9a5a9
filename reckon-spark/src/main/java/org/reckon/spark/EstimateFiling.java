package org.reckon.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reckon.store.reconcile.EstimateBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.reckon.spark.ClaimRows.field;

/**
 * Files the claims of one estimate key under estimates, as the ledger's {@link EstimateBook}
 * does when it stores reports one after the other: claims in ledger order (report, then claim
 * index); a claim joins the first estimate, in order of creation, that it falls within
 * {@link EstimateBook#withinWindow the window} of or that already cites the original of its
 * syndicated report; otherwise it opens a new estimate with its own figures and source. The
 * rule is sequential only within one key, so keys are filed in parallel.
 */
final class EstimateFiling {
    /** One claim to file: its key columns, its place in ledger order and the fields an estimate takes from it. */
    static final StructType INPUT = new StructType(new StructField[] {
            field("originator", DataTypes.StringType, false),
            field("originator_label", DataTypes.StringType, false),
            field("metric", DataTypes.StringType, false),
            field("party", DataTypes.StringType, true),
            field("role", DataTypes.StringType, false),
            field("figure", DataTypes.LongType, false),
            field("scope_class", DataTypes.StringType, false),
            field("report", DataTypes.LongType, false),
            field("claim_index", DataTypes.IntegerType, false),
            field("original", DataTypes.LongType, true),
            field("claimed_on", DataTypes.StringType, true),
            field("source_name", DataTypes.StringType, true),
            field("affiliation", DataTypes.StringType, true),
            field("low", DataTypes.LongType, true),
            field("high", DataTypes.LongType, true),
            field("qualifier", DataTypes.StringType, false),
            field("scope_kind", DataTypes.StringType, false),
            field("scope_from", DataTypes.StringType, true),
            field("scope_to", DataTypes.StringType, true),
    });

    static final StructType CITATION = new StructType(new StructField[] {
            field("report", DataTypes.LongType, false),
            field("claim_index", DataTypes.IntegerType, false),
    });

    /** One estimate, named by the claim that opened it, with the claims that cite it. */
    static final StructType OUTPUT = new StructType(new StructField[] {
            field("opened_by_report", DataTypes.LongType, false),
            field("opened_by_claim", DataTypes.IntegerType, false),
            field("party", DataTypes.StringType, true),
            field("metric", DataTypes.StringType, false),
            field("role", DataTypes.StringType, false),
            field("originator", DataTypes.StringType, false),
            field("originator_label", DataTypes.StringType, false),
            field("source_name", DataTypes.StringType, true),
            field("affiliation", DataTypes.StringType, true),
            field("figure", DataTypes.LongType, false),
            field("low", DataTypes.LongType, true),
            field("high", DataTypes.LongType, true),
            field("qualifier", DataTypes.StringType, false),
            field("scope_kind", DataTypes.StringType, false),
            field("scope_from", DataTypes.StringType, true),
            field("scope_to", DataTypes.StringType, true),
            field("first_claimed", DataTypes.StringType, true),
            field("last_claimed", DataTypes.StringType, true),
            field("citation_count", DataTypes.IntegerType, false),
            field("citations", DataTypes.createArrayType(CITATION, false), false),
    });

    private static final Comparator<Row> LEDGER_ORDER = Comparator
            .comparingLong((Row r) -> in(r, "report"))
            .thenComparingInt(r -> in(r, "claim_index"));

    private EstimateFiling() {}

    /** A column of an {@link #INPUT} row by name: rows handed over by an RDD carry no schema. */
    static <T> T in(Row r, String name) {
        return r.getAs(INPUT.fieldIndex(name));
    }

    /** Files the claims of one key (given in any order); returns its estimates. */
    static List<Row> file(Iterable<Row> claims) {
        List<Row> ordered = new ArrayList<>();
        claims.forEach(ordered::add);
        ordered.sort(LEDGER_ORDER);
        List<Open> open = new ArrayList<>();
        for (Row c : ordered) {
            LocalDate claimedOn = date(in(c, "claimed_on"));
            Long original = in(c, "original");
            Open match = null;
            for (Open e : open) {
                if (EstimateBook.withinWindow(claimedOn, e.first, e.last) || (original != null && e.reports.contains(original))) {
                    match = e;
                    break;
                }
            }
            if (match == null) {
                open.add(new Open(c, claimedOn));
            } else {
                match.cite(c, claimedOn);
            }
        }
        List<Row> out = new ArrayList<>(open.size());
        for (Open e : open) {
            out.add(e.row());
        }
        return out;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** An estimate being filed: the claim that opened it, its claimed-on span and its citations. */
    private static final class Open {
        final Row opener;
        LocalDate first;
        LocalDate last;
        final Set<Long> reports = new HashSet<>();
        final List<Row> citations = new ArrayList<>();

        Open(Row opener, LocalDate claimedOn) {
            this.opener = opener;
            this.first = claimedOn;
            this.last = claimedOn;
            add(opener);
        }

        /** As the ledger's widening UPDATE: one more citation, and the span stretched to the new date. */
        void cite(Row c, LocalDate claimedOn) {
            if (claimedOn != null) {
                if (first == null || first.isAfter(claimedOn)) {
                    first = claimedOn;
                }
                if (last == null || last.isBefore(claimedOn)) {
                    last = claimedOn;
                }
            }
            add(c);
        }

        private void add(Row c) {
            long report = in(c, "report");
            reports.add(report);
            citations.add(RowFactory.create(report, EstimateFiling.<Integer>in(c, "claim_index")));
        }

        Row row() {
            Row o = opener;
            return RowFactory.create(EstimateFiling.<Long>in(o, "report"), EstimateFiling.<Integer>in(o, "claim_index"),
                    in(o, "party"), in(o, "metric"), in(o, "role"), in(o, "originator"), in(o, "originator_label"), in(o, "source_name"),
                    in(o, "affiliation"), EstimateFiling.<Long>in(o, "figure"), in(o, "low"), in(o, "high"),
                    in(o, "qualifier"), in(o, "scope_kind"), in(o, "scope_from"), in(o, "scope_to"), text(first), text(last),
                    citations.size(), citations.toArray());
        }

        private static String text(LocalDate d) {
            return d == null ? null : d.toString();
        }
    }
}

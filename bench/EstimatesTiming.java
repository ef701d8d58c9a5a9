import org.reckon.store.Ledger;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.reconcile.Reconciliation;

import java.util.Arrays;

/**
 * Times what {@code reckon estimates --party P} does after the JVM has started (the query with its
 * citations, then the reconciliation) on a ledger that already exists, with whichever reckon jar is
 * on the class path. It uses only calls that the code before issue 11 has too, so one ledger
 * generator and one timing serve both jars: {@code java -cp JAR EstimatesTiming.java DB PARTY WARMUP RUNS}.
 * Prints the median and the maximum in milliseconds, and the median of the reconciliation alone.
 */
public final class EstimatesTiming {
    public static void main(String[] args) throws Exception {
        String party = args[1];
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        try (Ledger ledger = Ledger.open(args[0])) {
            EstimateQuery query = new EstimateQuery(ledger);
            long[] total = new long[runs];
            long[] reconcile = new long[runs];
            int rows = 0;
            for (int i = -warmup; i < runs; i++) {
                long start = System.nanoTime();
                var estimates = query.forParty(party, null);
                long queried = System.nanoTime();
                rows = Reconciliation.summarise(party, estimates).metrics().size();
                long end = System.nanoTime();
                if (i >= 0) {
                    total[i] = end - start;
                    reconcile[i] = end - queried;
                }
            }
            Arrays.sort(total);
            Arrays.sort(reconcile);
            System.out.printf("median_ms=%.1f max_ms=%.1f reconcile_median_ms=%.1f runs=%d metric_rows=%d%n", total[runs / 2] / 1e6,
                    total[runs - 1] / 1e6, reconcile[runs / 2] / 1e6, runs, rows);
        }
    }
}

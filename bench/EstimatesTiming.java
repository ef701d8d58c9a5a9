import org.reckon.store.Ledger;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.reconcile.Reconciliation;

import java.util.Arrays;

/**
 * Times what {@code reckon estimates --party P} does after the JVM has started (the query with its
 * citations, then the reconciliation) on a ledger that already exists, with whichever reckon jar is
 * on the class path. It uses only calls that the code before issue 11 has too, so one ledger
 * generator and one timing serve both jars: {@code java -cp JAR EstimatesTiming.java DB PARTY WARMUP RUNS}.
 * Prints the median and the maximum in milliseconds.
 */
public final class EstimatesTiming {
    public static void main(String[] args) throws Exception {
        String party = args[1];
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        try (Ledger ledger = Ledger.open(args[0])) {
            EstimateQuery query = new EstimateQuery(ledger);
            long[] nanos = new long[runs];
            int rows = 0;
            for (int i = -warmup; i < runs; i++) {
                long start = System.nanoTime();
                rows = Reconciliation.summarise(party, query.forParty(party, null)).metrics().size();
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("median_ms=%.1f max_ms=%.1f runs=%d metric_rows=%d%n", nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6,
                    runs, rows);
        }
    }
}

package org.reckon.extract;

import org.junit.jupiter.api.Test;
import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Spec section 10: the seed report, read from ../shared/seeds when it is there (it is never
 * copied into this repository).
 */
class SeedReportTest {
    private static final Path SEED = Path.of("..", "..", "shared", "seeds", "000_95e5ba3318a3c9c3.txt");

    @Test
    void givesExactlyTheRequiredClaimsAndOnlyOptionalOthers() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "skipped: the seed report is a published article kept in ../shared/seeds beside the repository"
                + " on the development machine, never copied into it; not present at " + SEED.toAbsolutePath());
        Extraction e = Extractor.shared().extract(new Report("seed", Files.readString(SEED), null, null, null, null));
        assertThat(e.published()).isEqualTo(LocalDate.of(2025, 1, 13));

        Claim killed = single(e.claims(), Metric.KILLED, 300);
        assertThat(killed.party()).isEqualTo("North Korea");
        assertThat(killed.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(killed.low()).isEqualTo(300);
        assertThat(killed.high()).isNull();
        assertThat(killed.source().name()).isEqualTo("National Intelligence Service");
        assertThat(killed.source().affiliation()).isEqualTo("South Korea");
        assertThat(killed.source().chain()).containsExactly("National Intelligence Service", "Lee Seong-kweun");
        assertThat(killed.claimedOn()).isEqualTo(LocalDate.of(2025, 1, 13));

        Claim wounded = single(e.claims(), Metric.WOUNDED, 2700);
        assertThat(wounded.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(wounded.low()).isEqualTo(2700);
        assertThat(wounded.high()).isEqualTo(2700);
        assertThat(wounded.source().chain()).containsExactly("National Intelligence Service", "Lee Seong-kweun");

        for (Claim c : e.claims()) {
            boolean required = c == killed || c == wounded;
            boolean optional = "North Korea".equals(c.party()) && Long.valueOf(2).equals(c.number())
                    && (c.metric() == Metric.CAPTURED || c.metric() == Metric.WOUNDED);
            assertThat(required || optional).as("unexpected claim %s", c).isTrue();
        }
    }

    @Test
    void recordsTheAgencysAssessmentsAsAttributedStatements() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "skipped: the seed report is a published article kept in ../shared/seeds beside the repository"
                + " on the development machine, never copied into it; not present at " + SEED.toAbsolutePath());
        Extraction e = Extractor.shared().extract(new Report("seed", Files.readString(SEED), null, null, null, null));
        assertThat(statementBy(e, "National Intelligence Service", "massive casualties")).isEqualTo("North Korea");
        assertThat(statementBy(e, "National Intelligence Service", "kill themselves")).isEqualTo("North Korea");
        assertThat(statementBy(e, "Volodymyr Zelenskyy", "remain in Ukraine")).isEqualTo("North Korea");
        assertThat(statementBy(e, "Volodymyr Zelenskyy", "in exchange for")).isEqualTo("North Korea");
        assertThat(e.statements()).allMatch(st -> st.claimedOn().equals(LocalDate.of(2025, 1, 13)));
    }

    /** The side of the one statement by {@code source} that contains {@code words}. */
    private static String statementBy(Extraction e, String source, String words) {
        List<org.reckon.model.Statement> hits = e.statements().stream()
                .filter(st -> st.source().name().equals(source) && st.evidence().text().contains(words)).toList();
        assertThat(hits).as("%s saying '%s'", source, words).hasSize(1);
        return hits.get(0).party();
    }

    private static Claim single(List<Claim> claims, Metric metric, long number) {
        List<Claim> hits = claims.stream().filter(c -> c.metric() == metric && Long.valueOf(number).equals(c.number())).toList();
        assertThat(hits).as("%s %d", metric, number).hasSize(1);
        return hits.get(0);
    }
}

package org.reckon.store.reconcile;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EstimateBookTest {
    private static final LocalDate JAN_13 = LocalDate.of(2025, 1, 13);

    @Test
    void theSameFigureWithinThreeDaysOfAnEstimateJoinsIt() {
        assertThat(EstimateBook.withinWindow(JAN_13.plusDays(3), JAN_13, JAN_13)).isTrue();
        assertThat(EstimateBook.withinWindow(JAN_13.minusDays(3), JAN_13, JAN_13)).isTrue();
        assertThat(EstimateBook.withinWindow(JAN_13.plusDays(4), JAN_13, JAN_13)).isFalse();
    }

    @Test
    void undatedClaimsOnlyJoinUndatedEstimates() {
        assertThat(EstimateBook.withinWindow(null, null, null)).isTrue();
        assertThat(EstimateBook.withinWindow(null, JAN_13, JAN_13)).isFalse();
        assertThat(EstimateBook.withinWindow(JAN_13, null, null)).isFalse();
    }

    @Test
    void bestOfAFigureFollowsUcdp() {
        assertThat(Figures.best("at_least", 300L, null)).isEqualTo(300);
        assertThat(Figures.best("at_most", null, 50L)).isEqualTo(50);
        assertThat(Figures.best("range", 7000L, 15000L)).isEqualTo(11000);
        assertThat(Figures.best("vague", null, null)).isNull();
    }
}

package org.reckon.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec section 5: digit groups split by spaces or apostrophes are one number. */
class DigitGroupsTest {
    @Test
    void separatorsBetweenGroupsOfThreeBecomeCommasKeepingTheLength() {
        assertThat(DigitGroups.join("lost 38 250 troops")).isEqualTo("lost 38,250 troops");
        assertThat(DigitGroups.join("some 1\u00A0200\u00A0000 displaced")).isEqualTo("some 1,200,000 displaced");
        assertThat(DigitGroups.join("at least 7\u2009480 dead")).isEqualTo("at least 7,480 dead");
        assertThat(DigitGroups.join("14 000-16 000 missing")).isEqualTo("14,000-16,000 missing");
        assertThat(DigitGroups.join("1'250 fighters and 2’300 more")).isEqualTo("1,250 fighters and 2,300 more");
    }

    @Test
    void aPeriodAfterAFigureBeforeALowerCaseWordIsASlipNotASentenceEnd() {
        assertThat(DigitGroups.join("lost 100,000. soldiers")).isEqualTo("lost 100,000  soldiers");
        assertThat(DigitGroups.join("25 thousand. were killed")).isEqualTo("25 thousand  were killed");
        assertThat(DigitGroups.join("died in 2014. The war")).isEqualTo("died in 2014. The war");
        assertThat(DigitGroups.join("a 2.5 km zone")).isEqualTo("a 2.5 km zone");
    }

    @Test
    void pointsBetweenGroupsOfThreeAreThousandsExceptBeforeAUnit() {
        assertThat(DigitGroups.join("some 5.000 additional troops")).isEqualTo("some 5,000 additional troops");
        assertThat(DigitGroups.join("more than 1.300 bodies")).isEqualTo("more than 1,300 bodies");
        assertThat(DigitGroups.join("14.000-16.000 missing")).isEqualTo("14,000-16,000 missing");
        assertThat(DigitGroups.join("damage of 1.250 million dollars")).isEqualTo("damage of 1.250 million dollars");
        assertThat(DigitGroups.join("a 2.5 km zone at 10.30 on Monday")).isEqualTo("a 2.5 km zone at 10.30 on Monday");
        assertThat(DigitGroups.join("a 2.750 km front")).isEqualTo("a 2.750 km front");
    }

    @Test
    void separateNumbersDatesAndYearsStayApart() {
        assertThat(DigitGroups.join("in 2024 150 soldiers")).isEqualTo("in 2024 150 soldiers");
        assertThat(DigitGroups.join("on March 14 300 people")).isEqualTo("on March 14 300 people");
        assertThat(DigitGroups.join("12 30 people")).isEqualTo("12 30 people");
        assertThat(DigitGroups.join("3 1000 people")).isEqualTo("3 1000 people");
        assertThat(DigitGroups.join("no numbers here")).isEqualTo("no numbers here");
    }
}

package org.reckon.extract;

import org.junit.jupiter.api.Test;
import org.reckon.model.Claim;
import org.reckon.model.Metric;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reckon.extract.ExtractorTestSupport.claims;

/** A count named by its toll word alone, in the sentence after the count (spec section 3). */
class RestatedTollsTest {
    @Test
    void aTollWordGivenAFigureRestatesTheCountJustBefore() {
        List<Claim> claims = claims("Kathmandu has confirmed 33 Nepali deaths in the war. Opposition lawmakers say the real "
                + "number is \"well above 100\".");
        assertThat(claims).extracting(c -> c.metric() + " " + c.party() + " " + c.low())
                .containsExactly("KILLED Nepal 33", "KILLED Nepal 100");
        assertThat(claims.get(1).source().name()).isEqualTo("Opposition lawmakers");
    }

    @Test
    void inTheWordsOfAnotherVoiceOrAnotherVerb() {
        assertThat(claims("Moscow said 2,000 Russian troops had arrived in the region. A State Department briefing later put the "
                + "figure at between 1,300 and 1,500.")).extracting(c -> c.metric() + " " + c.low() + "-" + c.high())
                .containsExactly("DEPLOYED 2000-2000", "DEPLOYED 1300-1500");
        assertThat(claims("The monitor counted 212 civilians killed in March. By the end of April that total stood at about 390."))
                .extracting(Claim::low).containsExactly(212L, 390L);
    }

    @Test
    void whileATollOfSomethingElseOrFarAwayIsNot() {
        assertThat(claims("The army said 40 soldiers were killed. The number of displaced people stood at 15,000."))
                .extracting(Claim::metric).containsExactly(Metric.KILLED);
        assertThat(claims("The army said 40 soldiers were killed.\n\nThe figure for the harvest was 15,000 this year."))
                .extracting(Claim::low).containsExactly(40L);
    }
}

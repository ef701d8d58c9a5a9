package org.reckon.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Phrases are found on lowercased tokens, the longest first, from a start token or up to an end token. */
class PhraseTableTest {
    private final PhraseTable<String> table = table();

    private static PhraseTable<String> table() {
        PhraseTable<String> t = new PhraseTable<>();
        t.put("Rapid Support Forces", "RSF");
        t.put("support", "help");
        t.put("forces", "troops");
        return t;
    }

    @Test
    void findsTheLongestPhraseStartingAtAToken() {
        List<String> low = List.of("the", "rapid", "support", "forces", "said");
        assertThat(table.matchAt(low, 1)).hasValueSatisfying(m -> {
            assertThat(m.value()).isEqualTo("RSF");
            assertThat(m.end()).isEqualTo(4);
        });
        assertThat(table.matchAt(low, 2)).hasValueSatisfying(m -> assertThat(m.value()).isEqualTo("help"));
    }

    @Test
    void findsNothingAtATokenNoPhraseStartsWithOrPastTheEnd() {
        List<String> low = List.of("the", "rapid", "support");
        assertThat(table.matchAt(low, 0)).isEmpty();
        assertThat(table.matchAt(low, 1)).as("the phrase runs past the sentence").isEmpty();
        assertThat(table.matchAt(low, 3)).isEmpty();
    }

    @Test
    void findsTheLongestPhraseEndingBeforeAToken() {
        List<String> low = List.of("rapid", "support", "forces", "fighters");
        assertThat(table.matchEndingAt(low, 3)).hasValueSatisfying(m -> assertThat(m.start()).isZero());
        assertThat(table.matchEndingAt(low, 4)).isEmpty();
        assertThat(table.matchEndingAt(low, 0)).isEmpty();
    }

    @Test
    void readsATokenThatHoldsASpaceAsTheWordsItJoins() {
        List<String> low = List.of("rapid support", "forces");
        assertThat(table.matchAt(low, 0)).hasValueSatisfying(m -> assertThat(m.value()).isEqualTo("RSF"));
        assertThat(table.matchEndingAt(List.of("rapid", "support forces"), 2)).hasValueSatisfying(m -> assertThat(m.value()).isEqualTo("RSF"));
    }
}

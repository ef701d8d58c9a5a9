package org.reckon.store.syndication;

import org.junit.jupiter.api.Test;
import org.reckon.store.Claims;

import static org.assertj.core.api.Assertions.assertThat;

class MinHashTest {
    @Test
    void aLightlyEditedCopyIsTheSameStory() {
        String story = Claims.story("wire");
        MinHash original = MinHash.of(story);
        MinHash copy = MinHash.of(story + " Reporting by staff; editing by the desk.");
        assertThat(original.similarity(copy)).isGreaterThanOrEqualTo(SyndicationIndex.SAME_STORY);
        assertThat(original.bands()).containsAnyElementsOf(copy.bands());
    }

    @Test
    void differentStoriesAreNot() {
        assertThat(MinHash.of(Claims.story("one")).similarity(MinHash.of(Claims.story("two")))).isLessThan(0.3);
    }

    @Test
    void signaturesSurviveStorage() {
        MinHash m = MinHash.of("Five soldiers were killed, the ministry said Monday.");
        assertThat(MinHash.decode(m.encode())).isEqualTo(m);
        assertThat(m.bands()).hasSize(MinHash.BANDS);
    }
}

package org.reckon.extract;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reckon.model.Claim;
import org.reckon.model.Metric;
import org.reckon.nlp.Nlp;
import org.reckon.nlp.Sentence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reckon.extract.ExtractorTestSupport.claims;
import static org.reckon.extract.ExtractorTestSupport.only;

/**
 * The parse and the NER are the costly annotators, so a tagged sentence runs them when a stage
 * first asks, once, and a stage asks only where the answer could change what the windows read.
 * The counters are process-wide; these tests read their change around one call.
 */
class OnDemandAnnotationTest {
    private final Nlp nlp = Nlp.shared();

    private Sentence tagged(String text) {
        return nlp.tag(nlp.segment(text).get(0));
    }

    @Nested
    class ATaggedSentence {
        @Test
        void isParsedOnlyWhenAskedAndOnlyOnce() {
            Sentence s = tagged("Rebels said they had killed 12 soldiers near the border.");
            long before = nlp.parsedSentences();
            assertThat(s.token(3).lemma()).isEqualTo("have");
            assertThat(nlp.parsedSentences()).as("tagging alone parses nothing").isEqualTo(before);

            assertThat(s.parse().present()).isTrue();
            assertThat(s.parse().governors(5)).isNotEmpty();
            assertThat(nlp.parsedSentences()).as("asked twice, parsed once").isEqualTo(before + 1);
        }

        @Test
        void runsThroughNerOnlyWhenAskedAndOnlyOnce() {
            Sentence s = tagged("Colonel Maria Okafor told reporters that 30 fighters were captured.");
            long before = nlp.recognisedSentences();
            assertThat(s.tagged()).isTrue();
            assertThat(nlp.recognisedSentences()).isEqualTo(before);

            assertThat(s.ner(1)).isEqualTo("PERSON");
            assertThat(s.ner(2)).isEqualTo("PERSON");
            assertThat(s.ner(4)).isEqualTo("O");
            assertThat(nlp.recognisedSentences()).isEqualTo(before + 1);
        }

        @Test
        void thatWasNeverTaggedHasNoTagsAndNoParse() {
            Sentence plain = nlp.segment("Nine people were hurt.").get(0);
            assertThat(plain.tagged()).isFalse();
            assertThat(plain.ner(0)).isNull();
            assertThat(plain.parse().present()).isFalse();
        }
    }

    @Nested
    class TheExtractorAsksForAParse {
        @Test
        void notWhereTheSentenceNamesNoSideNoOwnerAndOneSpeaker() {
            long before = nlp.parsedSentences();
            Claim c = only("The health office said 14 people were killed in the blast on Monday.", Metric.KILLED);
            assertThat(c.low()).isEqualTo(14L);
            assertThat(c.source().name()).containsIgnoringCase("health office");
            assertThat(nlp.parsedSentences()).isEqualTo(before);
        }

        @Test
        void whereTwoSpeechVerbsCompeteForTheFigure() {
            long before = nlp.parsedSentences();
            List<Claim> all = claims("A day after the separatists claimed 90 soldiers were killed, the army said only five had died.");
            assertThat(nlp.parsedSentences()).isGreaterThan(before);
            assertThat(all).filteredOn(c -> Long.valueOf(90).equals(c.low()))
                    .singleElement().satisfies(c -> assertThat(c.source().name()).containsIgnoringCase("separatists"));
        }

        @Test
        void whereTheSideItCountsMightBeTheOneThatKilled() {
            long before = nlp.parsedSentences();
            Claim c = only("Ukraine's military said it killed 40 soldiers near Bakhmut on Sunday.", Metric.KILLED);
            assertThat(nlp.parsedSentences()).isGreaterThan(before);
            assertThat(c.party()).isEqualTo("Russia");
        }

        @Test
        void notWhereTheOnlySideNamedIsThatOfTheCountedPeople() {
            long before = nlp.parsedSentences();
            Claim c = only("Officials in Kharkiv said 40 Russian soldiers were killed near the river.", Metric.KILLED);
            assertThat(c.party()).isEqualTo("Russia");
            assertThat(nlp.parsedSentences()).as("no agent or owner outside '40 Russian soldiers' to parse for").isEqualTo(before);
        }
    }

    /**
     * An agent is the subject of a harm verb before the figure or the phrase after "by"; an owner is
     * the subject of a loss or sending verb, a possessor, or the phrase after "of". A side named
     * anywhere else could not be bound, so it is no reason to parse.
     */
    @Nested
    class OnlyWhereASideStandsWhereABindingCouldReachIt {
        @Test
        void notForASideNamedOnlyInTheCircumstancesAfterTheHarmVerb() {
            long before = nlp.parsedSentences();
            Claim c = only("Medics in the city said 14 people were killed in Israeli air strikes overnight.", Metric.KILLED);
            assertThat(c.low()).isEqualTo(14L);
            assertThat(nlp.parsedSentences()).as("'Israeli' is on the weapon after the verb, where no agent pattern looks")
                    .isEqualTo(before);
        }

        @Test
        void notForASpeakersPronounFarFromAnyVerbOfHarm() {
            long before = nlp.parsedSentences();
            only("A hospital spokesman said 23 civilians were killed when their bus was shelled.", Metric.KILLED);
            assertThat(nlp.parsedSentences()).isEqualTo(before);
        }

        @Test
        void forASideAfterByThatMayHaveDoneTheHarm() {
            long before = nlp.parsedSentences();
            Claim c = only("Nine fighters were killed by Turkish drone strikes near the dam, the group said.", Metric.KILLED);
            assertThat(nlp.parsedSentences()).isGreaterThan(before);
            assertThat(c.party()).isNotEqualTo("Turkey");
        }

        @Test
        void forASideBeforeAVerbOfLossJustBeforeTheFigure() {
            long before = nlp.parsedSentences();
            Claim c = only("Kyiv says Moscow has lost more than 600 soldiers in the fighting for the town.", Metric.CASUALTIES);
            assertThat(nlp.parsedSentences()).isGreaterThan(before);
            assertThat(c.party()).isEqualTo("Russia");
        }
    }

    @Nested
    class TheExtractorAsksForNer {
        @Test
        void notWhereTheSourceIsABodyTheGazetteerKnows() {
            long before = nlp.recognisedSentences();
            Claim c = only("The Ukrainian General Staff said 1,200 Russian troops were killed over the past day.", Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("Ukrainian General Staff");
            assertThat(nlp.recognisedSentences()).isEqualTo(before);
        }

        @Test
        void whereTheSourceIsAPersonItHasNeverHeardOf() {
            long before = nlp.recognisedSentences();
            Claim c = only("Fourteen villagers were killed in the raid, said Amina Kabore, a local councillor.", Metric.KILLED);
            assertThat(c.source().name()).isEqualTo("Amina Kabore");
            assertThat(nlp.recognisedSentences()).isGreaterThan(before);
        }
    }
}

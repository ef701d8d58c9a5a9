package org.reckon.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reckon.lexicon.BindingPatterns;
import org.reckon.nlp.Nlp;
import org.reckon.nlp.Sentence;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each pattern of bindings.semgrex, on sentences of our own in several wordings: the figure is
 * bound to the phrase the pattern names, and to its head word.
 */
class BindingsTest {
    private static final Bindings BINDINGS = new Bindings(BindingPatterns.get());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "agent.subject | An Israeli air strike killed 14 people in Khan Younis. | 14 | strike",
            "agent.subject | Houthi drones wounded nine sailors on the tanker, officials said. | nine | drones",
            "agent.subject | The militia captured 30 soldiers near the border post. | 30 | militia",
            "agent.subject.bare | Gunmen killed 14 overnight in the village. | 14 | Gunmen",
            "agent.clause | Russia launched 40 missiles at Kharkiv overnight, killing 12 people. | 12 | Russia",
            "agent.clause | The militia stormed the village at dawn, killing 30 farmers. | 30 | militia",
            "agent.passive | Twelve civilians were killed by RSF fighters in El Fasher. | Twelve | fighters",
            "agent.passive | At least 40 villagers were abducted by bandits on Sunday. | 40 | bandits",
            "agent.passive | Officials counted 22 people killed by Russian drones on Tuesday. | 22 | drones",
            "agent.participle | The toll includes 22 soldiers killed by Ukrainian drones near Pokrovsk. | 22 | drones",
            "agent.participle | Among the victims were 15 children injured by Israeli fire. | 15 | fire",
    })
    void agentPatterns(String pattern, String sentence, String figure, String head) {
        assertBound("agent", pattern, sentence, figure, head);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "owner.subject | Russia has lost about 38,000 troops in the Kursk region. | 38,000 | Russia",
            "owner.subject | Denmark lost 37 soldiers in Helmand over eight years. | 37 | Denmark",
            "owner.subject | Pyongyang has sent some 11,000 soldiers to the front. | 11,000 | Pyongyang",
            "owner.subject | The group said it had lost 12 fighters in the clashes. | 12 | it",
            "owner.possessor | Ukraine's 300 wounded soldiers were moved to Kharkiv. | 300 | Ukraine",
            "owner.of | The army said 45 fighters of the Arakan Army died in the assault. | 45 | Army",
            "owner.of | Nineteen fighters from the Wagner group were buried near the town. | Nineteen | group",
    })
    void ownerPatterns(String pattern, String sentence, String figure, String head) {
        assertBound("owner", pattern, sentence, figure, head);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fate.verb | Officials said 26 hostages, including 18 soldiers and five civilians, were killed. | 26 | killed",
            "fate.verb | The gunmen killed 12 hostages before the army stormed the building. | 12 | killed",
    })
    void fatePatterns(String pattern, String sentence, String figure, String head) {
        assertBound("fate", pattern, sentence, figure, head);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "agent | Officials counted 22 casualties among Russian troops near Pokrovsk. | 22",
            "agent | The ministry reported 140 deaths in the Gaza Strip over the past day. | 140",
            "agent | Pyongyang has sent some 11,000 soldiers to Russia, the agency said. | 11,000",
    })
    void aSentenceWithNoVerbAPatternOfTheKindNeedsIsNotParsedForIt(String kind, String text, String figure) {
        Sentence s = Nlp.shared().tag(Nlp.shared().segment(text).get(0));
        long parsedBefore = Nlp.shared().parsedSentences();
        int at = indexOf(s, figure);
        assertThat(BINDINGS.first(kind, s, at, at + 1)).isEmpty();
        assertThat(Nlp.shared().parsedSentences()).as("sentences parsed").isEqualTo(parsedBefore);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "owner | The clinic treated about 40 wounded men near the dam on Tuesday. | 40",
            "owner | Officials counted 22 dead soldiers at the border post. | 22",
    })
    void aSentenceWithNoVerbNoPossessiveAndNoOfOrFromIsNotParsedForAnOwner(String kind, String text, String figure) {
        aSentenceWithNoVerbAPatternOfTheKindNeedsIsNotParsedForIt(kind, text, figure);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "{}=counted >nummod {}=figure >/nmod:poss/ {}=owner; 's",
            "{}=counted >nummod {}=figure >/nmod:of|nmod:from/ {}=owner; of from",
            "{}=v >/obl:agent|obl:by/ {}=agent; by",
            "{}=v >/nsubj|obl:by/ {}=agent; ",
            "{}=v >/nmod:of/ {}=a ?>/obl:in/ {}=b !>conj:and {}=c; of",
    })
    void aRelationNamedAfterAWordNeedsThatWordUnlessNegatedOptionalOrAlternativeToAnUnnamedOne(String pattern, String words) {
        List<java.util.Set<String>> needed = BindingPatterns.markersIn(pattern);
        List<String> expected = words == null ? List.of() : List.of(words.split(" "));
        assertThat(needed).hasSize(expected.isEmpty() ? 0 : 1);
        if (!expected.isEmpty()) {
            assertThat(needed.get(0)).containsAll(expected);
        }
    }

    private static void assertBound(String kind, String pattern, String text, String figure, String head) {
        Sentence s = Nlp.shared().tag(Nlp.shared().segment(text).get(0));
        int at = indexOf(s, figure);
        Optional<Bindings.Bound> bound = BINDINGS.first(kind, s, at, at + 1);
        assertThat(bound).as("%s in \"%s\", parse %s", kind, text, s.parse()).isPresent();
        assertThat(bound.get().pattern()).as("parse %s", s.parse()).isEqualTo(pattern);
        assertThat(s.token(bound.get().head()).text()).isEqualTo(head);
    }

    private static int indexOf(Sentence s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token '" + word + "' in " + s.tokens());
    }
}

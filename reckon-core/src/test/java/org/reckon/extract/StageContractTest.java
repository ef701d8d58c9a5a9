package org.reckon.extract;

import org.junit.jupiter.api.Test;
import org.reckon.eval.GoldReader;
import org.reckon.eval.GoldReport;
import org.reckon.lexicon.Gazetteer;
import org.reckon.nlp.Sentence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A validator run after every stage of the chain over the development corpus: it names the
 * stage that broke the contract (offsets inside the text, sentences in order, spans inside
 * their sentence, canonical parties, chains led by their originator).
 */
class StageContractTest {
    @Test
    void everyStageKeepsTheContract() throws IOException {
        List<GoldReport> dev = GoldReader.read(Path.of("..", "corpus", "dev", "part-a.jsonl"));
        Extractor extractor = Extractor.shared();
        assertThat(extractor.toString()).isEqualTo("Segmenter -> DateLine -> Acronyms -> CandidateFilter -> FigureReader -> "
                + "TallyLists -> RestatedTolls -> HarmCause -> SideFromPhrase -> Attributor -> Dater -> SideFromContext -> OwnLosses -> SourceOwners -> SourceForms -> Finisher -> Statements");
        for (GoldReport g : dev) {
            extractor.extract(g.report(), (stage, draft) -> check(stage.name() + " on " + g.report().id(), draft));
        }
    }

    private static void check(String where, Draft d) {
        String text = d.text();
        int lastEnd = 0;
        for (Sentence s : d.sentences) {
            assertThat(s.begin()).as(where + ": sentence order").isGreaterThanOrEqualTo(lastEnd);
            assertThat(text.substring(s.begin(), s.end())).as(where + ": sentence text").isEqualTo(s.text());
            lastEnd = s.end();
        }
        for (Sentence tagged : d.candidates.values()) {
            assertThat(java.util.stream.IntStream.range(0, tagged.size()).mapToObj(tagged::ner)).as(where + ": NER tags").allMatch(java.util.Objects::nonNull);
            assertThat(tagged.text()).as(where + ": candidate is a sentence").isEqualTo(d.sentences.get(tagged.index()).text());
        }
        for (Mention m : d.mentions) {
            assertThat(m.figure.end()).as(where + ": figure inside its sentence").isLessThanOrEqualTo(m.sentence.size());
            if (m.listed) {
                assertThat(m.npEnd).as(where + ": a list line's people in its label, before the figure")
                        .isBetween(m.npStart, m.figure.qualifierStart());
            } else {
                assertThat(m.npStart).as(where + ": counted phrase after the figure").isGreaterThanOrEqualTo(m.figure.end());
                assertThat(m.npEnd).as(where + ": counted phrase").isBetween(m.npStart, m.sentence.size());
            }
            assertThat(m.metric).as(where + ": every mention has a metric").isNotNull();
            if (m.party != null) {
                assertThat(Gazetteer.get().canonicalParty(m.party)).as(where + ": party is canonical").isEqualTo(m.party);
            }
            if (m.source.name() != null) {
                assertThat(m.source.chain().get(0)).as(where + ": chain starts with the originator").isEqualTo(m.source.name());
            }
        }
    }
}

package org.reckon.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reckon.lexicon.Lexicon;
import org.reckon.model.Qualifier;
import org.reckon.nlp.Nlp;
import org.reckon.nlp.Sentence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec section 5: every row of the bounds table and every number form. */
class FigureFinderTest {
    private static final FigureFinder FINDER = new FigureFinder(Lexicon.get());

    private static List<Figure> figures(String text) {
        Sentence s = Nlp.shared().segment(text).get(0);
        return FINDER.find(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            300 soldiers were killed.                              | 300     | 300     | EXACT
            Three hundred soldiers were killed.                    | 300     | 300     | EXACT
            Some 47-hundred troops were sent.                      | 4700    | 4700    | APPROX
            They counted four-thousand-100 servicemen lost.        | 4100    | 4100    | EXACT
            About 300 soldiers were killed.                        | 300     | 300     | APPROX
            Around 300 soldiers were killed.                       | 300     | 300     | APPROX
            Roughly 300 soldiers were killed.                      | 300     | 300     | APPROX
            Nearly 300 soldiers were killed.                       | 300     | 300     | APPROX
            Almost 300 soldiers were killed.                       | 300     | 300     | APPROX
            Approximately 300 soldiers were killed.                | 300     | 300     | APPROX
            An estimated 300 soldiers were killed.                 | 300     | 300     | APPROX
            At least 300 soldiers were killed.                     | 300     | null    | AT_LEAST
            More than 300 soldiers were killed.                    | 300     | null    | AT_LEAST
            Over 300 soldiers were killed.                         | 300     | null    | AT_LEAST
            Upwards of 300 soldiers were killed.                   | 300     | null    | AT_LEAST
            Up to 300 soldiers were killed.                        | null    | 300     | AT_MOST
            As many as 300 soldiers were killed.                   | null    | 300     | AT_MOST
            At most 300 soldiers were killed.                      | null    | 300     | AT_MOST
            Fewer than 300 soldiers were killed.                   | null    | 300     | AT_MOST
            Between 11,000 and 12,000 soldiers were killed.        | 11000   | 12000   | RANGE
            Officials put it at 11,000 to 12,000 soldiers killed.  | 11000   | 12000   | RANGE
            Some 11,000-12,000 soldiers were killed.               | 11000   | 12000   | RANGE
            Some 10-12,000 soldiers were killed.                   | 10000   | 12000   | RANGE
            Dozens of soldiers were killed.                        | null    | null    | VAGUE
            Scores of soldiers were killed.                        | null    | null    | VAGUE
            Hundreds of soldiers were killed.                      | null    | null    | VAGUE
            Several hundred soldiers were killed.                  | null    | null    | VAGUE
            Thousands of soldiers were killed.                     | null    | null    | VAGUE
            Tens of thousands of soldiers were killed.             | null    | null    | VAGUE
            The toll reached 1.2 million people.                   | 1200000 | 1200000 | EXACT
            A dozen soldiers were killed.                          | 12      | 12      | APPROX
            Two soldiers were killed.                              | 2       | 2       | EXACT
            2,700 soldiers were wounded.                           | 2700    | 2700    | EXACT
            Twenty-four soldiers were wounded.                     | 24      | 24      | EXACT
            """)
    void readsBoundsAndQualifier(String sentence, Long low, Long high, Qualifier qualifier) {
        List<Figure> found = figures(sentence);
        assertThat(found).hasSize(1);
        Figure f = found.get(0);
        assertThat(f.low()).as("low").isEqualTo(low);
        assertThat(f.high()).as("high").isEqualTo(high);
        assertThat(f.qualifier()).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The war began in 2022 and drags on.",
            "The package is worth $300 million.",
            "Support fell to 40 percent in the poll.",
            "A 23-year-old soldier was killed on January 13.",
            "The council adopted Resolution 2334 on the settlements.",
            "The strike hit 12 tanks and 40 trucks.",
    })
    void leavesOutNumbersThatCountNoPeople(String sentence) {
        assertThat(figures(sentence)).isEmpty();
    }
}

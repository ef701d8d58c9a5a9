package org.reckon.extract;

import org.junit.jupiter.api.Test;
import org.reckon.eval.GoldReader;
import org.reckon.eval.GoldReport;
import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports cut, spliced and sprinkled with odd characters, from a fixed seed so that a failure
 * replays: the extractor must neither throw nor break the offsets contract.
 */
class ScrambledInputTest {
    private static final String ODD = "()[]\"“”'’—–-:;,.%$€0123456789\n\n\t ";

    @Test
    void scrambledReportsNeverBreakTheExtractor() throws IOException {
        List<GoldReport> dev = GoldReader.read(Path.of("..", "corpus", "dev", "part-b.jsonl"));
        Random random = new Random(20261127L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String a = dev.get(random.nextInt(dev.size())).report().text();
            String b = dev.get(random.nextInt(dev.size())).report().text();
            StringBuilder t = new StringBuilder(a.substring(random.nextInt(a.length() / 2)))
                    .append(b, 0, random.nextInt(b.length()));
            for (int k = 0; k < 20; k++) {
                int at = random.nextInt(t.length() + 1);
                t.insert(at, ODD.charAt(random.nextInt(ODD.length())));
            }
            texts.add(t.toString());
        }
        for (String text : texts) {
            Extraction e = Extractor.shared().extract(new Report("scrambled", text, null, null, null, null));
            for (Claim c : e.claims()) {
                assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
            }
        }
    }
}

package org.reckon.spark.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.syndication.MinHash;
import org.reckon.store.syndication.SyndicationIndex;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NewsStreamTest {
    private static final List<Path> DEV = List.of(Path.of("..", "corpus", "dev", "part-a.jsonl"),
            Path.of("..", "corpus", "dev", "part-b.jsonl"));

    @Test
    void theSameSeedGivesTheSameStream(@TempDir Path dir) throws IOException {
        new NewsStream(7, NewsStream.seeds(DEV), 0.07).write(dir.resolve("a.jsonl"), 2_000);
        new NewsStream(7, NewsStream.seeds(DEV), 0.07).write(dir.resolve("b.jsonl"), 2_000);
        new NewsStream(8, NewsStream.seeds(DEV), 0.07).write(dir.resolve("c.jsonl"), 2_000);

        assertThat(Files.readAllLines(dir.resolve("a.jsonl"))).hasSize(2_000)
                .isEqualTo(Files.readAllLines(dir.resolve("b.jsonl")))
                .isNotEqualTo(Files.readAllLines(dir.resolve("c.jsonl")));
    }

    @Test
    void isMostlyOrdinaryNewsThatDoesNotLookSyndicated(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.jsonl");
        new NewsStream(42, NewsStream.seeds(DEV), 0.07).write(file, 2_000);
        ObjectMapper json = new ObjectMapper();
        java.util.Set<String> seedTitles = new java.util.HashSet<>();
        NewsStream.seeds(DEV).forEach(n -> seedTitles.add(n.path("title").asText()));
        List<String> conflictIds = new ArrayList<>();
        List<MinHash> ordinary = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            var n = json.readTree(line);
            String text = n.get("text").asText();
            if (seedTitles.contains(n.path("title").asText())) {
                conflictIds.add(n.get("id").asText());
            } else if (ordinary.size() < 300) {
                ordinary.add(MinHash.of(text));
            }
        }
        int nearPairs = 0;
        for (int i = 0; i < ordinary.size(); i++) {
            for (int j = i + 1; j < ordinary.size(); j++) {
                nearPairs += ordinary.get(i).similarity(ordinary.get(j)) >= SyndicationIndex.SAME_STORY ? 1 : 0;
            }
        }
        assertThat(conflictIds.size()).isBetween(80, 200);
        assertThat(nearPairs).as("pairs of distinct ordinary stories that would count as one story").isLessThan(5);
    }
}

package org.reckon.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a person tells about a .txt, .md or .html report, and a dateline without a year. */
class FileFactsTest {
    @TempDir
    Path dir;

    private Report read(FileFacts facts, String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        List<ReportInput> inputs = new ArrayList<>();
        new ReportReader(facts).readFile(file, inputs::add);
        assertThat(inputs).hasSize(1);
        assertThat(inputs.get(0).failed()).as(String.valueOf(inputs.get(0).error())).isFalse();
        return inputs.get(0).report();
    }

    @Test
    void aDatelineWithoutAYearTakesTheYearGiven() throws Exception {
        Report r = read(FileFacts.of("2025", null, null), "a.txt", "Losses mount\n\nSEOUL, Feb. 10 -- About 600 soldiers were killed.");
        assertThat(r.published()).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void aDatelineLaterInTheYearThanTheDayGivenIsFromTheYearBefore() {
        assertThat(FileFacts.datelineDay("KYIV, Dec 30 (Wire) - text", LocalDate.of(2025, 1, 2), null))
                .contains(LocalDate.of(2024, 12, 30));
        assertThat(FileFacts.datelineDay("KYIV, March 3 -- text", null, Year.of(2024))).contains(LocalDate.of(2024, 3, 3));
    }

    @Test
    void aDatelineWithItsOwnYearOrNoYearKnownIsLeftToTheExtractor() {
        assertThat(FileFacts.datelineDay("SEOUL, Feb. 10, 2025 -- text", null, Year.of(2024))).isEmpty();
        assertThat(FileFacts.datelineDay("SEOUL, Feb. 10 -- text", null, null)).isEmpty();
        assertThat(FileFacts.datelineDay("The talks on Feb. 10 went nowhere.", null, Year.of(2024))).as("not a dateline").isEmpty();
    }

    @Test
    void theTitleOutletAndDayGivenWinOverThePagesOwn() throws Exception {
        Report r = read(FileFacts.of("2025-02-12", "Example Wire", "Spy agency count"), "a.html",
                "<html><head><title>Page</title><meta property=\"og:site_name\" content=\"Page Times\"></head>"
                        + "<body><h1>Own headline</h1><p>Two soldiers were killed.</p></body></html>");
        assertThat(r.title()).isEqualTo("Spy agency count");
        assertThat(r.outlet()).isEqualTo("Example Wire");
        assertThat(r.published()).isEqualTo(LocalDate.of(2025, 2, 12));
    }

    @Test
    void aPagesOwnDateAndSiteNameAreReadAndItsDatelineTakesThatYear() throws Exception {
        Report r = read(FileFacts.NONE, "b.html", "<html><head><meta property=\"og:site_name\" content=\"Page Times\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-05T08:00:00Z\"></head>"
                + "<body><h1>Headline</h1><p>KYIV, Nov. 4 -- Two soldiers were killed, the army said.</p></body></html>");
        assertThat(r.outlet()).isEqualTo("Page Times");
        assertThat(r.published()).isEqualTo(LocalDate.of(2024, 11, 4));
    }

    @Test
    void aPublishedValueThatIsNeitherADayNorAYearIsRefusedNamingIt() {
        assertThatThrownBy(() -> FileFacts.of("last week", null, null))
                .hasMessage("--published: expected a day as YYYY-MM-DD or a year as YYYY, got 'last week'");
    }
}

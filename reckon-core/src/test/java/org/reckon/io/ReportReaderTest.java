package org.reckon.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is data: each broken line or file is one clear error, and reading goes on. */
class ReportReaderTest {
    private final ReportReader reader = new ReportReader();

    private List<ReportInput> jsonl(byte[] bytes) throws IOException {
        List<ReportInput> out = new ArrayList<>();
        reader.readJsonl("in.jsonl", new ByteArrayInputStream(bytes), out::add);
        return out;
    }

    @Test
    void readsReportsInOrderWithTheirFields() throws IOException {
        String in = "{\"id\":\"a\",\"text\":\"One.\",\"published\":\"2025-01-13\",\"outlet\":\"Gazette\"}\n"
                + "{\"id\":\"b\",\"text\":\"Two.\",\"published\":\"2025-01-14T08:30:00Z\"}\n";
        List<ReportInput> got = jsonl(in.getBytes(StandardCharsets.UTF_8));
        assertThat(got).extracting(r -> r.report().id()).containsExactly("a", "b");
        assertThat(got.get(1).report().published()).isEqualTo(LocalDate.of(2025, 1, 14));
        assertThat(got.get(0).report().outlet()).isEqualTo("Gazette");
    }

    @Test
    void fewerThanTenBadLinesBeforeTheFirstReportAreEachReportedInOrder() throws IOException {
        String in = "bad 1\nbad 2\n\nbad 4\n{\"id\":\"a\",\"text\":\"One.\"}\n" + "junk\n".repeat(20) + "{\"id\":\"b\",\"text\":\"Two.\"}\n";
        List<ReportInput> got = jsonl(in.getBytes(StandardCharsets.UTF_8));
        assertThat(got).hasSize(25);
        assertThat(got.subList(0, 3)).extracting(ReportInput::where).containsExactly("in.jsonl:1", "in.jsonl:2", "in.jsonl:4");
        assertThat(got.get(3).report().id()).isEqualTo("a");
        assertThat(got.get(24).report().id()).isEqualTo("b");
    }

    @Test
    void tenUnreadableLinesFirstAreOneErrorAndReadingStops() throws IOException {
        String in = "junk\n".repeat(10) + "{\"id\":\"a\",\"text\":\"One.\"}\n";
        List<ReportInput> got = jsonl(in.getBytes(StandardCharsets.UTF_8));
        assertThat(got).hasSize(1);
        assertThat(got.get(0).where()).isEqualTo("in.jsonl");
        assertThat(got.get(0).error()).startsWith("not JSONL: the first 10 lines are unreadable (line 1: not a JSON object:")
                .endsWith("; gave up on this input");
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws IOException {
        List<ReportInput> got = jsonl("{\"id\":\"a\",\"text\":\"One.\",\"id\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(got.get(0).error()).isEqualTo("JSON object has a key twice: 'id'; refused rather than keep only the last");
    }

    @Test
    void aLineThatIsNotJsonIsOneErrorNamingTheLineAndTheRestIsRead() throws IOException {
        String in = "{\"id\":\"a\",\"text\":\"One.\"}\nthis is not json\n{\"id\":\"c\",\"text\":\"Three.\"}\n";
        List<ReportInput> got = jsonl(in.getBytes(StandardCharsets.UTF_8));
        assertThat(got).hasSize(3);
        assertThat(got.get(1).failed()).isTrue();
        assertThat(got.get(1).where()).isEqualTo("in.jsonl:2");
        assertThat(got.get(1).error()).startsWith("not a JSON object");
        assertThat(got.get(2).report().id()).isEqualTo("c");
    }

    @Test
    void aReportWithoutTextIsAnError() throws IOException {
        List<ReportInput> got = jsonl("{\"id\":\"a\",\"title\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(got.get(0).error()).isEqualTo("report has no \"text\" string");
    }

    @Test
    void bytesThatAreNotUtf8AreAnError() throws IOException {
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        assertThat(jsonl(bad).get(0).error()).isEqualTo("bytes are not valid UTF-8");
    }

    @Test
    void aFiftyMegabyteLineIsRefusedWithoutReadingItIntoMemory() throws IOException {
        long size = 50L * 1024 * 1024;
        InputStream huge = new InputStream() {
            long served;

            @Override
            public int read() {
                if (served < size) {
                    served++;
                    return served == 1 ? '{' : 'x';
                }
                if (served == size) {
                    served++;
                    return '\n';
                }
                return -1;
            }
        };
        List<ReportInput> out = new ArrayList<>();
        reader.readJsonl("big.jsonl", new java.io.SequenceInputStream(huge,
                new ByteArrayInputStream("{\"id\":\"ok\",\"text\":\"Fine.\"}\n".getBytes(StandardCharsets.UTF_8))), out::add);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).error()).contains("over the limit");
        assertThat(out.get(1).report().id()).isEqualTo("ok");
    }

    @Test
    void anEmptyFileIsAnError(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        List<ReportInput> out = new ArrayList<>();
        reader.readFile(empty, out::add);
        assertThat(out.get(0).error()).isEqualTo("file is empty");
        assertThat(out.get(0).where()).endsWith("empty.txt");
    }

    @Test
    void aBinaryFileIsAnError(@TempDir Path dir) throws IOException {
        Path bin = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        List<ReportInput> out = new ArrayList<>();
        reader.readFile(bin, out::add);
        assertThat(out.get(0).error()).isEqualTo("file is binary, not text");
    }

    @Test
    void aTextFileIsOneReportNamedByTheFile(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("story.md"), "Headline\n\nBody text.");
        List<ReportInput> out = new ArrayList<>();
        reader.readFile(txt, out::add);
        assertThat(out.get(0).report().id()).isEqualTo("story.md");
        assertThat(out.get(0).report().text()).isEqualTo("Headline\n\nBody text.");
        assertThat(out.get(0).report().title()).isEqualTo("Headline");
    }

    @Test
    void aTextFilesFirstLineIsItsTitleOnlyWhenABlankLineSetsItApart() {
        assertThat(ReportReader.headline("Around 300 soldiers killed\n\nJanuary 13, 2025\n\nBody.")).isEqualTo("Around 300 soldiers killed");
        assertThat(ReportReader.headline("Around 300 soldiers killed\r\n\r\nBody.")).isEqualTo("Around 300 soldiers killed");
        assertThat(ReportReader.headline("One paragraph that runs on\nto a second line.")).isNull();
        assertThat(ReportReader.headline("No line break at all.")).isNull();
        assertThat(ReportReader.headline("x".repeat(201) + "\n\nBody.")).isNull();
    }

    @Test
    void htmlIsReducedToArticleTextWithoutScriptsOrNavigation() {
        String html = "<html><head><title>T</title><meta property=\"article:published_time\" content=\"2024-03-02T10:00:00Z\">"
                + "<script>var x = 'killed 400';</script></head><body><nav>Home | World</nav><article><h1>Strike kills 12</h1>"
                + "<p>Twelve people were killed, officials said.</p></article><footer>Copyright</footer></body></html>";
        var r = ReportReader.fromHtml("page.html", html);
        assertThat(r.text()).isEqualTo("Strike kills 12\n\nTwelve people were killed, officials said.");
        assertThat(r.published()).isEqualTo(LocalDate.of(2024, 3, 2));
    }
}

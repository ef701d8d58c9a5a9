package org.reckon.cli;

import org.reckon.eval.GoldReader;
import org.reckon.eval.GoldReport;
import org.reckon.eval.Scorer;
import org.reckon.extract.Extractor;
import org.reckon.io.ClaimJson;
import org.reckon.io.ReportInput;
import org.reckon.lexicon.Gazetteer;
import org.reckon.model.Extraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code reckon eval --gold GOLD.jsonl [--predictions P.jsonl]}: scores by spec section 8. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score claims against annotated reports (spec section 8); extracts first when no predictions are given.")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", arity = "1..*", description = "annotated reports (JSONL); several files are pooled")
    List<Path> gold;

    @Option(names = "--predictions", paramLabel = "P.jsonl", description = "saved output of 'reckon extract'")
    Path predictions;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--quiet", description = "print only the figures, not the misses")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldReport> reports = new java.util.ArrayList<>();
        for (Path g : gold) {
            if (!Files.isRegularFile(g)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--gold " + g + ": no such file");
            }
            reports.addAll(GoldReader.read(g));
        }
        Map<String, Extraction> predicted = predictions != null ? readPredictions(predictions) : extract(reports);
        Scorer.Score s = new Scorer(Gazetteer.get()).score(reports, predicted);
        out.printf("reports    %d%n", reports.size());
        out.printf("tp %d  fp %d  fn %d%n", s.tp(), s.fp(), s.fn());
        out.printf("precision  %.3f%n", s.precision());
        out.printf("recall     %.3f%n", s.recall());
        out.printf("f1         %.3f%n", s.f1());
        out.printf("attribution accuracy  %.3f%n", s.attribution());
        out.printf("bounds accuracy       %.3f%n", s.bounds());
        if (predictions == null) {
            out.printf("bindings decided by   %s%n", org.reckon.extract.Decisions.summary());
            out.printf("dependency parse      %s%n", org.reckon.nlp.Nlp.shared().parseShare());
        }
        if (!quiet) {
            out.println();
            out.println("false positives:");
            s.falsePositives().forEach(m -> out.printf("  FP %s  %s%n      \"%s\"%n", m.reportId(), m.key(), oneLine(m.evidence())));
            out.println("false negatives:");
            s.falseNegatives().forEach(m -> out.printf("  FN %s  %s%n      \"%s\"%n", m.reportId(), m.key(), oneLine(m.evidence())));
            out.println("true positives credited to another source:");
            s.misattributions().forEach(m -> out.printf("  SRC %s  %s  system: %s  gold: %s%n      \"%s\"%n", m.reportId(), m.key(),
                    m.systemSource() == null ? "(none)" : m.systemSource(), m.goldSources(), oneLine(m.evidence())));
        }
        out.flush();
        return 0;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    private Map<String, Extraction> readPredictions(Path file) throws java.io.IOException {
        Map<String, Extraction> out = new HashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                Extraction e = ClaimJson.parse(line);
                out.put(e.id(), e);
            } catch (java.io.IOException | RuntimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--predictions " + file + ":" + n + ": " + e.getMessage());
            }
        }
        return out;
    }

    private Map<String, Extraction> extract(List<GoldReport> reports) {
        int n = threads.count();
        Map<String, Extraction> out = new HashMap<>();
        try (OrderedRunner runner = new OrderedRunner(Extractor.shared(), n, r -> {
            if (r.extraction() != null) {
                out.put(r.extraction().id(), r.extraction());
            } else {
                spec.commandLine().getErr().println("reckon: " + r.input().where() + ": " + r.error());
            }
        })) {
            for (GoldReport g : reports) {
                runner.submit(ReportInput.ok(g.report().id(), g.report()));
            }
            runner.finish();
        }
        return out;
    }
}

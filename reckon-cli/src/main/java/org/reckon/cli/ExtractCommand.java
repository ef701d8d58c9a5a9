package org.reckon.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reckon.extract.Extractor;
import org.reckon.io.ClaimJson;
import org.reckon.model.Extraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code reckon extract [FILE...]}: one JSONL line of claims per report, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract casualty claims from reports (JSONL on stdin or files; .txt/.md/.html are single reports).")
public final class ExtractCommand implements Callable<Integer> {
    private static final long PROGRESS_BYTES = 1_000_000;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "report files (.jsonl, .txt, .md, .html); '-' or none for stdin")
    List<Path> files;

    @Option(names = "--pretty", description = "print a readable table instead of JSONL")
    boolean pretty;

    @CommandLine.Mixin
    ThreadsOption threads;

    @CommandLine.Mixin
    FileFactsOptions fileFacts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        org.reckon.io.FileFacts facts = fileFacts.facts();
        int n = threads.count();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] failures = {0};
        boolean stdin = files == null || files.isEmpty() || files.stream().anyMatch(f -> f.toString().equals("-"));
        boolean stderrIsTerminal = System.console() != null || "1".equals(System.getenv("RECKON_STDERR_TTY"));
        boolean showProgress = stderrIsTerminal && System.getenv("RECKON_NO_PROGRESS") == null
                && (stdin || Inputs.size(files) > PROGRESS_BYTES);
        try (ProgressBar bar = showProgress ? progressBar() : null;
             OrderedRunner runner = new OrderedRunner(Extractor.shared(), n, r -> {
                 if (r.error() != null) {
                     failures[0]++;
                     err.println("reckon: " + r.input().where() + ": " + r.error());
                 } else {
                     print(out, r.extraction());
                 }
                 if (bar != null) {
                     bar.step();
                 }
             })) {
            new Inputs(facts).read(files, System.in, runner::submit);
            runner.finish();
        }
        out.flush();
        return failures[0] > 0 ? 1 : 0;
    }

    private static ProgressBar progressBar() {
        return new ProgressBarBuilder().setTaskName("extract").setUnit(" reports", 1)
                .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).continuousUpdate()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }

    private void print(PrintWriter out, Extraction e) {
        if (pretty) {
            PrettyTable.print(out, e);
        } else {
            out.println(ClaimJson.line(e));
        }
    }
}

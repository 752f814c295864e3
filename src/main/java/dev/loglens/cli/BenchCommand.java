package dev.loglens.cli;

import dev.loglens.core.gen.PythonLogGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code loglens bench}: generates a deterministic Python log of a given size and times LogLens against
 * standard tools on it, each as a whole process in the same run, so the figures are ratios to a peer on
 * the same noisy machine rather than absolute seconds.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time `loglens stats` against `grep -c ERROR` and `wc -l` on a generated Python log.",
            "Reports the median wall time, the ratio to grep and the peak RSS of each."})
final class BenchCommand implements Callable<Integer> {

    private static final long SEED = 20241010L;

    @Spec
    private CommandSpec spec;

    @Option(names = "--size", defaultValue = "1GiB", description = "Size of the generated log (e.g. 100MiB, 1GiB). Default: ${DEFAULT-VALUE}.")
    private String size;

    @Option(names = "--dir", defaultValue = "target/bench", description = "Where the generated log is kept between runs. Default: ${DEFAULT-VALUE}.")
    private Path dir;

    @Option(names = "--runs", defaultValue = "5", description = "Runs of each command; the median counts. Default: ${DEFAULT-VALUE}.")
    private int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long bytes = ByteSizes.parse(size);
        Path log = dir.resolve("bench-python-" + size + ".log");
        if (!Files.exists(log) || Files.size(log) < bytes) {
            Files.createDirectories(dir);
            out.printf("generating %s (%s, seed %d)...%n", log, size, SEED);
            out.flush();
            new PythonLogGenerator(SEED).write(log, bytes);
        }
        out.printf("file: %s, %,d bytes; %d runs each, median wall time; warm page cache%n", log, Files.size(log), runs);
        List<Contender> contenders = List.of(
                new Contender("grep -c ERROR", List.of("grep", "-c", "ERROR", log.toString())),
                new Contender("wc -l", List.of("wc", "-l", log.toString())),
                new Contender("loglens stats", selfCommand("stats", log.toString())));
        for (Contender c : contenders) {
            c.measure(1); // warm the page cache and the JVM's class data
        }
        List<Measurement> results = new ArrayList<>();
        for (Contender c : contenders) {
            results.add(c.measure(runs));
        }
        double grep = results.get(0).medianSeconds();
        out.printf("%-16s %10s %10s %12s%n", "command", "wall (s)", "x grep", "peak RSS");
        for (Measurement m : results) {
            out.printf(Locale.ROOT, "%-16s %10.3f %10.2f %9.0f MB%n", m.name(), m.medianSeconds(),
                    m.medianSeconds() / grep, m.peakRssKb() / 1024.0);
        }
        return 0;
    }

    /** The command that runs this same LogLens build, whether from a jar or from the classes folder. */
    private static List<String> selfCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.loglens.app.Main");
        command.addAll(List.of(args));
        return command;
    }

    private record Measurement(String name, double medianSeconds, long peakRssKb) {
    }

    private record Contender(String name, List<String> command) {

        Measurement measure(int runs) throws IOException, InterruptedException {
            double[] seconds = new double[runs];
            long peak = 0;
            for (int i = 0; i < runs; i++) {
                ProcessRun run = ProcessRun.of(command);
                if (run.exitCode() != 0 && !name.startsWith("grep")) {
                    throw new IOException(name + " failed with exit code " + run.exitCode());
                }
                seconds[i] = run.seconds();
                peak = Math.max(peak, run.peakRssKb());
            }
            java.util.Arrays.sort(seconds);
            return new Measurement(name, seconds[runs / 2], peak);
        }
    }
}

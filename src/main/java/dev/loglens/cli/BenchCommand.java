package dev.loglens.cli;

import dev.loglens.core.gen.PythonLogGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code loglens bench}: generates a deterministic Python log of a given size and times LogLens against
 * standard tools on it, each as a whole process in the same run, so the figures are ratios to a peer on
 * the same noisy machine rather than absolute seconds.
 */
final class BenchCommand implements Command {

    private static final long SEED = 20241010L;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String description() {
        return "Time `loglens stats` against `grep -c ERROR` and `wc -l` on a generated Python log.\n"
                + "Reports the median wall time, the ratio to grep and the peak RSS of each.";
    }

    @Override
    public Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("size").hasArg().argName("SIZE")
                .desc("Size of the generated log (e.g. 100MiB, 1GiB). Default: 1GiB.").build());
        options.addOption(Option.builder().longOpt("dir").hasArg().argName("DIR")
                .desc("Where the generated log is kept between runs. Default: target/bench.").build());
        options.addOption(Option.builder().longOpt("runs").hasArg().argName("N")
                .desc("Runs of each command; the median counts. Default: 5.").build());
        return options;
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception {
        String size = line.getOptionValue("size", "1GiB");
        Path dir = Path.of(line.getOptionValue("dir", "target/bench"));
        int runs;
        long bytes;
        try {
            runs = Integer.parseInt(line.getOptionValue("runs", "5"));
            bytes = ByteSizes.parse(size);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (runs < 1) {
            throw new UsageException("--runs must be at least 1");
        }
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
        long[] peaks = new long[contenders.size()];
        for (int c = 0; c < contenders.size(); c++) {
            peaks[c] = contenders.get(c).peakRssKb(); // also warms the page cache and the JVM's class data
        }
        // Round robin, so a slow minute on this shared machine hits every contender alike.
        double[][] seconds = new double[contenders.size()][runs];
        for (int run = 0; run < runs; run++) {
            for (int c = 0; c < contenders.size(); c++) {
                seconds[c][run] = contenders.get(c).seconds();
            }
        }
        List<Measurement> results = new ArrayList<>();
        for (int c = 0; c < contenders.size(); c++) {
            Arrays.sort(seconds[c]);
            results.add(new Measurement(contenders.get(c).name(), seconds[c][runs / 2], peaks[c]));
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

        long peakRssKb() throws IOException, InterruptedException {
            return check(ProcessRun.watchingMemory(command)).peakRssKb();
        }

        double seconds() throws IOException, InterruptedException {
            return check(ProcessRun.timed(command)).seconds();
        }

        private ProcessRun check(ProcessRun run) throws IOException {
            if (run.exitCode() != 0 && !name.startsWith("grep")) {
                throw new IOException(name + " failed with exit code " + run.exitCode());
            }
            return run;
        }
    }
}

package dev.loglens.cli;

import dev.loglens.core.export.JsonRecordWriter;
import dev.loglens.core.format.FieldNames;
import dev.loglens.core.format.FormatDetector;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.format.RecordFields;
import dev.loglens.core.tail.FolderEvents;
import dev.loglens.core.tail.FollowState;
import dev.loglens.core.tail.RecordFollower;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code loglens follow FILE...}: prints the records written to the files from now on (or from their start),
 * through rotation, truncation and re-creation, filtered by the {@link FilterOptions}, until interrupted.
 */
final class FollowCommand implements Command {

    /** How long the loop waits for a file-system event before it looks anyway (network file systems send none). */
    static final long POLL_MILLIS = 50;

    @Override
    public String name() {
        return "follow";
    }

    @Override
    public String arguments() {
        return "FILE...";
    }

    @Override
    public String description() {
        return "Print new records as they are written, like tail -F: through rotation (the old file is read to\n"
                + "its end), copytruncate and re-creation, and waiting for a file that does not exist yet.\n"
                + "Ctrl+C (or SIGTERM) prints what is pending and exits 0.";
    }

    @Override
    public Options options() {
        Options options = new Options();
        FilterOptions.addTo(options);
        options.addOption(Option.builder().longOpt("to").hasArg().argName("FORMAT")
                .desc("text (the records as written, the default) or jsonl (one JSON object per record).").build());
        options.addOption(Option.builder().longOpt("from-start")
                .desc("Print the records already in the files first.").build());
        return options;
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) throws Exception {
        List<Path> files = Command.files(line);
        boolean json = outputFormat(line);
        // The files may not exist yet, so their formats are unknown: times are read as ISO 8601.
        FilterOptions.Spec spec = FilterOptions.parse(line).forFile(null, null, null);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Follow follow = new Follow(files, line.hasOption("from-start"), spec, json, System.out, err);
        Thread shutdown = new Thread(() -> {
            follow.stop();
            try {
                stopped.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // Interrupted is how a follow ends: exit 0 once what was pending is printed.
            Runtime.getRuntime().halt(0);
        }, "loglens-follow-stop");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            follow.run(() -> true);
        } catch (IOException | RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(shutdown); // the exit status is the error's, not 0
            throw e;
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    static boolean outputFormat(CommandLine line) throws UsageException {
        String to = line.getOptionValue("to", "text");
        return switch (to) {
            case "text" -> false;
            case "jsonl" -> true;
            default -> throw new UsageException("--to " + to + ": use text or jsonl");
        };
    }

    /** One follow of some files; {@link #run} returns when stopped, after printing what was pending. */
    static final class Follow {

        private final List<RecordFollower> followers = new ArrayList<>();
        private final OutputStream out;
        private final PrintWriter err;
        private final boolean json;
        private final FilterOptions.Spec spec;
        private volatile boolean running = true;
        private final List<JsonRecordWriter> writers = new ArrayList<>();
        /** The last problem reported for each file, so a lasting one is reported once. */
        private final List<String> problems = new ArrayList<>();
        private boolean wrote;

        Follow(List<Path> files, boolean fromStart, FilterOptions.Spec spec, boolean json, OutputStream stdout,
               PrintWriter err) throws IOException {
            this.out = new BufferedOutputStream(stdout, 1 << 16);
            this.err = err;
            this.json = json;
            this.spec = spec;
            FormatDetector detector = FormatDetector.builtIn();
            for (Path file : files) {
                int which = followers.size();
                writers.add(null);
                problems.add(null);
                followers.add(new RecordFollower(file, fromStart, detector,
                        (b, length, first, source, number) -> print(which, b, length, first, source, number),
                        state -> report(file, state)));
            }
        }

        void stop() {
            running = false;
        }

        /** Tells the user on stderr when a file rotates, is truncated, or is waited for. */
        private void report(Path file, FollowState state) {
            if (state != FollowState.FOLLOWING) {
                err.println("loglens follow: " + file + ": " + state.name().toLowerCase(Locale.ROOT));
                err.flush();
            }
        }

        /** Follows until stopped or {@code goOn} says no; then prints what is pending. */
        void run(BooleanSupplier goOn) throws IOException, InterruptedException {
            Path[] files = followers.stream().map(RecordFollower::path).toArray(Path[]::new);
            try (FolderEvents events = FolderEvents.watching(files)) {
                while (running && goOn.getAsBoolean()) {
                    pollAll();
                    events.await(POLL_MILLIS);
                }
                pollAll();
            } finally {
                for (RecordFollower follower : followers) {
                    follower.finishPending();
                    follower.close();
                }
                out.flush();
            }
        }

        /** One look at every file; a file that cannot be read is reported once and looked at again later. */
        private void pollAll() throws IOException {
            for (int i = 0; i < followers.size(); i++) {
                RecordFollower follower = followers.get(i);
                try {
                    follower.poll();
                    problems.set(i, null);
                } catch (IOException e) {
                    String problem = follower.path() + ": " + e.getMessage();
                    if (!problem.equals(problems.get(i))) {
                        problems.set(i, problem);
                        err.println("loglens follow: " + problem);
                        err.flush();
                    }
                }
            }
            if (wrote) {
                for (JsonRecordWriter writer : writers) {
                    if (writer != null) {
                        writer.flush();
                    }
                }
                out.flush();
                wrote = false;
            }
        }

        private void print(int which, byte[] b, int length, ParsedLine first, Path file, long number) {
            RecordFollower follower = followers.get(which);
            if (!spec.passesLevel(follower.levels().level(first.levelId))
                    || !spec.filter().passesOutsideIndex(first.wallMillis(), b, 0, length, logger(follower, b, first))) {
                return;
            }
            try {
                if (json) {
                    JsonRecordWriter writer = writers.get(which);
                    if (writer == null) {
                        writer = new JsonRecordWriter(new NonClosing(out), follower.format(), follower.levels());
                        writers.set(which, writer);
                    }
                    writer.write(b, length, first, file.toString(), number);
                } else {
                    out.write(b, 0, length);
                    out.write('\n');
                }
                wrote = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String logger(RecordFollower follower, byte[] b, ParsedLine first) {
            String name = RecordFields.text(b, first, follower.format().fieldNames().indexOf(FieldNames.LOGGER));
            return name == null ? null : name.strip();
        }
    }

    /** The JSON writer closes its stream when closed; the output is not its to close. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

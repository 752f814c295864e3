package dev.loglens.cli;

import dev.loglens.core.format.FormatCatalog;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.level.Level;
import dev.loglens.core.level.LevelTable;
import dev.loglens.core.query.FilterRun;
import dev.loglens.core.query.ProgressListener;
import dev.loglens.core.query.RecordFilter;
import dev.loglens.core.query.RecordSelection;
import dev.loglens.core.query.TextMatcher;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TimestampParser;
import dev.loglens.core.time.TypedTimes;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The record filter options that {@code export}, {@code histogram} and {@code follow} share: {@code --level L} (L and more
 * severe), {@code --levels A,B} (exactly those), {@code --grep REGEX}... (all must match, anywhere in the
 * record), {@code --exclude REGEX}... (none may), {@code --logger PREFIX}, {@code --since T} (inclusive) and
 * {@code --until T} (exclusive), times as written in the file.
 */
final class FilterOptions {

    /** Every layout a built-in format writes its times in, to refuse a --since no log could write. */
    private static final List<TimestampParser> ANY_LAYOUT = FormatCatalog.builtIn().formats().stream()
            .flatMap(format -> format.timeLayouts().stream()).toList();
    private static final LocalDate TODAY = LocalDate.now();

    /**
     * The parsed options: the level rule (on names and severities) and the rest as a {@link RecordFilter};
     * {@code since} and {@code until} as written, until {@link #forFile} reads them in a file's time layouts.
     */
    record Spec(int minimumSeverity, Set<String> levelNames, Set<Integer> levelSeverities, RecordFilter filter,
                String since, String until) {

        /**
         * Whether a record of this level passes the level options: {@code --levels ERROR} takes a level of the
         * same rank under another name too (java.util.logging's SEVERE).
         */
        boolean passesLevel(Level level) {
            return level.severity() >= minimumSeverity && (levelNames == null || levelNames.contains(level.name())
                    || levelSeverities.contains(level.severity()));
        }

        /**
         * The options for one file: {@code --since} and {@code --until} read as ISO 8601 or, failing that, in
         * the file's own time layouts ({@code format} null: ISO 8601 only), a year-less time in the year of
         * {@code day}.
         */
        Spec forFile(String file, LogFormat format, LocalDate day) throws UsageException {
            if (since == null && until == null) {
                return this;
            }
            List<TimestampParser> layouts = format == null ? List.of() : format.timeLayouts();
            long from = since == null ? RecordFilter.NO_LOWER_BOUND : time(since, "--since", file, layouts, day);
            long to = until == null ? RecordFilter.NO_UPPER_BOUND : time(until, "--until", file, layouts, day);
            if (to < from) {
                throw new UsageException("--until is before --since");
            }
            return new Spec(minimumSeverity, levelNames, levelSeverities, filter.withTimeRange(from, to), null, null);
        }

        /**
         * The records of an index the options (read for its file by {@link #forFile}) pass, read in one filter
         * run; null for every record (then nothing but the index is read).
         */
        RecordSelection select(RecordIndex index, LogFile log) throws IOException {
            if (since != null || until != null) {
                throw new IllegalStateException("--since and --until are read for a file by forFile first");
            }
            RecordFilter resolved = forLevels(index.levels());
            if (resolved.passesEverything()) {
                return null;
            }
            RecordSelection selection = new RecordSelection();
            new FilterRun(index, log, resolved).run(selection, 0, index.recordCount(), Cancellation.none(),
                    ProgressListener.NONE);
            return selection;
        }

        /** The same level rule as ids of a level table, for a filter over an index. */
        RecordFilter forLevels(LevelTable levels) {
            RecordFilter result = filter;
            for (int id = 0; id < levels.size(); id++) {
                result = result.withLevelShown(id, passesLevel(levels.level(id)));
            }
            return result;
        }
    }

    private FilterOptions() {
    }

    static void addTo(Options options) {
        options.addOption(Option.builder().longOpt("level").hasArg().argName("L")
                .desc("Records of level L and more severe (TRACE, DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL).").build());
        options.addOption(Option.builder().longOpt("levels").hasArg().argName("A,B")
                .desc("Records of exactly these levels (any name the log uses).").build());
        options.addOption(Option.builder().longOpt("grep").hasArg().argName("REGEX")
                .desc("Records matching REGEX anywhere, continuation lines included; repeat: all must match.").build());
        options.addOption(Option.builder().longOpt("exclude").hasArg().argName("REGEX")
                .desc("Leave out records matching REGEX; repeatable.").build());
        options.addOption(Option.builder().longOpt("logger").hasArg().argName("PREFIX")
                .desc("Records of logger PREFIX and the loggers under it (app.db takes app.db.pool).").build());
        options.addOption(Option.builder().longOpt("since").hasArg().argName("T")
                .desc("Records at or after T, in the time as written in the file: ISO 8601 (2024-10-10T11:46, "
                        + "2024-10-10 11:46:39,123) or, for export and histogram, as the file writes its times "
                        + "(10/Oct/2024:11:46:39 +0000).").build());
        options.addOption(Option.builder().longOpt("until").hasArg().argName("T")
                .desc("Records before T.").build());
    }

    static Spec parse(CommandLine line) throws UsageException {
        int minimum = Integer.MIN_VALUE;
        if (line.hasOption("level")) {
            minimum = severityOf(line.getOptionValue("level"));
        }
        Set<String> names = null;
        Set<Integer> severities = new HashSet<>();
        if (line.hasOption("levels")) {
            names = new HashSet<>();
            for (String name : line.getOptionValue("levels").split(",")) {
                if (!name.isBlank()) {
                    String canonical = canonical(name.strip().toUpperCase(Locale.ROOT));
                    names.add(canonical);
                    LevelTable.severityOf(canonical).ifPresent(severities::add);
                }
            }
        }
        RecordFilter filter = RecordFilter.all()
                .withIncludes(regexes(line, "grep"))
                .withExcludes(regexes(line, "exclude"))
                .withLoggerPrefix(line.getOptionValue("logger"));
        String since = line.getOptionValue("since");
        String until = line.getOptionValue("until");
        // Refused now, before any file is read, unless some log could write the time so: each file reads it again.
        long from = since == null ? RecordFilter.NO_LOWER_BOUND : time(since, "--since", null, ANY_LAYOUT, TODAY);
        long to = until == null ? RecordFilter.NO_UPPER_BOUND : time(until, "--until", null, ANY_LAYOUT, TODAY);
        if (to < from) {
            throw new UsageException("--until is before --since");
        }
        return new Spec(minimum, names, severities, filter, since, until);
    }

    private static int severityOf(String written) throws UsageException {
        return LevelTable.severityOf(canonical(written.strip().toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> new UsageException("unknown level '" + written
                        + "': use TRACE, DEBUG, INFO, NOTICE, WARNING, ERROR or CRITICAL (or a name such as SEVERE)"));
    }

    /** WARN is WARNING and FATAL is CRITICAL, as LogLens reads them in logs. */
    private static String canonical(String name) {
        return switch (name) {
            case "WARN" -> "WARNING";
            case "FATAL" -> "CRITICAL";
            default -> name;
        };
    }

    private static List<TextMatcher> regexes(CommandLine line, String option) throws UsageException {
        List<TextMatcher> matchers = new ArrayList<>();
        String[] values = line.getOptionValues(option);
        if (values == null) {
            return matchers;
        }
        for (String value : values) {
            try {
                matchers.add(TextMatcher.regex(value, true));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--" + option + " '" + value + "': " + e.getMessage());
            }
        }
        return matchers;
    }

    /** A time as ISO 8601 (a space for the T, a comma for the point, seconds optional) or in one of the file's layouts. */
    private static long time(String written, String option, String file, List<TimestampParser> layouts, LocalDate day)
            throws UsageException {
        return TypedTimes.wallMillis(written, day, layouts).orElseThrow(() -> new UsageException(option + " '"
                + written + "' is not a time" + (file == null ? "" : " in " + file)
                + ": write it like 2024-10-10T11:46:39" + (layouts.isEmpty() ? "" : ", or as the log writes its times")));
    }
}

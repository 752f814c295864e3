package dev.loglens.core.query;

import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.util.concurrent.CancellationException;

/**
 * Runs a {@link RecordFilter} over an index, on the calling (background) thread, into a
 * {@link RecordSelection} that the viewer can read while it fills.
 *
 * <p>Level and time come from the index's columns, with no I/O: a filter on them alone looks at ten million
 * records in well under a second. Only when a text term or a logger is asked for are the records read, in
 * file order, in large blocks ({@link RecordBlocks}), and only those that passed the index's checks.
 */
public final class FilterRun {

    /** Rows handed to the selection at once, unless a progress report publishes them sooner. */
    private static final int BATCH = 4096;

    private final RecordIndex index;
    private final LogFile file;
    private final RecordFilter filter;
    private final int blockSize;

    public FilterRun(RecordIndex index, LogFile file, RecordFilter filter) {
        this(index, file, filter, RecordBlocks.DEFAULT_BLOCK_SIZE);
    }

    FilterRun(RecordIndex index, LogFile file, RecordFilter filter, int blockSize) {
        this.index = index;
        this.file = file;
        this.filter = filter;
        this.blockSize = blockSize;
    }

    /**
     * Filters the records {@code [fromRecord, toRecord)} into {@code selection}. Rows the selection holds for
     * records at or after {@code fromRecord} are dropped first, so a live view can run again from its last
     * record, which may have grown lines since, up to the new end of the index. The rows found are published
     * before each progress report; after a cancellation (a {@link CancellationException})
     * or a failure the selection holds the rows found before it.
     *
     * @throws RegexTimeoutException when a regular expression term takes too long on one record
     */
    public void run(RecordSelection selection, long fromRecord, long toRecord, Cancellation cancellation,
                    ProgressListener listener) throws IOException {
        if (fromRecord < 0 || fromRecord > toRecord || toRecord > index.recordCount()) {
            throw new IllegalArgumentException("records " + fromRecord + " to " + toRecord
                    + " are not in the index (" + index.recordCount() + " records)");
        }
        selection.dropFrom(fromRecord);
        Pass pass = new Pass(cancellation);
        Progress progress = new Progress(cancellation, listener, toRecord - fromRecord);
        long[] batch = new long[BATCH];
        int count = 0;
        try {
            for (long record = fromRecord; record < toRecord; record++) {
                if (progress.step()) {
                    selection.append(batch, count);
                    count = 0;
                    progress.report(record - fromRecord);
                }
                if (pass.passes(record)) {
                    batch[count++] = record;
                    if (count == BATCH) {
                        selection.append(batch, count);
                        count = 0;
                    }
                }
            }
        } finally {
            selection.append(batch, count);
        }
        progress.finish();
    }

    /** The state of one run: its block reader, and for each text term how far it was searched. */
    private final class Pass {
        private final Cancellation cancellation;
        private final RecordBlocks blocks;
        private final TermCursor[] includes;
        private final TermCursor[] excludes;
        private final LoggerField logger;
        /** The logger prefix as a term: a record without it anywhere cannot be under it, and is not parsed. */
        private final TermCursor loggerTerm;
        private long lastRead = -2;

        Pass(Cancellation cancellation) {
            this.cancellation = cancellation;
            blocks = filter.needsText() || filter.needsLogger() ? new RecordBlocks(index, file, blockSize) : null;
            includes = filter.includes().stream().map(TermCursor::new).toArray(TermCursor[]::new);
            excludes = filter.excludes().stream().map(TermCursor::new).toArray(TermCursor[]::new);
            logger = filter.needsLogger() ? new LoggerField(index) : null;
            loggerTerm = filter.needsLogger()
                    ? new TermCursor(TextMatcher.literal(filter.loggerPrefix(), true)) : null;
        }

        /** The filter's verdict on one record: the index's checks first, then, when they pass, the text's. */
        boolean passes(long record) throws IOException {
            if (!filter.passesIndex(index, record)) {
                return false;
            }
            if (blocks == null) {
                return true;
            }
            blocks.load(record, Direction.FORWARD);
            // Records read one after another are likely to go on so: a term is then searched for ahead.
            boolean readOn = record == lastRead + 1;
            lastRead = record;
            try {
                for (TermCursor term : includes) {
                    if (!term.matches(blocks, readOn, cancellation)) {
                        return false;
                    }
                }
                for (TermCursor term : excludes) {
                    if (term.matches(blocks, readOn, cancellation)) {
                        return false;
                    }
                }
            } catch (RegexTimeoutException e) {
                throw e.onRecord(index, record);
            }
            if (logger == null) {
                return true;
            }
            byte[] b = blocks.bytes();
            return loggerTerm.matches(blocks, readOn, cancellation) && logger.find(b, blocks.from(), blocks.to())
                    && filter.passesLogger(b, logger.start(), logger.end());
        }
    }
}

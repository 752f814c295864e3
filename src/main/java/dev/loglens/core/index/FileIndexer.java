package dev.loglens.core.index;

import dev.loglens.core.format.FormatDetector;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.io.ContentSniffer;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.io.LogFileException;
import dev.loglens.core.level.LevelTable;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TimeFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Builds a {@link RecordIndex} in one pass: the file is cut into segments that worker threads scan in
 * parallel, and this thread joins their results in file order, publishing the index after each so a
 * viewer can show the first records long before the last are read.
 */
public final class FileIndexer {

    static final int SEGMENT_SIZE = 4 << 20;
    /** Records a follow step looks back through for the date of the last timed one. */
    private static final int LAST_DATE_LOOK_BACK = 4096;
    /**
     * Bytes read at a time by a scanner: small enough to stay in the core's L2 cache between the read and
     * the scan, large enough that system calls cost nothing. Lines longer than this are judged by their head.
     */
    static final int SCAN_BUFFER = 256 * 1024;
    private static final int HEAD_SIZE = 128 << 10;
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), daemonThreads());

    private final FormatDetector detector;
    private final int parallelism;
    private final int segmentSize;

    public FileIndexer(FormatDetector detector) {
        this(detector, Runtime.getRuntime().availableProcessors(), SEGMENT_SIZE);
    }

    FileIndexer(FormatDetector detector, int parallelism, int segmentSize) {
        this.detector = detector;
        this.parallelism = Math.max(1, parallelism);
        this.segmentSize = segmentSize;
    }

    public static FileIndexer withBuiltInFormats() {
        return new FileIndexer(FormatDetector.builtIn());
    }

    /**
     * For a window: one core fewer than the machine has (at least one), so the threads that draw the screen
     * always find a free core while a big file is indexed. On two cores a window that indexes on both
     * stalls for a quarter of a second at a time.
     */
    public static FileIndexer leavingACoreFree() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new FileIndexer(FormatDetector.builtIn(), Math.max(1, cores - 1), SEGMENT_SIZE);
    }

    /** Detects the file's format and indexes it. */
    public RecordIndex index(LogFile file, IndexListener listener, Cancellation cancellation) throws IOException {
        return index(file, listener, cancellation, null);
    }

    /**
     * Detects the file's format and indexes it, handing the records that {@code picking}'s pickers pick to its
     * sink on the way, in file order: one pass over the file for a filtered export, on every core.
     */
    public RecordIndex index(LogFile file, IndexListener listener, Cancellation cancellation, RecordPicking picking)
            throws IOException {
        return index(file, detect(file), file.size(), listener, cancellation, picking);
    }

    /** The format of a file, detected from its first bytes; a binary file is refused with a clear message. */
    public LogFormat detect(LogFile file) throws IOException {
        long size = file.size();
        long textStart = firstNonNul(file, size);
        byte[] head = new byte[(int) Math.min(size - textStart, HEAD_SIZE)];
        int headLength = file.read(textStart, head, 0, head.length);
        if (ContentSniffer.looksBinary(head, headLength)) {
            throw new LogFileException(file.path() + ": looks like a binary file, not a text log");
        }
        return detector.detect(head, headLength);
    }

    /** Indexes the first {@code size} bytes of a file in a known format. */
    public RecordIndex index(LogFile file, LogFormat format, long size, IndexListener listener,
                             Cancellation cancellation) throws IOException {
        return index(file, format, size, listener, cancellation, null);
    }

    /** Indexes the first {@code size} bytes of a file in a known format, picking as {@code picking} says (or not, when null). */
    public RecordIndex index(LogFile file, LogFormat format, long size, IndexListener listener,
                             Cancellation cancellation, RecordPicking picking) throws IOException {
        LevelTable levels = new LevelTable();
        LocalDate referenceDate = file.modifiedDate();
        RecordIndex index = new RecordIndex(format, levels, referenceDate,
                FirstWrittenDate.of(file, format, levels, referenceDate));
        RecordPicker joinPicker = null;
        if (picking != null) {
            picking.sink().begin(index);
            joinPicker = picking.pickers().apply(index);
        }
        long segments = (size + segmentSize - 1) / segmentSize;
        int window = parallelism * 2;
        BlockingQueue<SegmentScanner> scanners = new ArrayBlockingQueue<>(parallelism);
        for (int i = 0; i < parallelism; i++) {
            RecordPicker picker = picking == null ? null : picking.pickers().apply(index);
            scanners.add(new SegmentScanner(file, format, levels, SCAN_BUFFER, index, picker, cancellation));
        }
        BlockingQueue<SegmentResult> spare = new ArrayBlockingQueue<>(window);
        ArrayDeque<Future<SegmentResult>> inFlight = new ArrayDeque<>();
        long lineBase = 0;
        long next = 0;
        try {
            while (next < segments || !inFlight.isEmpty()) {
                while (next < segments && inFlight.size() < window) {
                    long start = next * segmentSize;
                    long end = Math.min(size, start + segmentSize);
                    inFlight.add(WORKERS.submit(() -> scanSegment(scanners, spare, file, start, end, size)));
                    next++;
                }
                SegmentResult result = await(inFlight.poll());
                lineBase = join(index, result, lineBase);
                long indexedTo = result.end;
                index.publish(indexedTo, lineBase);
                if (picking != null) {
                    result.deliverPicks(index.appendedRecords() - result.count, file, joinPicker, picking.sink());
                }
                spare.offer(result); // a worker may reuse it from here on
                listener.progressed(index, indexedTo, size);
                cancellation.throwIfCancelled();
            }
        } finally {
            // Not cancel(true): interrupting a worker inside FileChannel.read closes the shared channel.
            inFlight.forEach(f -> f.cancel(false));
        }
        index.publish(size, lineBase);
        listener.progressed(index, size, size); // also for an empty file, which has no segments
        return index;
    }


    /**
     * Indexes what was appended to a file since {@code index} was built or last extended, up to its last
     * complete line (a line still being written waits for its newline): records that start there are
     * appended, and lines that continue the last record (a traceback written after its first line) become
     * its lines. Returns the bytes indexed now, the same as before when nothing complete was added.
     */
    public long indexAppended(LogFile file, RecordIndex index) throws IOException {
        long from = index.indexedBytes();
        long to = endOfLastLine(file, from, file.size());
        if (to <= from) {
            return from;
        }
        SegmentScanner scanner = new SegmentScanner(file, index.format(), index.levels(), SCAN_BUFFER,
                index.referenceDate(), lastWrittenDate(index));
        SegmentResult result = new SegmentResult();
        scanner.scan(from, to, to, result);
        if (result.leadingLevel >= 0 && index.appendedRecords() > 0) {
            index.setLastLevel((byte) result.leadingLevel); // the level line of the record last indexed
        }
        long lines = join(index, result, index.lineCount());
        index.publish(to, lines);
        return to;
    }

    /**
     * The date of the index's last timed record among its last few thousand, for the times without a date appended
     * after it (a follow step must not walk a long untimed tail); null as for the index.
     */
    private static LocalDate lastWrittenDate(RecordIndex index) {
        if (index.firstWrittenDate() == null) {
            return null;
        }
        long last = index.appendedRecords() - 1;
        for (long r = last; r >= Math.max(0, last - LAST_DATE_LOOK_BACK); r--) {
            long millis = index.wallMillis(r);
            if (millis != TimeFields.NO_TIME) {
                return TimeFields.dateOf(millis);
            }
        }
        return index.firstWrittenDate();
    }

    /** The end of the last complete line in {@code [from, size)}, or {@code from} when there is none. */
    private static long endOfLastLine(LogFile file, long from, long size) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        long end = size;
        while (end > from) {
            int n = (int) Math.min(chunk.length, end - from);
            int read = file.read(end - n, chunk, 0, n);
            for (int i = read - 1; i >= 0; i--) {
                if (chunk[i] == '\n') {
                    return end - n + i + 1;
                }
            }
            end -= n;
        }
        return from;
    }

    /** Where the text starts after the NUL hole that logrotate's copytruncate can leave at the start. */
    private static long firstNonNul(LogFile file, long size) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        long at = 0;
        while (at < size) {
            int n = file.read(at, chunk, 0, chunk.length);
            for (int i = 0; i < n; i++) {
                if (chunk[i] != 0) {
                    return at + i;
                }
            }
            if (n <= 0) {
                break;
            }
            at += n;
        }
        return 0;
    }

    private static SegmentResult scanSegment(BlockingQueue<SegmentScanner> scanners, BlockingQueue<SegmentResult> spare,
                                             LogFile file, long start, long end, long size) throws Exception {
        SegmentScanner scanner = scanners.take();
        try {
            SegmentResult result = spare.poll();
            if (result == null) {
                result = new SegmentResult();
            }
            scanner.scan(start, end, size, result);
            return result;
        } finally {
            scanners.add(scanner);
        }
    }

    /** Appends one segment's records to the index; returns the line count so far. */
    private static long join(RecordIndex index, SegmentResult result, long lineBase) {
        boolean startsWithPreamble = result.count == 0 || result.leadingLines() > 0;
        if (index.appendedRecords() == 0 && result.lines > 0 && startsWithPreamble) {
            // Lines before the first record are shown as a record of their own, never dropped.
            index.append(0, 0, LevelTable.NONE_ID, TimeFields.NO_TIME);
        }
        index.appendSegment(result, lineBase);
        return lineBase + result.lines;
    }

    private static SegmentResult await(Future<SegmentResult> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "loglens-indexer");
            thread.setDaemon(true);
            return thread;
        };
    }
}

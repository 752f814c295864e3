package dev.loglens.core.stats;

import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.query.RecordSelection;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TimeFields;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records per time bucket and level, counted from the index alone (its time and level columns; the file
 * is never read again). Buckets start at whole multiples of their size in the time as written in the file,
 * and run from the bucket of the earliest record to that of the latest, empty ones included. Records
 * without a time are counted apart.
 */
public final class Histogram {

    private static final Pattern SIZE = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private final long bucketMillis;
    private final long firstStart;
    private final int levelCount;
    /** {@code counts[bucket * levelCount + levelId]}. */
    private final long[] counts;
    private final long untimed;
    /** Every record of the index below this one was counted; -1 when a selection or a time range was. */
    private final long recordsCounted;
    /** The earliest and latest time counted (NO_TIME when none had one). */
    private final long earliest;
    private final long latest;

    private Histogram(long bucketMillis, long firstStart, int levelCount, long[] counts, long untimed,
                      long recordsCounted, long earliest, long latest) {
        this.earliest = earliest;
        this.latest = latest;
        this.bucketMillis = bucketMillis;
        this.firstStart = firstStart;
        this.levelCount = levelCount;
        this.counts = counts;
        this.untimed = untimed;
        this.recordsCounted = recordsCounted;
    }

    /** A bucket size written as {@code 1s}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}, in millis. */
    public static long parseSize(String written) {
        Matcher m = SIZE.matcher(written.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("bucket size '" + written + "': write it like 1s, 30s, 5m, 1h or 1d");
        }
        long unit = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 86_400_000;
        };
        return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    }

    /**
     * Counts the records of {@code selection} (every record when null) in buckets of {@code bucketMillis}, in
     * one pass over the index's columns. Times mostly grow from record to record, so a record usually falls
     * in the bucket of the one before and costs no division; the counts grow to either side as needed.
     */
    public static Histogram count(RecordIndex index, RecordSelection selection, long bucketMillis,
                                  Cancellation cancellation) {
        return count(index, selection, bucketMillis, Long.MIN_VALUE, Long.MAX_VALUE, cancellation);
    }

    /** The same, for the records whose time is in {@code [fromMillis, untilMillis)} only (a chart's zoomed view). */
    public static Histogram count(RecordIndex index, RecordSelection selection, long bucketMillis, long fromMillis,
                                  long untilMillis, Cancellation cancellation) {
        Counter counter = new Counter(bucketMillis, index.levels().size());
        long rows = selection == null ? index.recordCount() : selection.size();
        boolean everyTime = fromMillis == Long.MIN_VALUE && untilMillis == Long.MAX_VALUE;
        counter.recordsCounted = selection == null && everyTime ? rows : -1;
        for (long row = 0; row < rows; row++) {
            long record = selection == null ? row : selection.get(row);
            long time = index.wallMillis(record);
            if (everyTime || (time != TimeFields.NO_TIME && time >= fromMillis && time < untilMillis)) {
                counter.add(time, index.levelId(record) & 0xFF);
            }
            if ((row & 0xFFFFF) == 0) {
                cancellation.throwIfCancelled();
            }
        }
        return counter.histogram();
    }

    /** Counts by bucket as records come, in an array that grows towards earlier or later buckets. */
    private static final class Counter {
        private final long bucketMillis;
        private final int levels;
        private long[] counts;
        private long baseBucket;
        private long lowest = Long.MAX_VALUE;
        private long highest = Long.MIN_VALUE;
        private long currentStart = Long.MAX_VALUE;
        private long currentEnd = Long.MIN_VALUE;
        private int currentOffset;
        private long untimed;
        private long recordsCounted;
        private long earliest = Long.MAX_VALUE;
        private long latest = Long.MIN_VALUE;

        Counter(long bucketMillis, int levels) {
            this.bucketMillis = bucketMillis;
            this.levels = levels;
        }

        void add(long time, int level) {
            if (time == TimeFields.NO_TIME) {
                untimed++;
                return;
            }
            earliest = Math.min(earliest, time);
            latest = Math.max(latest, time);
            if (time < currentStart || time >= currentEnd) {
                long bucket = Math.floorDiv(time, bucketMillis);
                makeRoom(bucket);
                currentStart = bucket * bucketMillis;
                currentEnd = currentStart + bucketMillis;
                currentOffset = (int) (bucket - baseBucket) * levels;
                lowest = Math.min(lowest, bucket);
                highest = Math.max(highest, bucket);
            }
            counts[currentOffset + level]++;
        }

        private void makeRoom(long bucket) {
            if (counts == null) {
                baseBucket = bucket - 64;
                counts = new long[1024 * levels];
                return;
            }
            long capacity = counts.length / levels;
            if (bucket >= baseBucket && bucket < baseBucket + capacity) {
                return;
            }
            long first = Math.min(baseBucket, bucket);
            long last = Math.max(baseBucket + capacity - 1, bucket);
            long grown = Math.max(capacity * 2, last - first + 1 + capacity / 2);
            if (grown * levels > Integer.MAX_VALUE - 8) {
                grown = last - first + 1;
                if (grown * levels > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException(String.format("%,d buckets are too many: the records span %s;"
                            + " choose a larger bucket", grown, describe(grown * bucketMillis)));
                }
            }
            long newBase = bucket < baseBucket ? last - grown + 1 : first;
            long[] larger = new long[(int) (grown * levels)];
            System.arraycopy(counts, 0, larger, (int) (baseBucket - newBase) * levels, counts.length);
            counts = larger;
            baseBucket = newBase;
            currentStart = Long.MAX_VALUE; // offsets moved
            currentEnd = Long.MIN_VALUE;
        }

        /** Starts from the counts of an earlier histogram of the same bucket size. */
        void start(Histogram earlier) {
            untimed = earlier.untimed;
            if (earlier.earliest != TimeFields.NO_TIME) {
                earliest = earlier.earliest;
                latest = earlier.latest;
            }
            int buckets = earlier.bucketCount();
            if (buckets == 0) {
                return;
            }
            long first = Math.floorDiv(earlier.firstStart, bucketMillis);
            makeRoom(first);
            makeRoom(first + buckets - 1);
            for (int b = 0; b < buckets; b++) {
                for (int level = 0; level < earlier.levelCount; level++) {
                    counts[(int) (first + b - baseBucket) * levels + level] = earlier.count(b, level);
                }
            }
            lowest = first;
            highest = first + buckets - 1;
        }

        Histogram histogram() {
            if (counts == null) {
                return new Histogram(bucketMillis, 0, levels, new long[0], untimed, recordsCounted, TimeFields.NO_TIME,
                        TimeFields.NO_TIME);
            }
            int from = (int) (lowest - baseBucket) * levels;
            int to = (int) (highest - baseBucket + 1) * levels;
            return new Histogram(bucketMillis, lowest * bucketMillis, levels, Arrays.copyOfRange(counts, from, to),
                    untimed, recordsCounted, earliest, latest);
        }
    }

    private static String describe(long millis) {
        return String.format(Locale.ROOT, "%.1f days", millis / 86_400_000.0);
    }

    public long bucketMillis() {
        return bucketMillis;
    }

    public int bucketCount() {
        return levelCount == 0 ? 0 : counts.length / levelCount;
    }

    /** Where bucket {@code b} starts, in wall-clock millis as written in the file. */
    public long bucketStart(int bucket) {
        return firstStart + bucket * bucketMillis;
    }

    /** Records of level {@code levelId} in bucket {@code b}. */
    public long count(int bucket, int levelId) {
        return levelId < levelCount ? counts[bucket * levelCount + levelId] : 0;
    }

    public long total(int bucket) {
        long sum = 0;
        for (int level = 0; level < levelCount; level++) {
            sum += counts[bucket * levelCount + level];
        }
        return sum;
    }

    /** The highest bucket total: the top of a chart's scale. */
    public long maxTotal() {
        long max = 0;
        for (int b = 0; b < bucketCount(); b++) {
            max = Math.max(max, total(b));
        }
        return max;
    }

    /**
     * This histogram of every record with the records appended to the index since it was counted added
     * (a followed file): the counts so far are kept, only the new records are read (a record's time and
     * level never change once indexed, even when it gains lines).
     */
    public Histogram withRecordsAppended(RecordIndex index, Cancellation cancellation) {
        Counter counter = new Counter(bucketMillis, Math.max(levelCount, index.levels().size()));
        counter.start(this);
        for (long record = recordsCounted; record < index.recordCount(); record++) {
            counter.add(index.wallMillis(record), index.levelId(record) & 0xFF);
            if ((record & 0xFFFFF) == 0) {
                cancellation.throwIfCancelled();
            }
        }
        counter.recordsCounted = index.recordCount();
        return counter.histogram();
    }

    /**
     * How many records of the index this histogram counted, all of them from the first; -1 when it counted a
     * selection or a time range (then {@link #withRecordsAppended} does not apply).
     */
    public long recordsCounted() {
        return recordsCounted;
    }

    /** The earliest and the latest time of the records (NO_TIME when none has one), for a chart's first view. */
    public static long[] timeSpan(RecordIndex index) {
        return timeSpan(index, 0, Long.MAX_VALUE, Long.MIN_VALUE);
    }

    /**
     * The time span of every record of the index, given this histogram of its first records: only the
     * records appended since are read (a followed log).
     */
    public long[] timeSpanWithRecordsAppended(RecordIndex index) {
        return timeSpan(index, recordsCounted, earliest == TimeFields.NO_TIME ? Long.MAX_VALUE : earliest,
                latest == TimeFields.NO_TIME ? Long.MIN_VALUE : latest);
    }

    private static long[] timeSpan(RecordIndex index, long fromRecord, long min, long max) {
        for (long record = fromRecord; record < index.recordCount(); record++) {
            long time = index.wallMillis(record);
            if (time != TimeFields.NO_TIME) {
                min = Math.min(min, time);
                max = Math.max(max, time);
            }
        }
        return min > max ? new long[] {TimeFields.NO_TIME, TimeFields.NO_TIME} : new long[] {min, max};
    }

    /** Records that have no time, so are in no bucket. */
    public long untimed() {
        return untimed;
    }

    public int levelCount() {
        return levelCount;
    }

    @Override
    public String toString() {
        return "Histogram[" + bucketCount() + " buckets of " + bucketMillis + " ms from " + firstStart + ", "
                + Arrays.stream(counts).sum() + " records]";
    }
}

package dev.loglens.core.time;

import java.util.ArrayList;
import java.util.List;

/**
 * The timestamp layouts a format may write, tried in order: {@code iso} (ISO 8601 and Python's asctime),
 * {@code epoch} (seconds or milliseconds since 1970) or a {@code strftime} layout such as {@code %b %d %H:%M:%S}.
 */
public final class TimeLayouts implements TimestampParser {

    private final TimestampParser[] parsers;

    private TimeLayouts(List<TimestampParser> parsers) {
        this.parsers = parsers.toArray(TimestampParser[]::new);
    }

    public static TimeLayouts of(List<String> layouts) {
        List<TimestampParser> parsers = new ArrayList<>();
        for (String layout : layouts) {
            parsers.add(switch (layout) {
                case "iso" -> IsoTimestampParser.INSTANCE;
                case "epoch" -> EpochParser.INSTANCE;
                default -> StrftimeParser.compile(layout);
            });
        }
        if (parsers.isEmpty()) {
            parsers.add(IsoTimestampParser.INSTANCE);
        }
        return new TimeLayouts(parsers);
    }

    /**
     * Tries first the layout that read the time before: a file keeps to one layout, so a date such as
     * {@code 05/12/2024} that two layouts read is read the way the file's unambiguous dates were.
     */
    @Override
    public TimestampParser forOneReader() {
        TimestampParser[] own = parsers;
        return new TimestampParser() {
            private int last;

            @Override
            public int parse(byte[] b, int start, int end, TimeFields out) {
                int next = own[last].parse(b, start, end, out);
                for (int i = 0; i < own.length && next < 0; i++) {
                    if (i != last && (next = own[i].parse(b, start, end, out)) >= 0) {
                        last = i;
                    }
                }
                return next;
            }
        };
    }

    /** Parses the whole of {@code [start, end)} with the first layout that reads all of it. */
    public boolean parseExactly(byte[] b, int start, int end, TimeFields out) {
        for (TimestampParser parser : parsers) {
            int next = parser.parse(b, start, end, out);
            if (next == end) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int parse(byte[] b, int start, int end, TimeFields out) {
        for (TimestampParser parser : parsers) {
            int next = parser.parse(b, start, end, out);
            if (next >= 0) {
                return next;
            }
        }
        return -1;
    }

    /** Seconds (with an optional fraction) or milliseconds since the epoch, written as digits. */
    private static final class EpochParser implements TimestampParser {
        static final EpochParser INSTANCE = new EpochParser();

        @Override
        public int parse(byte[] b, int start, int end, TimeFields out) {
            int p = start;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            int digits = p - start;
            if (digits < 9 || digits > 19) {
                return -1;
            }
            if (p + 1 < end && b[p] == '.' && b[p + 1] >= '0' && b[p + 1] <= '9') {
                p++;
                while (p < end && b[p] >= '0' && b[p] <= '9') {
                    p++;
                }
            }
            return EpochTimes.fill(b, start, p, out) ? p : -1;
        }
    }
}

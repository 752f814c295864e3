package dev.loglens.core.time;

import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;

/**
 * A timestamp parser compiled from a C/Python {@code strftime} layout such as {@code %d/%b/%Y:%H:%M:%S}
 * (Python {@code logging}'s {@code datefmt}). Numeric fields accept unpadded values.
 */
public final class StrftimeParser implements TimestampParser {

    /**
     * Month names by their first three letters: English, then the other abbreviations Java and C write in
     * Spanish, Portuguese, Italian, German and Dutch locales (a Tomcat in Madrid writes {@code ago 18, 2013}).
     * No abbreviation names two months; French's {@code juin} and {@code juil.} would need four letters.
     */
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec", "ene", "abr", "ago", "dic", "fev", "mai", "set", "out", "dez", "gen", "mag", "giu", "lug",
        "ott", "okt", "mrt", "mei"};
    private static final int[] MONTH_NUMBERS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 4, 8, 12, 2, 5, 9, 10, 12,
        1, 5, 6, 7, 10, 10, 3, 5};
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private enum Part { YEAR, YEAR2, MONTH, MONTH_NAME, DAY, HOUR, HOUR12, AM_PM, MINUTE, SECOND, MICROS, OFFSET,
        DAY_NAME, ZONE_NAME, LITERAL }

    private record Step(Part part, byte literal) {
    }

    private final Step[] steps;
    private final String layout;
    private final boolean hasYear;
    private final boolean hasDate;

    private StrftimeParser(List<Step> steps, String layout) {
        this.steps = steps.toArray(Step[]::new);
        this.layout = layout;
        this.hasYear = steps.stream().anyMatch(s -> s.part() == Part.YEAR || s.part() == Part.YEAR2);
        this.hasDate = steps.stream().anyMatch(s -> s.part() == Part.DAY);
    }

    /** Compiles a layout; an unsupported directive is an {@link IllegalArgumentException} naming it. */
    public static StrftimeParser compile(String layout) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < layout.length(); i++) {
            char c = layout.charAt(i);
            if (c != '%') {
                // Log lines are UTF-8, so a literal such as 年 is matched as its UTF-8 bytes.
                int codePoint = layout.codePointAt(i);
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    steps.add(new Step(Part.LITERAL, b));
                }
                i += Character.charCount(codePoint) - 1;
                continue;
            }
            if (++i >= layout.length()) {
                throw new IllegalArgumentException("datefmt ends with a lone %: " + layout);
            }
            char directive = layout.charAt(i);
            switch (directive) {
                case 'Y' -> steps.add(new Step(Part.YEAR, (byte) 0));
                case 'y' -> steps.add(new Step(Part.YEAR2, (byte) 0));
                case 'm' -> steps.add(new Step(Part.MONTH, (byte) 0));
                case 'b', 'h', 'B' -> steps.add(new Step(Part.MONTH_NAME, (byte) 0));
                case 'd', 'e' -> steps.add(new Step(Part.DAY, (byte) 0));
                case 'H', 'k' -> steps.add(new Step(Part.HOUR, (byte) 0));
                case 'I', 'l' -> steps.add(new Step(Part.HOUR12, (byte) 0));
                case 'p' -> steps.add(new Step(Part.AM_PM, (byte) 0));
                case 'M' -> steps.add(new Step(Part.MINUTE, (byte) 0));
                case 'S' -> steps.add(new Step(Part.SECOND, (byte) 0));
                case 'f' -> steps.add(new Step(Part.MICROS, (byte) 0));
                case 'z' -> steps.add(new Step(Part.OFFSET, (byte) 0));
                case 'Z' -> steps.add(new Step(Part.ZONE_NAME, (byte) 0));
                case 'a', 'A' -> steps.add(new Step(Part.DAY_NAME, (byte) 0));
                case 'T' -> steps.addAll(compile("%H:%M:%S").stepList());
                case 'F' -> steps.addAll(compile("%Y-%m-%d").stepList());
                case '%' -> steps.add(new Step(Part.LITERAL, (byte) '%'));
                default -> throw new IllegalArgumentException("datefmt directive %" + directive + " is not supported");
            }
        }
        return new StrftimeParser(steps, layout);
    }

    private List<Step> stepList() {
        return List.of(steps);
    }

    public String layout() {
        return layout;
    }

    @Override
    public int parse(byte[] b, int start, int end, TimeFields out) {
        out.clear();
        out.year = 1900;
        out.month = 1;
        out.day = 1;
        int pos = start;
        boolean pm = false;
        boolean twelveHour = false;
        for (int k = 0; k < steps.length; k++) {
            Step step = steps[k];
            if (step.part() == Part.LITERAL) {
                // A tab-separated log writes the date and the time as two columns.
                boolean tabForSpace = step.literal() == ' ' && pos < end && b[pos] == '\t';
                if (pos >= end || (b[pos] != step.literal() && !tabForSpace)) {
                    return -1;
                }
                pos++;
                continue;
            }
            long read = switch (step.part()) {
                case YEAR -> number(b, pos, end, 4, 4);
                case YEAR2, MINUTE, SECOND, MONTH -> number(b, pos, end,
                        step.part() == Part.YEAR2 ? 2 : 1, digitsBeforeNextNumber(k, b, pos, end));
                // a blank may pad a one-digit day (%e, syslog) or hour (%k, MySQL 5.5)
                case HOUR, HOUR12, DAY -> number(b, skipOneSpace(b, pos, end), end, 1, 2);
                case MONTH_NAME -> name(b, pos, end, MONTHS);
                case DAY_NAME -> name(b, pos, end, DAYS);
                case AM_PM -> amPm(b, pos, end);
                case ZONE_NAME -> zoneName(b, pos, end, out);
                case MICROS -> {
                    int next = IsoTimestampParser.parseFraction(b, pos, end, out);
                    yield next == pos ? -1 : next;
                }
                case OFFSET -> {
                    int next = IsoTimestampParser.parseOffset(b, pos, end, out);
                    yield next == pos ? -1 : next;
                }
                default -> throw new IllegalStateException(step.part().name());
            };
            if (read < 0) {
                return -1;
            }
            int value = (int) (read >>> 32);
            switch (step.part()) {
                case YEAR -> out.year = value;
                case YEAR2 -> out.year = value < 69 ? 2000 + value : 1900 + value;
                case MONTH -> out.month = value;
                case MONTH_NAME -> out.month = MONTH_NUMBERS[value];
                case DAY -> out.day = value;
                case HOUR -> out.hour = value;
                case HOUR12 -> {
                    out.hour = value % 12;
                    twelveHour = true;
                }
                case AM_PM -> pm = value == 1;
                case MINUTE -> out.minute = value;
                case SECOND -> out.second = value;
                default -> {
                    // the fraction, offset and names carry no value to store here
                }
            }
            pos = (int) read;
        }
        if (twelveHour && pm) {
            out.hour += 12;
        }
        out.completeFromReference(hasYear, hasDate);
        return out.isValid() ? pos : -1;
    }

    /**
     * The most digits field {@code k} may take: two, or one for an unpadded month written right before the day,
     * which then keeps its two ({@code %m%d} reads PyTorch's {@code 910} as September 10).
     */
    private int digitsBeforeNextNumber(int k, byte[] b, int pos, int end) {
        if (k + 1 >= steps.length || steps[k + 1].part() != Part.DAY) {
            return 2;
        }
        int run = 0;
        while (pos + run < end && b[pos + run] >= '0' && b[pos + run] <= '9') {
            run++;
        }
        return run == 3 ? 1 : 2;
    }

    /** Reads digits; returns the value in the high half and the end position in the low half, or -1. */
    private static long number(byte[] b, int pos, int end, int minDigits, int maxDigits) {
        int v = 0;
        int n = 0;
        while (n < maxDigits && pos + n < end && b[pos + n] >= '0' && b[pos + n] <= '9') {
            v = v * 10 + (b[pos + n] - '0');
            n++;
        }
        return n < minDigits ? -1 : packed(v, pos + n);
    }

    /** Whether a day's or a month's name (as {@code %a} or {@code %b} reads it) starts at {@code pos}. */
    public static boolean startsWithDayOrMonthName(byte[] b, int pos, int end) {
        return name(b, pos, end, MONTHS) >= 0 || name(b, pos, end, DAYS) >= 0;
    }

    private static long name(byte[] b, int pos, int end, String[] names) {
        if (end - pos < 3) {
            return -1;
        }
        for (int i = 0; i < names.length; i++) {
            String name = names[i]; // lower case; compared without making a string per line
            if ((b[pos] | 0x20) == name.charAt(0) && (b[pos + 1] | 0x20) == name.charAt(1)
                    && (b[pos + 2] | 0x20) == name.charAt(2)) {
                int next = pos + 3;
                while (next < end && isLetter(b[next])) {
                    next++;
                }
                return packed(i, next);
            }
        }
        return -1;
    }

    private static long amPm(byte[] b, int pos, int end) {
        if (end - pos < 2 || (b[pos + 1] | 0x20) != 'm') {
            return -1;
        }
        int c = b[pos] | 0x20;
        if (c != 'a' && c != 'p') {
            return -1;
        }
        return packed(c == 'p' ? 1 : 0, pos + 2);
    }

    /** A zone's name ({@code %Z}): its offset where it names one zone ({@code CEST}); any other name says nothing. */
    private static long zoneName(byte[] b, int pos, int end, TimeFields out) {
        long next = word(b, pos, end);
        if (next > pos) {
            ZoneAbbreviations.readInto(b, pos, (int) next, out);
        }
        return next;
    }

    private static long word(byte[] b, int pos, int end) {
        int next = pos;
        while (next < end && isLetter(b[next])) {
            next++;
        }
        return next == pos ? -1 : next;
    }

    private static boolean isLetter(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static long packed(int value, int position) {
        return (long) value << 32 | position;
    }

    private static int skipOneSpace(byte[] b, int pos, int end) {
        return pos < end && b[pos] == ' ' ? pos + 1 : pos;
    }
}

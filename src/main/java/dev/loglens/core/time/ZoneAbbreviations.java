package dev.loglens.core.time;

/**
 * The offsets of the time-zone abbreviations a log may write after its time ({@code 13:36:42 CEST}, PostgreSQL's
 * {@code %t}), for those that name one zone only. {@code CST}, {@code IST}, {@code BST} and {@code AST} each stand
 * for zones hours apart, so they, and any name not listed, leave the time without an offset.
 */
final class ZoneAbbreviations {

    private static final String[] NAMES = {"UTC", "GMT", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "EST",
        "EDT", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT",
        "ACST", "ACDT", "AWST", "NZST", "NZDT"};
    private static final int[] OFFSET_MINUTES = {0, 0, 0, 60, 60, 120, 120, 180, 180, -300,
        -240, -300, -420, -360, -480, -420, -540, -480, -600, 540, 540, 480, 480, 600, 660,
        570, 630, 480, 720, 780};

    private ZoneAbbreviations() {
    }

    /** Sets the offset of the abbreviation {@code b[from, to)} on {@code out} when it names one zone. */
    static void readInto(byte[] b, int from, int to, TimeFields out) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].length() == to - from && IsoTimestampParser.isText(b, from, NAMES[i])) {
                out.hasOffset = true;
                out.offsetSeconds = OFFSET_MINUTES[i] * 60;
                return;
            }
        }
    }
}

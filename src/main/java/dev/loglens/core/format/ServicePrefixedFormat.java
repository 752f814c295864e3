package dev.loglens.core.format;

import dev.loglens.core.level.LevelTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines that {@code docker compose logs} (or {@code docker-compose up}) wrote: each service's own line after
 * its name and a bar, {@code warehouse_db-1  | 2025-12-22 11:25:37.602 UTC [1] LOG:  ...}, the names padded to
 * one width and sometimes coloured. The rest of the line is read in the service's own format; the name is the
 * record's {@code service} field. A line without the prefix ({@code db-1 exited with code 0}) continues the
 * record before it.
 */
public final class ServicePrefixedFormat extends PrefixedFormat {

    private static final String SERVICE = "service";

    private final List<String> fieldNames;
    /** Where the service name goes among the fields, or -1 when the inner format leaves no room. */
    private final int serviceField;

    public ServicePrefixedFormat(LogFormat inner) {
        super(inner);
        List<String> names = new ArrayList<>(inner.fieldNames());
        serviceField = names.size() < ParsedLine.maxFields() && !names.contains(SERVICE) ? names.size() : -1;
        if (serviceField >= 0) {
            names.add(SERVICE);
        }
        this.fieldNames = List.copyOf(names);
    }

    @Override
    public String id() {
        return "compose/" + inner.id();
    }

    @Override
    public String name() {
        return "docker compose lines (service | ...) of " + inner.name();
    }

    @Override
    public List<String> fieldNames() {
        return fieldNames;
    }

    @Override
    protected LineParser afterPrefix(LineParser parser) {
        return (b, start, end, out) -> {
            int text = textStart(b, start, end);
            if (text < 0 || !parser.parse(b, text, end, out)) {
                return false;
            }
            if (out.wantFields && serviceField >= 0) {
                int name = afterColour(b, start, end);
                out.fieldStart[serviceField] = name;
                out.fieldEnd[serviceField] = nameEnd(b, name, end);
            }
            return true;
        };
    }

    /**
     * Where the service's own line starts in {@code b[start, end)}, after {@code name<spaces>| }, or -1 when
     * the line has no such prefix. The name is a word of letters, digits, {@code _ . -}; colour codes may
     * surround it and the bar.
     */
    static int textStart(byte[] b, int start, int end) {
        int name = afterColour(b, start, end);
        int p = nameEnd(b, name, end);
        if (!isContainerName(b, name, p) || p >= end || b[p] != ' ') {
            return -1;
        }
        while (p < end && b[p] == ' ') {
            p++;
        }
        p = afterColour(b, p, end);
        if (p >= end || b[p] != '|') {
            return -1;
        }
        p = afterColour(b, p + 1, end);
        return p < end && b[p] == ' ' ? p + 1 : p == end ? p : -1;
    }

    /**
     * Whether {@code b[from, to)} can name a container: a word with a letter in it, not a level (whole, or cut to
     * its first letter). That tells {@code web-1  | } or {@code project_db    | } from a layout that starts with a
     * level and a bar ({@code INFO     | ...}) or with a time in seconds and a bar ({@code 1765967344.123456 | ...}).
     */
    private static boolean isContainerName(byte[] b, int from, int to) {
        boolean letter = false;
        for (int i = from; i < to && !letter; i++) {
            letter = (b[i] >= 'A' && b[i] <= 'Z') || (b[i] >= 'a' && b[i] <= 'z');
        }
        boolean cutLevel = to - from == 1 && LevelTable.standardLevelStartingWith(b, from, 1) >= 0; // %(levelname).1s
        return letter && !cutLevel && LevelTable.wellKnownId(b, from, to - from) < 0;
    }

    private static int nameEnd(byte[] b, int from, int end) {
        int p = from;
        while (p < end && isNameByte(b[p])) {
            p++;
        }
        return p;
    }

    private static boolean isNameByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-';
    }

    /** Past any ANSI colour codes ({@code ESC [ ... m}) at {@code from}. */
    private static int afterColour(byte[] b, int from, int end) {
        int p = from;
        while (p + 1 < end && b[p] == 0x1B && b[p + 1] == '[') {
            int q = p + 2;
            while (q < end && ((b[q] >= '0' && b[q] <= '9') || b[q] == ';')) {
                q++;
            }
            if (q >= end || b[q] != 'm') {
                return p;
            }
            p = q + 1;
        }
        return p;
    }
}

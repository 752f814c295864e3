package dev.loglens.core.format;

import dev.loglens.core.time.IsoTimestampParser;
import dev.loglens.core.time.StrftimeParser;
import dev.loglens.core.time.TimeFields;
import dev.loglens.core.time.TimeLayouts;
import dev.loglens.core.time.TimestampParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a Python {@code logging.Formatter} format string, in any of its three styles
 * ({@code %(name)s}, {@code {name}}, {@code $name}), into a {@link PatternFormat} that reads lines written with it.
 */
public final class PythonFormatCompiler {

    private static final Pattern PERCENT = Pattern.compile("%\\((\\w+)\\)([-#0 +]*)(\\d*)(?:\\.(\\d+))?[sdfrxXeEgGiouc]|%%");
    private static final Pattern BRACE = Pattern.compile("\\{(\\w+)(?:!\\w)?(?::([^}]*))?}|\\{\\{|}}");
    private static final Pattern DOLLAR = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)|\\$\\$");
    private static final Pattern BRACE_SPEC = Pattern.compile(".?([<>^=])?[-+ ]?#?0?(\\d*).*");

    /** LogRecord attributes: how each is written and the field name LogLens gives it. */
    private static final Map<String, Token.FieldKind> KINDS = Map.ofEntries(
            Map.entry("asctime", Token.FieldKind.TIME), Map.entry("created", Token.FieldKind.EPOCH),
            Map.entry("msecs", Token.FieldKind.MILLIS), Map.entry("relativeCreated", Token.FieldKind.NUMBER),
            Map.entry("levelname", Token.FieldKind.LEVEL_NAME), Map.entry("levelno", Token.FieldKind.LEVEL_NUMBER),
            Map.entry("lineno", Token.FieldKind.INTEGER), Map.entry("process", Token.FieldKind.INTEGER),
            Map.entry("thread", Token.FieldKind.INTEGER), Map.entry("message", Token.FieldKind.MESSAGE));
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "asctime", FieldNames.TIME, "created", FieldNames.TIME, "levelname", FieldNames.LEVEL,
            "levelno", FieldNames.LEVEL, "name", FieldNames.LOGGER, "message", FieldNames.MESSAGE);

    private PythonFormatCompiler() {
    }

    /**
     * The {@code datefmt} values seen most in Python projects (the logging documentation's own examples among
     * them), tried after the default (ISO 8601) when a layout is given without one, each layout before any that
     * reads a head of what it reads ({@code %I:%M:%S %p} before {@code %H:%M:%S}). A time that more than one
     * reads ({@code 05/12/2024}) is read as the file's times before it were, month first at the start. A built-in
     * layout then reads a file whatever {@code datefmt} it was written with.
     */
    private static final List<String> COMMON_DATEFMTS = List.of("%m-%d %H:%M:%S", "%m/%d %H:%M:%S",
            "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M:%S", "%d-%b-%y %H:%M:%S", "%d/%m/%Y %H:%M:%S",
            "%d-%m-%Y %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%d.%m.%Y %H:%M:%S", "%b %d %H:%M:%S", "%d %b %Y %H:%M:%S",
            "%a, %d %b %Y %H:%M:%S", "%H:%M:%S");

    /**
     * @param format the {@code fmt} given to {@code logging.Formatter}
     * @param datefmt its {@code datefmt}, or null for the default ({@code 2024-10-10 11:46:39,123}) or any of
     *                the common ones
     */
    public static PatternFormat compile(String id, String name, String format, String datefmt) {
        boolean defaultDatefmt = datefmt == null || datefmt.isBlank();
        List<Token> tokens = tokenize(format);
        if (tokens.stream().noneMatch(t -> t instanceof Token.Field)) {
            throw new IllegalArgumentException("the format names no LogRecord attribute: " + format);
        }
        return defaultDatefmt
                ? new PatternFormat(id, name, tokens, IsoTimestampParser.INSTANCE, CommonDatefmts.INSTANCE)
                : new PatternFormat(id, name, tokens, StrftimeParser.compile(datefmt), null);
    }

    /**
     * The common datefmts, asked only about text that starts as one of them can: with a digit, or a month's or
     * a day's name. Every traceback line is tried as a record start, and most are ruled out at once.
     */
    private static final class CommonDatefmts implements TimestampParser {
        static final CommonDatefmts INSTANCE = new CommonDatefmts(TimeLayouts.of(COMMON_DATEFMTS));
        private final TimestampParser layouts;

        private CommonDatefmts(TimestampParser layouts) {
            this.layouts = layouts;
        }

        @Override
        public TimestampParser forOneReader() {
            return new CommonDatefmts(layouts.forOneReader());
        }

        @Override
        public int parse(byte[] b, int start, int end, TimeFields out) {
            boolean digit = start < end && b[start] >= '0' && b[start] <= '9';
            boolean name = start + 3 < end && b[start] >= 'A' && b[start] <= 'Z' && isLower(b[start + 1])
                    && isLower(b[start + 2]) && (b[start + 3] == ' ' || b[start + 3] == ',');
            return digit || name ? layouts.parse(b, start, end, out) : -1;
        }

        private static boolean isLower(byte c) {
            return c >= 'a' && c <= 'z';
        }
    }

    static List<Token> tokenize(String format) {
        if (format.contains("%(")) {
            return tokenize(format, PERCENT, Style.PERCENT);
        } else if (BRACE.matcher(format).find() && format.contains("{")) {
            return tokenize(format, BRACE, Style.BRACE);
        }
        return tokenize(format, DOLLAR, Style.DOLLAR);
    }

    private enum Style { PERCENT, BRACE, DOLLAR }

    private static List<Token> tokenize(String format, Pattern pattern, Style style) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        Matcher m = pattern.matcher(format);
        int last = 0;
        while (m.find()) {
            literal.append(format, last, m.start());
            last = m.end();
            String attribute = style == Style.DOLLAR && m.group(1) == null ? m.group(2) : m.group(1);
            if (attribute == null) {
                literal.append(m.group().charAt(0));
                continue;
            }
            if (literal.length() > 0) {
                tokens.add(Token.Literal.of(literal.toString()));
                literal.setLength(0);
            }
            tokens.add(field(attribute, style, m));
        }
        literal.append(format.substring(last));
        if (literal.length() > 0) {
            tokens.add(Token.Literal.of(literal.toString()));
        }
        return tokens;
    }

    private static Token.Field field(String attribute, Style style, Matcher m) {
        int width = 0;
        int precision = 0;
        boolean left = true;
        if (style == Style.PERCENT) {
            String flags = m.group(2);
            width = m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3));
            precision = m.group(4) == null || !m.group(0).endsWith("s") ? 0 : Integer.parseInt(m.group(4));
            boolean zeroPadded = flags.contains("0") && !flags.contains("-");
            left = flags.contains("-") || zeroPadded;
        } else if (style == Style.BRACE && m.group(2) != null) {
            Matcher spec = BRACE_SPEC.matcher(m.group(2));
            if (spec.matches() && !spec.group(2).isEmpty()) {
                width = Integer.parseInt(spec.group(2));
                left = spec.group(1) == null || "<".equals(spec.group(1));
            }
        }
        Token.FieldKind kind = KINDS.getOrDefault(attribute, Token.FieldKind.TEXT);
        return new Token.Field(FIELD_NAMES.getOrDefault(attribute, attribute), kind, width, left, precision);
    }
}

package dev.loglens.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.loglens.core.level.LevelTable;
import dev.loglens.core.time.EpochTimes;
import dev.loglens.core.time.TimeLayouts;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object per line (python-json-logger, structlog's JSONRenderer, most services). Each of the
 * four fields LogLens understands may be written under any of several keys; the first such key in the
 * line wins. A numeric level is read on Python's scale under {@code levelno} (10 DEBUG … 50 CRITICAL) and
 * on pino's and bunyan's under any other key (10 TRACE … 60 FATAL); a written one through the format's level
 * names, if it has any. A time written as MongoDB's extended JSON ({@code {"$date": "…"}}) is read too.
 */
public final class JsonLinesFormat extends NamedFormat {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    /**
     * ISO 8601, then JavaScript's {@code Date.toString()} (winston's exception handler writes it under {@code
     * date}) and {@code toUTCString()}.
     */
    private static final TimeLayouts TIMES = TimeLayouts.of(
            List.of("iso", "%a %b %d %Y %H:%M:%S GMT%z", "%a, %d %b %Y %H:%M:%S %Z"));
    private static final List<String> FIELDS = List.of(FieldNames.TIME, FieldNames.LEVEL, FieldNames.LOGGER,
            FieldNames.MESSAGE);

    /** Key as written to the index of its field in {@link #FIELDS}. */
    private final Map<String, Integer> roles = new HashMap<>();
    /** Level names as written to the names LogLens shows ({@code W} to WARNING). */
    private final Map<String, String> levelNames;

    public JsonLinesFormat(String id, String name, FormatDefinition.JsonLayout layout) {
        super(id, name, FIELDS);
        for (int field = 0; field < FIELDS.size(); field++) {
            for (String key : layout.keys().getOrDefault(FIELDS.get(field), List.of())) {
                roles.putIfAbsent(key, field);
            }
        }
        levelNames = Map.copyOf(layout.levels());
    }

    /** Whether the key is one this format reads as the time, level, logger or message. */
    public boolean mapsKey(String key) {
        return roles.containsKey(key);
    }

    @Override
    public int specificity() {
        return 10;
    }

    @Override
    public LineParser newParser(LevelTable levels) {
        return new Parser(levels);
    }

    private final class Parser implements LineParser {
        private final LevelTable levels;
        private byte[] scratch = new byte[64];

        Parser(LevelTable levels) {
            this.levels = levels;
        }

        @Override
        public boolean parse(byte[] b, int start, int end, ParsedLine out) {
            int p = start;
            while (p < end && (b[p] == ' ' || b[p] == '\t')) {
                p++;
            }
            if (p >= end || b[p] != '{') {
                return false;
            }
            out.reset();
            boolean anyKnownKey = false;
            boolean anyKey = false;
            try (JsonParser json = JSON.createParser(b, p, end - p)) {
                json.nextToken();
                JsonToken token;
                while ((token = json.nextToken()) == JsonToken.FIELD_NAME) {
                    anyKey = true;
                    String key = json.currentName();
                    Integer role = roles.get(key);
                    JsonToken value = json.nextToken();
                    if (role == null || out.fieldStart[role] >= 0) {
                        json.skipChildren();
                        continue;
                    }
                    anyKnownKey = true;
                    if (role == 0 && value == JsonToken.START_OBJECT) {
                        readExtendedJsonDate(json, p, out);
                        continue;
                    }
                    out.fieldStart[role] = p + (int) json.currentTokenLocation().getByteOffset();
                    json.skipChildren();
                    json.finishToken(); // strings are read lazily: their end is known only now
                    out.fieldEnd[role] = p + (int) json.currentLocation().getByteOffset();
                    if (role == 0) {
                        readTime(json, value, out);
                    } else if (role == 1) {
                        readLevel(json, value, "levelno".equals(key), out);
                    }
                }
                return token == JsonToken.END_OBJECT && anyKnownKey;
            } catch (JsonEOFException cutShort) {
                // Only the head of a very long line is parsed: an object that was well-formed up to the cut
                // starts a record, even if its level or time come after the cut, once it has a key. A line that
                // is only an object's opening ("{" of pretty-printed JSON) is not one.
                return anyKey;
            } catch (IOException | RuntimeException notJson) {
                return false;
            }
        }

        private void readTime(JsonParser json, JsonToken value, ParsedLine out) throws IOException {
            if (value == JsonToken.VALUE_STRING) {
                int len = toScratch(json);
                out.hasTime = TIMES.parse(scratch, 0, len, out.time) >= 0;
            } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                int len = toScratch(json);
                out.hasTime = EpochTimes.fill(scratch, 0, len, out.time) // every written digit, as zap writes them
                        || EpochTimes.fill(json.getDoubleValue(), out.time); // 1.7e9
            }
        }

        /**
         * A time as MongoDB writes it, {@code {"$date": "2022-11-28T14:59:52.769+11:00"}}, the parser on the
         * object's start (of a line starting at {@code p}): read to the object's end; the time field is the
         * date's value.
         */
        private void readExtendedJsonDate(JsonParser json, int p, ParsedLine out) throws IOException {
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                boolean date = "$date".equals(json.currentName());
                JsonToken value = json.nextToken();
                if (date && value != JsonToken.START_OBJECT && value != JsonToken.START_ARRAY) {
                    out.fieldStart[0] = p + (int) json.currentTokenLocation().getByteOffset();
                    json.finishToken();
                    out.fieldEnd[0] = p + (int) json.currentLocation().getByteOffset();
                    readTime(json, value, out);
                } else {
                    json.skipChildren();
                }
            }
        }

        private void readLevel(JsonParser json, JsonToken value, boolean pythonScale, ParsedLine out)
                throws IOException {
            String named = value == JsonToken.VALUE_STRING && !levelNames.isEmpty()
                    ? levelNames.get(json.getText()) : null;
            if (named != null) {
                out.levelId = levels.idOf(named);
                out.levelWellKnown = true;
                out.hasLevel = true;
            } else if (value == JsonToken.VALUE_STRING) {
                int len = toScratch(json);
                out.levelId = levels.idOf(scratch, 0, len);
                out.levelWellKnown = LevelTable.isWellKnown(scratch, 0, len);
                out.hasLevel = true;
            } else if (value == JsonToken.VALUE_NUMBER_INT) {
                long number = json.getLongValue();
                out.levelId = pythonScale ? levels.idOfNumber(number) : levels.idOfPinoNumber(number);
                out.levelWellKnown = true;
                out.hasLevel = true;
            }
        }

        /** Copies a short string value into the byte scratch buffer the byte-based parsers read. */
        private int toScratch(JsonParser json) throws IOException {
            char[] chars = json.getTextCharacters();
            int offset = json.getTextOffset();
            int len = Math.min(json.getTextLength(), 256);
            if (scratch.length < len) {
                scratch = new byte[len];
            }
            for (int i = 0; i < len; i++) {
                char c = chars[offset + i];
                scratch[i] = c < 0x80 ? (byte) c : (byte) '?';
            }
            return len;
        }
    }
}

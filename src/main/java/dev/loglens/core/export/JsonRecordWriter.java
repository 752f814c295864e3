package dev.loglens.core.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.loglens.core.format.FieldNames;
import dev.loglens.core.format.JsonLinesFormat;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.level.LevelTable;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes records as JSON Lines: {@code timestamp} (ISO 8601 as written), {@code level}, {@code logger},
 * {@code message} (with the record's further lines, a traceback included), {@code file}, {@code line}, then
 * every other field the format read; for a JSON log, every other key of the record's object, as it was.
 */
public final class JsonRecordWriter implements Closeable {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Set<String> NAMED = Set.of(FieldNames.TIME, FieldNames.LEVEL, FieldNames.LOGGER,
            FieldNames.MESSAGE);

    private final JsonGenerator out;
    private final LevelTable levels;
    private final List<String> fields;
    /** Set for JSON logs, whose other keys are copied as they are. */
    private final JsonLinesFormat jsonFormat;
    private final int timeField;
    private final int loggerField;
    private final int messageField;

    public JsonRecordWriter(OutputStream stream, LogFormat format, LevelTable levels) throws IOException {
        this.out = JSON.createGenerator(stream);
        this.out.setRootValueSeparator(null);
        this.levels = levels;
        this.fields = format.fieldNames();
        this.jsonFormat = format instanceof JsonLinesFormat json ? json : null;
        this.timeField = fields.indexOf(FieldNames.TIME);
        this.loggerField = fields.indexOf(FieldNames.LOGGER);
        this.messageField = fields.indexOf(FieldNames.MESSAGE);
    }

    /**
     * One record: its text {@code b[0, length)} (lines joined by '\n'), what its first line gave (field spans
     * into {@code b}), its file and the number of its first line (-1 when unknown: written as null).
     */
    public void write(byte[] b, int length, ParsedLine first, String file, long line) throws IOException {
        int firstLineEnd = RecordText.firstLineEnd(b, length);
        out.writeStartObject();
        out.writeStringField("timestamp", first.hasTime ? first.time.toIsoString() : null);
        out.writeStringField("level", levels.level(first.levelId).name());
        out.writeStringField("logger", RecordText.field(b, first, loggerField));
        out.writeStringField("message", RecordText.message(b, length, first, messageField));
        out.writeStringField("file", file);
        if (line >= 0) {
            out.writeNumberField("line", line);
        } else {
            out.writeNullField("line");
        }
        if (jsonFormat != null) {
            copyOtherKeys(b, firstLineEnd);
        } else {
            for (int f = 0; f < fields.size(); f++) {
                if (!NAMED.contains(fields.get(f))) {
                    String value = RecordText.field(b, first, f);
                    if (value != null) {
                        out.writeStringField(RecordExporter.columnOf(fields.get(f)), value);
                    }
                }
            }
        }
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /**
     * The keys of a JSON record other than those given above, copied as they are. Each value is copied
     * whole into text first: a line cut in the middle of a value (a crash, the partial last line of a
     * rotated file) keeps the keys before the cut and never leaves the output half-written.
     */
    private void copyOtherKeys(byte[] b, int firstLineEnd) throws IOException {
        Set<String> written = new HashSet<>(RecordExporter.FIXED_COLUMNS);
        try (JsonParser parser = JSON.createParser(b, 0, firstLineEnd)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                StringWriter value = new StringWriter();
                try (JsonGenerator copy = JSON.createGenerator(value)) {
                    copy.copyCurrentStructure(parser);
                }
                String column = RecordExporter.columnOf(key);
                if (!jsonFormat.mapsKey(key) && written.add(column)) {
                    out.writeFieldName(column);
                    out.writeRawValue(value.toString());
                }
            }
        } catch (IOException cut) {
            // the keys before the cut are written
        }
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

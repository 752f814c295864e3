package dev.loglens.core.export;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.loglens.core.format.FieldNames;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.ParsedLine;
import dev.loglens.core.format.RecordHead;
import dev.loglens.core.index.FileIndexer;
import dev.loglens.core.index.IndexListener;
import dev.loglens.core.index.LiteralFirstPicking;
import dev.loglens.core.index.PickedRecords;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.index.RecordPicker;
import dev.loglens.core.index.RecordPicking;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.io.RecordReader;
import dev.loglens.core.query.ProgressListener;
import dev.loglens.core.query.RecordSelection;
import dev.loglens.core.task.Cancellation;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the records of a selection (or every record) as text (each record's bytes exactly as in the file,
 * so an export of everything reproduces the file byte for byte), JSON Lines or CSV (RFC 4180, a header row,
 * the same columns as JSON Lines: for a JSON log, the format's columns only, as its other keys differ from
 * record to record).
 */
public final class RecordExporter {

    public enum Form {
        TEXT, JSONL, CSV
    }

    private static final int COPY_BLOCK = 1 << 20;
    /** A record bigger than this is cut in JSON Lines and CSV (text keeps every byte). */
    private static final int MAX_RECORD_BYTES = 64 << 20;
    private static final Set<String> NAMED = Set.of(FieldNames.TIME, FieldNames.LEVEL, FieldNames.LOGGER,
            FieldNames.MESSAGE);

    private final RecordIndex index;
    private final LogFile file;
    private final String sourceName;

    public RecordExporter(RecordIndex index, LogFile file, String sourceName) {
        this.index = index;
        this.file = file;
        this.sourceName = sourceName;
    }

    /** Writes the records; returns how many. {@code selection} null means every record. */
    public long export(RecordSelection selection, Form form, OutputStream out, Cancellation cancellation,
                       ProgressListener listener) throws IOException {
        long rows = selection == null ? index.recordCount() : selection.size();
        return switch (form) {
            case TEXT -> text(selection, rows, out, cancellation, listener);
            case JSONL, CSV -> structured(selection, rows, form, out, cancellation, listener);
        };
    }

    /**
     * Copies the records' byte ranges, consecutive records as one range, through a block of the file read
     * a mebibyte at a time: a selection of short records scattered through the file costs one read per
     * block, not one per record.
     */
    private long text(RecordSelection selection, long rows, OutputStream out, Cancellation cancellation,
                      ProgressListener listener) throws IOException {
        Block block = new Block();
        long rangeStart = -1;
        long rangeEnd = -1;
        for (long row = 0; row < rows; row++) {
            long record = selection == null ? row : selection.get(row);
            long start = index.startOffset(record);
            long end = index.endOffset(record);
            if (start != rangeEnd) {
                block.copy(rangeStart, rangeEnd, out);
                rangeStart = start;
            }
            rangeEnd = end;
            if ((row & 0xFFFF) == 0) {
                cancellation.throwIfCancelled();
                listener.progressed(row, rows);
            }
        }
        block.copy(rangeStart, rangeEnd, out);
        listener.progressed(rows, rows);
        return rows;
    }

    /** The part of the file last read, from which ranges are copied. */
    private final class Block {
        private final byte[] bytes = new byte[COPY_BLOCK];
        private long start;
        private int length;

        void copy(long from, long to, OutputStream out) throws IOException {
            long at = from;
            while (at >= 0 && at < to) {
                if (at < start || at >= start + length) {
                    start = at;
                    length = Math.max(0, file.read(at, bytes, 0, (int) Math.min(bytes.length, file.size() - at)));
                    if (length == 0) {
                        throw new IOException(sourceName + ": the file ended early (was it truncated?)");
                    }
                }
                int offset = (int) (at - start);
                int n = (int) Math.min(length - offset, to - at);
                out.write(bytes, offset, n);
                at += n;
            }
        }
    }

    private long structured(RecordSelection selection, long rows, Form form, OutputStream out,
                            Cancellation cancellation, ProgressListener listener) throws IOException {
        RecordReader reader = new RecordReader(file, index);
        try (StructuredRows writer = new StructuredRows(form, out)) {
            for (long row = 0; row < rows; row++) {
                long record = selection == null ? row : selection.get(row);
                writer.write(record, reader.bytes(record, MAX_RECORD_BYTES));
                if ((row & 0xFFF) == 0) {
                    cancellation.throwIfCancelled();
                    listener.progressed(row, rows);
                }
            }
        }
        listener.progressed(rows, rows);
        return rows;
    }

    /**
     * Exports the records that {@code pickers} pick from a file in a known format, reading the file once. A text
     * export whose filter needs a literal searches the file for it and parses only the records around its hits
     * ({@link LiteralFirstPicking}); any other export picks while the file is indexed (see
     * {@link FileIndexer#index(LogFile, LogFormat, long, IndexListener, Cancellation, RecordPicking)}).
     */
    public static void exportPicked(FileIndexer indexer, LogFile file, LogFormat format, String sourceName,
                                    Function<RecordIndex, RecordPicker> pickers, Form form, OutputStream out,
                                    Cancellation cancellation) throws IOException {
        StreamedExport export = new StreamedExport(file, sourceName, form, out);
        RecordPicking picking = new RecordPicking(pickers, export);
        if (form != Form.TEXT || !LiteralFirstPicking.pick(file, format, picking, cancellation)) {
            indexer.index(file, format, file.size(), IndexListener.NONE, cancellation, picking);
        }
        export.finish();
    }

    /** Writes picked records as they are handed over: text from the held bytes, rows from the file. */
    private static final class StreamedExport implements PickedRecords {
        private final LogFile file;
        private final String sourceName;
        private final Form form;
        private final OutputStream out;
        private RecordExporter exporter;
        private Block block;
        private StructuredRows rows;
        private RecordReader reader;

        StreamedExport(LogFile file, String sourceName, Form form, OutputStream out) {
            this.file = file;
            this.sourceName = sourceName;
            this.form = form;
            this.out = out;
        }

        @Override
        public void begin(RecordIndex index) throws IOException {
            exporter = new RecordExporter(index, file, sourceName);
            block = exporter.new Block();
            if (form != Form.TEXT) {
                rows = exporter.new StructuredRows(form, out);
                reader = new RecordReader(file, index);
            }
        }

        @Override
        public void picked(long record, long start, long end, byte[] b, int from, int to) throws IOException {
            if (rows != null) {
                rows.write(record, reader.bytes(start, end, MAX_RECORD_BYTES));
            } else if (b != null) {
                out.write(b, from, to - from);
            } else {
                block.copy(start, end, out);
            }
        }

        void finish() throws IOException {
            if (rows != null) {
                rows.close();
            }
        }
    }

    /** The JSON Lines or CSV rows of an export: each record's first line is parsed again for its fields. */
    private final class StructuredRows implements Closeable {
        private final RecordHead head = new RecordHead(index.format(), index.levels());
        private final ParsedLine parsed = new ParsedLine();
        private final List<String> fields = index.format().fieldNames();
        private final JsonRecordWriter json;
        private final CsvGenerator csv;

        StructuredRows(Form form, OutputStream out) throws IOException {
            LocalDate day = index.referenceDate();
            parsed.time.setReferenceDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            json = form == Form.JSONL ? new JsonRecordWriter(out, index.format(), index.levels()) : null;
            csv = form == Form.CSV ? csv(out, fields) : null;
        }

        /** Writes one record, given its text (see {@link RecordReader#bytes(long, int)}). */
        void write(long record, byte[] bytes) throws IOException {
            parsed.time.startCarryingDateOf(index.wallMillis(record));
            if (!head.parse(bytes, 0, bytes.length, parsed)) {
                parsed.reset(); // lines before the first record: text only
            }
            long line = index.firstLine(record) + 1;
            if (json != null) {
                json.write(bytes, bytes.length, parsed, sourceName, line);
            } else {
                writeCsvRow(csv, bytes, parsed, fields, line);
            }
        }

        @Override
        public void close() throws IOException {
            if (json != null) {
                json.close();
            } else {
                csv.close();
            }
        }
    }

    private CsvGenerator csv(OutputStream out, List<String> fields) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String column : columns(fields)) {
            schema.addColumn(column);
        }
        CsvGenerator generator = new CsvFactory().createGenerator(out);
        generator.configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        generator.setSchema(schema.build().withHeader().withLineSeparator("\r\n"));
        return generator;
    }

    /** The columns every row has, in order, before the format's other fields. */
    static final List<String> FIXED_COLUMNS = List.of("timestamp", "level", "logger", "message", "file", "line");

    /**
     * The column of a format's field other than its time, level, logger and message: its name, or
     * {@code record_} and its name when a fixed column has that name (a log's own {@code file} field is not the
     * file it was read from).
     */
    static String columnOf(String field) {
        return FIXED_COLUMNS.contains(field) ? "record_" + field : field;
    }

    /** The columns of CSV and the keys of JSON Lines, in order: the named ones, then the format's others. */
    static List<String> columns(List<String> fields) {
        List<String> columns = new ArrayList<>(FIXED_COLUMNS);
        for (String field : fields) {
            if (!NAMED.contains(field)) {
                columns.add(columnOf(field));
            }
        }
        return columns;
    }

    private void writeCsvRow(CsvGenerator csv, byte[] b, ParsedLine parsed, List<String> fields,
                             long line) throws IOException {
        csv.writeStartArray();
        csv.writeString(parsed.hasTime ? parsed.time.toIsoString() : "");
        csv.writeString(index.levels().level(parsed.levelId).name());
        csv.writeString(orEmpty(RecordText.field(b, parsed, fields.indexOf(FieldNames.LOGGER))));
        csv.writeString(RecordText.message(b, b.length, parsed, fields.indexOf(FieldNames.MESSAGE)));
        csv.writeString(sourceName);
        csv.writeNumber(line);
        for (int f = 0; f < fields.size(); f++) {
            if (!NAMED.contains(fields.get(f))) {
                csv.writeString(orEmpty(RecordText.field(b, parsed, f)));
            }
        }
        csv.writeEndArray();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

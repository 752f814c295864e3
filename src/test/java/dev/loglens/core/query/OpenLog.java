package dev.loglens.core.query;

import dev.loglens.core.index.FileIndexer;
import dev.loglens.core.index.IndexListener;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A log written by a test, opened and indexed with the built-in formats. */
final class OpenLog implements AutoCloseable {

    /** JSON Lines whose loggers come under two keys, with their quotes in the line: records 0 to 4. */
    static final String JSON_LOGGERS = """
            {"level": "info", "logger": "app.db", "event": "connected"}
            {"level": "info", "name": "app.dbx", "event": "other"}
            {"level": "error", "logger": "app.db.pool", "event": "exhausted"}
            {"level": "info", "event": "no logger"}
            {"level": "info", "logger": "app.db", "event": "again"}
            """;

    final LogFile file;
    final RecordIndex index;

    private OpenLog(LogFile file, RecordIndex index) {
        this.file = file;
        this.index = index;
    }

    static OpenLog write(Path path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static OpenLog write(Path path, byte[] bytes) throws IOException {
        return open(Files.write(path, bytes));
    }

    static OpenLog open(Path path) throws IOException {
        LogFile file = LogFile.open(path);
        return new OpenLog(file, FileIndexer.withBuiltInFormats().index(file, IndexListener.NONE, Cancellation.none()));
    }

    /** The level id the index gives a level name. */
    int levelId(String name) {
        return index.levels().idOf(name);
    }

    /** Every record the filter passes, read in blocks of {@code blockSize} bytes. */
    List<Long> filter(RecordFilter filter, int blockSize) throws IOException {
        RecordSelection selection = new RecordSelection();
        new FilterRun(index, file, filter, blockSize).run(selection, 0, index.recordCount(), Cancellation.none(),
                ProgressListener.NONE);
        return rows(selection);
    }

    static List<Long> rows(RecordSelection selection) {
        List<Long> rows = new ArrayList<>();
        for (long i = 0; i < selection.size(); i++) {
            rows.add(selection.get(i));
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}

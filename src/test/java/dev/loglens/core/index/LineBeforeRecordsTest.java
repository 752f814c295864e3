package dev.loglens.core.index;

import static dev.loglens.core.index.LogFixture.assertEveryIndexerGives;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.index.LogFixture.Built;
import dev.loglens.core.time.TimeFields;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formats where a line's meaning depends on the line before: java.util.logging writes a record's level on its
 * second line, npm repeats a record's number on each of its lines. Every indexer, whatever its segments, must
 * give the records an independent reading gives, however a segment boundary splits a pair of lines.
 */
class LineBeforeRecordsTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long millis(String time) {
        return LogFixture.millis(LocalDateTime.parse(time));
    }

    /** A java.util.logging record: its header line and its level line. */
    private static LogFixture jul(LogFixture log, String time, String header, String level, String message) {
        return log.head(bytes(header), level, millis(time)).line(level + ": " + message);
    }

    @Test
    void julRecordsTakeTheirLevelFromTheirSecondLine() throws Exception {
        for (LogFixture log : new LogFixture[] {LogFixture.lf(), LogFixture.crlf()}) {
            jul(log, "2024-10-10T11:46:39", "Oct 10, 2024 11:46:39 AM com.example.Server start", "INFO", "listening");
            jul(log, "2024-10-10T11:46:40", "Oct 10, 2024 11:46:40 AM com.example.Server handle", "SEVERE", "failed")
                    .line("java.lang.IllegalStateException: boom").line("\tat com.example.Server.handle(Server.java:42)");
            jul(log, "2024-10-10T11:46:41", "Oct 10, 2024 11:46:41 AM com.example.Server stop", "WARNING", "stopping");
            Built built = log.build(true);
            Path file = built.writeTo(dir.resolve("server.log"));
            assertEveryIndexerGives(file, built.expected("java-jul"));
            assertThat(LogFixture.index(file).level(1).severity()).isEqualTo(40); // SEVERE ranks as ERROR
        }
    }

    /**
     * Tomcat run by Maven: the JVM's "WARNING: ..." lines (uvicorn's layout), Maven's "[INFO] ..." lines, then
     * java.util.logging records, whose "INFO: ..." second lines look like uvicorn's too but stay their records'.
     */
    @Test
    void julRecordsMixedWithOtherLayoutsKeepTheirSecondLines() throws Exception {
        for (LogFixture log : new LogFixture[] {LogFixture.lf(), LogFixture.crlf()}) {
            for (int copy = 0; copy < 2; copy++) {
                log.head(bytes("WARNING: An illegal reflective access operation has occurred"), "WARNING",
                                TimeFields.NO_TIME)
                        .head(bytes("WARNING: All illegal access operations will be denied in a future release"),
                                "WARNING", TimeFields.NO_TIME)
                        .head(bytes("[INFO] Scanning for projects..."), "INFO", TimeFields.NO_TIME)
                        .head(bytes("[INFO] "), "INFO", TimeFields.NO_TIME)
                        .head(bytes("[INFO] Running war on http://localhost:8080/"), "INFO", TimeFields.NO_TIME);
                jul(log, "2021-08-06T12:51:55", "Aug 06, 2021 12:51:55 PM org.apache.coyote.AbstractProtocol init",
                        "INFO", "Initializing ProtocolHandler [\"http-bio-8080\"]");
                jul(log, "2021-08-06T12:51:56", "Aug 06, 2021 12:51:56 PM org.apache.catalina.startup.ContextConfig"
                        + " processAnnotationsJar", "SEVERE", "Unable to process Jar entry [module-info.class]")
                        .line("org.apache.tomcat.util.bcel.classfile.ClassFormatException: Invalid byte tag: 19")
                        .line("\tat org.apache.tomcat.util.bcel.classfile.Constant.readConstant(Constant.java:133)")
                        .line("");
                jul(log, "2021-08-06T12:51:57", "Aug 06, 2021 12:51:57 PM org.apache.coyote.AbstractProtocol start",
                        "INFO", "Starting ProtocolHandler [\"http-bio-8080\"]");
            }
            Built built = log.build(true);
            Path file = built.writeTo(dir.resolve("catalina.out"));
            String format = LogFixture.index(file).format().id();
            assertThat(format).contains("java-jul").contains("+");
            assertEveryIndexerGives(file, built.expected(format));
        }
    }

    @Test
    void npmRecordsAreTheLinesThatShareASequenceNumber() throws Exception {
        for (LogFixture log : new LogFixture[] {LogFixture.lf(), LogFixture.crlf()}) {
            log.head(bytes("0 info it worked if it ends with ok"), "INFO", TimeFields.NO_TIME)
                    .head(bytes("1 verbose cli [ '/usr/local/bin/node',"), "DEBUG", TimeFields.NO_TIME)
                    .line("1 verbose cli   '/usr/local/bin/npm',")
                    .line("1 verbose cli   'install' ]")
                    .head(bytes("2 info using npm@3.3.6"), "INFO", TimeFields.NO_TIME)
                    .head(bytes("3 silly cache add parsed spec Result {"), "TRACE", TimeFields.NO_TIME)
                    .line("3 silly cache add   raw: 'git+https://github.com/Krisa/node-retries',")
                    .line("3 silly cache add   scope: null }")
                    .head(bytes("4 verbose stack Error: Refusing to install needle-retries as a dependency of itself"),
                            "DEBUG", TimeFields.NO_TIME)
                    .line("4 verbose stack     at checkSelf (/usr/local/lib/node_modules/npm/lib/install/validate-args.js:40:14)")
                    .head(bytes("5 error code ENOSELF"), "ERROR", TimeFields.NO_TIME)
                    .head(bytes("6 error Refusing to install needle-retries as a dependency of itself"), "ERROR",
                            TimeFields.NO_TIME)
                    .line("6 error If you need help, you may report this error at:")
                    .line("6 error     <https://github.com/npm/npm/issues>")
                    .head(bytes("7 verbose exit [ 1, true ]"), "DEBUG", TimeFields.NO_TIME);
            Built built = log.build(true);
            assertEveryIndexerGives(built.writeTo(dir.resolve("npm-debug.log")), built.expected("npm-debug"));
        }
    }
}

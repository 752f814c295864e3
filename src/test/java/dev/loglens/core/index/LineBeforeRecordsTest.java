package dev.loglens.core.index;

import static dev.loglens.core.index.LogFixture.assertEveryIndexerGives;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.format.RecordStarts;
import dev.loglens.core.index.LogFixture.Built;
import dev.loglens.core.index.LogFixture.Config;
import dev.loglens.core.time.TimeFields;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
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
                    .head(bytes("1 verbose cli [ '/usr/local/bin/node',"), "VERBOSE", TimeFields.NO_TIME)
                    .line("1 verbose cli   '/usr/local/bin/npm',")
                    .line("1 verbose cli   'install' ]")
                    .head(bytes("2 info using npm@3.3.6"), "INFO", TimeFields.NO_TIME)
                    .head(bytes("3 silly cache add parsed spec Result {"), "TRACE", TimeFields.NO_TIME)
                    .line("3 silly cache add   raw: 'git+https://github.com/Krisa/node-retries',")
                    .line("3 silly cache add   scope: null }")
                    .head(bytes("4 verbose stack Error: Refusing to install needle-retries as a dependency of itself"),
                            "VERBOSE", TimeFields.NO_TIME)
                    .line("4 verbose stack     at checkSelf (/usr/local/lib/node_modules/npm/lib/install/validate-args.js:40:14)")
                    .head(bytes("5 error code ENOSELF"), "ERROR", TimeFields.NO_TIME)
                    .head(bytes("6 error Refusing to install needle-retries as a dependency of itself"), "ERROR",
                            TimeFields.NO_TIME)
                    .line("6 error If you need help, you may report this error at:")
                    .line("6 error     <https://github.com/npm/npm/issues>")
                    .head(bytes("7 verbose exit [ 1, true ]"), "VERBOSE", TimeFields.NO_TIME);
            Built built = log.build(true);
            assertEveryIndexerGives(built.writeTo(dir.resolve("npm-debug.log")), built.expected("npm-debug"));
        }
    }

    /** A header of up to {@link RecordStarts#MAX_LINE_BEFORE} bytes waits for its level line; a longer one does not. */
    @Test
    void aSegmentThatStartsAtALevelLineJudgesItAsTheSegmentBeforeDid() throws Exception {
        int max = RecordStarts.MAX_LINE_BEFORE;
        for (int length : new int[] {max - 1, max, max + 1}) {
            for (String eol : new String[] {"\n", "\r\n"}) {
                LogFixture log = new LogFixture(eol);
                for (int i = 0; i < 3; i++) { // uvicorn's layout mixed in: a level line must not become its record
                    log.head(bytes("WARNING: JVM warning " + i), "WARNING", TimeFields.NO_TIME);
                }
                String header = "Oct 10, 2024 11:46:40 AM com.example.Server handle";
                header += "x".repeat(length - header.length()); // a long method name
                for (int i = 0; i < 4; i++) {
                    jul(log, "2024-10-10T11:46:3" + i, "Oct 10, 2024 11:46:3" + i + " AM com.example.Server start",
                            "INFO", "up " + i);
                }
                if (length <= max) {
                    jul(log, "2024-10-10T11:46:40", header, "WARNING", "failed");
                } else { // then the level line reads as uvicorn's, a record of its own
                    log.head(bytes(header), LogFixture.NONE, millis("2024-10-10T11:46:40"))
                            .head(bytes("WARNING: failed"), "WARNING", TimeFields.NO_TIME);
                }
                Built built = log.build(true);
                Path file = built.writeTo(dir.resolve("server.log"));
                String format = LogFixture.index(file).format().id();
                assertThat(format).contains("python-uvicorn").contains("java-jul");
                int levelLine = (int) built.expected(format).records().get(7).start() + length + eol.length();
                LogFixture.assertEveryIndexerGives(file, built.expected(format), List.of(new Config(2, levelLine),
                        new Config(2, levelLine - 1), new Config(2, levelLine + 1)));
            }
        }
    }

    /** logrotate's copytruncate leaves NULs before the next record: the text after them is the line before. */
    @Test
    void aLongNulHoleBeforeTheLineBeforeASegmentDoesNotHideIt() throws Exception {
        byte[] hole = new byte[60_000];
        LogFixture jul = LogFixture.lf();
        jul(jul, "2024-10-10T11:46:39", "Oct 10, 2024 11:46:39 AM com.example.Server start", "INFO", "up");
        jul.head(concat(hole, bytes("Oct 10, 2024 11:46:40 AM com.example.Server stop")), "SEVERE",
                millis("2024-10-10T11:46:40")).line("SEVERE: failed");
        Built julBuilt = jul.build(true);
        LogFixture.assertEveryIndexerGives(julBuilt.writeTo(dir.resolve("catalina.out")), julBuilt.expected("java-jul"),
                List.of(new Config(2, 20_000), new Config(2, 59_990), new Config(2, 60_050)));

        LogFixture npm = LogFixture.lf()
                .head(bytes("0 info it worked if it ends with ok"), "INFO", TimeFields.NO_TIME)
                .head(bytes("1 verbose cli b"), "VERBOSE", TimeFields.NO_TIME)
                .head(concat(hole, bytes("2 info x")), "INFO", TimeFields.NO_TIME)
                .line("2 info y");
        Built npmBuilt = npm.build(true);
        LogFixture.assertEveryIndexerGives(npmBuilt.writeTo(dir.resolve("npm-debug.log")), npmBuilt.expected("npm-debug"),
                List.of(new Config(2, 20_000), new Config(2, 60_030), new Config(2, 60_040)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}

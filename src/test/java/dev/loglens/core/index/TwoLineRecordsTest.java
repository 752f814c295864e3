package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.format.FormatDetector;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** java.util.logging writes a record's level on its second line; the record still gets it. */
class TwoLineRecordsTest {

    /**
     * Tomcat run by Maven: the JVM's "WARNING: ..." lines (uvicorn's layout), Maven's "[INFO] ..." lines,
     * then java.util.logging records, whose "INFO: ..." second lines look like uvicorn's too.
     */
    private static final String TOMCAT_UNDER_MAVEN = """
            WARNING: An illegal reflective access operation has occurred
            WARNING: All illegal access operations will be denied in a future release
            [INFO] Scanning for projects...
            [INFO] Building messenger 0.0.1-SNAPSHOT
            [INFO]\s
            [INFO] --- tomcat7-maven-plugin:2.2:run (default-cli) @ messenger ---
            [INFO] Running war on http://localhost:8080/
            Aug 06, 2021 12:51:55 PM org.apache.coyote.AbstractProtocol init
            INFO: Initializing ProtocolHandler ["http-bio-8080"]
            Aug 06, 2021 12:51:55 PM org.apache.catalina.core.StandardService startInternal
            INFO: Starting service Tomcat
            Aug 06, 2021 12:51:56 PM org.apache.catalina.startup.ContextConfig processAnnotationsJar
            SEVERE: Unable to process Jar entry [module-info.class]
            org.apache.tomcat.util.bcel.classfile.ClassFormatException: Invalid byte tag in constant pool: 19
            \tat org.apache.tomcat.util.bcel.classfile.Constant.readConstant(Constant.java:133)

            Aug 06, 2021 12:51:57 PM org.apache.coyote.AbstractProtocol start
            INFO: Starting ProtocolHandler ["http-bio-8080"]
            WARNING: a JVM warning between records is a record of its own
            """;

    @TempDir
    Path dir;

    @Test
    void julRecordsTakeTheirLevelFromTheirSecondLine() throws Exception {
        Path log = Files.writeString(dir.resolve("server.log"), """
                Oct 10, 2024 11:46:39 AM com.example.Server start
                INFO: listening on port 8080
                Oct 10, 2024 11:46:40 AM com.example.Server handle
                SEVERE: request failed
                java.lang.IllegalStateException: boom
                \tat com.example.Server.handle(Server.java:42)
                Oct 10, 2024 11:46:41 AM com.example.Server stop
                WARNING: shutting down
                """);
        try (LogFile file = LogFile.open(log)) {
            RecordIndex index = FileIndexer.withBuiltInFormats().index(file, IndexListener.NONE, Cancellation.none());
            assertThat(index.format().id()).isEqualTo("java-jul");
            assertThat(index.recordCount()).isEqualTo(3);
            assertThat(index.level(0).name()).isEqualTo("INFO");
            assertThat(index.level(1).name()).isEqualTo("SEVERE");
            assertThat(index.level(1).severity()).isEqualTo(40);
            assertThat(index.level(2).name()).isEqualTo("WARNING");
            assertThat(index.lineCountOf(1)).isEqualTo(4);
        }
    }

    @Test
    void julRecordsMixedWithOtherLayoutsKeepTheirSecondLines() throws Exception {
        Path log = Files.writeString(dir.resolve("catalina.out"), TOMCAT_UNDER_MAVEN);
        try (LogFile file = LogFile.open(log)) {
            RecordIndex index = FileIndexer.withBuiltInFormats().index(file, IndexListener.NONE, Cancellation.none());
            assertThat(index.format().id()).contains("java-jul").contains("+");
            assertThat(levelNames(index)).containsExactly("WARNING", "WARNING", "INFO", "INFO", "INFO", "INFO",
                    "INFO", "INFO", "INFO", "SEVERE", "INFO", "WARNING");
            assertThat(index.lineCountOf(9)).isEqualTo(5); // header, level line, exception, frame, blank line
        }
    }

    @Test
    void aLevelLineAcrossASegmentBoundaryIsReadOnceAndGivesItsRecordTheLevel() throws Exception {
        Path log = Files.writeString(dir.resolve("catalina.out"), TOMCAT_UNDER_MAVEN.repeat(3));
        try (LogFile file = LogFile.open(log)) {
            RecordIndex whole = new FileIndexer(FormatDetector.builtIn(), 1, Integer.MAX_VALUE)
                    .index(file, IndexListener.NONE, Cancellation.none());
            assertThat(whole.recordCount()).isEqualTo(36);
            // Every boundary position in the first copy, so each line of a record is once at a segment's start.
            for (int segment = 16; segment < TOMCAT_UNDER_MAVEN.length(); segment += 7) {
                RecordIndex split = new FileIndexer(FormatDetector.builtIn(), 2, segment)
                        .index(file, IndexListener.NONE, Cancellation.none());
                assertThat(split.format().id()).as("segment %d", segment).isEqualTo(whole.format().id());
                assertThat(levelNames(split)).as("segment %d", segment).isEqualTo(levelNames(whole));
                assertThat(starts(split)).as("segment %d", segment).isEqualTo(starts(whole));
            }
        }
    }

    private static List<String> levelNames(RecordIndex index) {
        List<String> names = new ArrayList<>();
        for (long r = 0; r < index.recordCount(); r++) {
            names.add(index.level(r).name());
        }
        return names;
    }

    private static List<Long> starts(RecordIndex index) {
        List<Long> starts = new ArrayList<>();
        for (long r = 0; r < index.recordCount(); r++) {
            starts.add(index.startOffset(r));
        }
        return starts;
    }
}

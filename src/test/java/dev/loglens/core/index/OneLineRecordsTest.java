package dev.loglens.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.io.LogFile;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TimeFields;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats whose every line is an event: a line the format does not read is a record, not a continuation. */
class OneLineRecordsTest {

    @TempDir
    Path dir;

    @Test
    void apacheStartUpMessagesWithoutATimeAreRecordsOfTheirOwn() throws Exception {
        Path log = Files.writeString(dir.resolve("error_log"), """
                [Tue Jul 25 13:09:07.070158 2023] [mpm_event:notice] [pid 210305:tid 1] AH00489: configured
                [Tue Jul 25 13:09:18.673080 2023] [mpm_event:notice] [pid 210305:tid 1] AH00491: caught SIGTERM
                [Wed Jul 26 14:02:32.200918 2023] [core:error] [pid 210496:tid 1] AH00037: Symbolic link not allowed
                (2)No such file or directory: AH00104: unable to start piped log program
                AH00015: Unable to open logs
                """);
        RecordIndex index = index(log);
        assertThat(index.format().id()).isEqualTo("apache-error");
        assertThat(index.recordCount()).isEqualTo(5);
        assertThat(index.level(2).name()).isEqualTo("ERROR");
        assertThat(index.level(3).name()).isEqualTo("NONE");
        assertThat(index.level(4).name()).isEqualTo("NONE");
        assertThat(index.lineCountOf(2)).isEqualTo(1);
    }

    @Test
    void aGinServiceMixesThreeFormatsAndEveryLineIsARecord() throws Exception {
        Path log = Files.writeString(dir.resolve("gin.log"), """
                [GIN-debug] GET    /ping                     --> app/routes.Ping (6 handlers)
                [GIN-debug] POST   /sign-up                  --> app/controller.SignUp (6 handlers)
                [GIN-debug] Listening and serving HTTP on :5555
                2021/10/26 01:57:29 pq: relation "user_types" does not exist
                [GIN] 2021/10/26 - 01:57:29 | 500 |    6.7587ms |             ::1 | POST     "/sign-up"
                2021/10/26 01:59:09 pq: relation "user_types" does not exist
                [GIN] 2021/10/26 - 01:59:09 | 500 |    3.1727ms |             ::1 | POST     "/sign-up"
                2021/10/26 01:59:37 pq: relation "user_types" does not exist
                [GIN] 2021/10/26 - 01:59:37 | 200 |    3.1506ms |             ::1 | POST     "/sign-up"
                """);
        RecordIndex index = index(log);
        assertThat(index.format().id().split("\\+")).containsExactlyInAnyOrder("gin-debug", "go-log", "gin");
        assertThat(index.recordCount()).isEqualTo(9);
        assertThat(index.level(0).name()).isEqualTo("DEBUG");
        assertThat(index.level(3).name()).isEqualTo("NONE");
        assertThat(index.wallMillis(3)).isNotEqualTo(TimeFields.NO_TIME);
        assertThat(index.wallMillis(8)).isNotEqualTo(TimeFields.NO_TIME);
    }

    private static RecordIndex index(Path log) throws Exception {
        try (LogFile file = LogFile.open(log)) {
            return FileIndexer.withBuiltInFormats().index(file, IndexListener.NONE, Cancellation.none());
        }
    }
}

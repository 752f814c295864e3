package dev.loglens.core.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample log set: what the app writes for "Open Sample Log" is what {@code assets/samples} ships. */
class SampleLogsTest {

    @TempDir
    Path dir;

    @Test
    void theShippedSamplesAreTheGeneratorsOutput() throws Exception {
        List<Path> written = SampleLogs.write(dir);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("app.log.1", "app.log");
        for (Path file : written) {
            Path shipped = Path.of("assets", "samples", file.getFileName().toString());
            assertThat(Files.readAllBytes(shipped)).as(shipped + ": regenerate it with SampleLogs.write")
                    .isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void theCurrentFileStartsWithARecordWhereTheRotatedOneStops() throws Exception {
        SampleLogs.write(dir);
        String rotated = Files.readString(dir.resolve("app.log.1"));
        String current = Files.readString(dir.resolve("app.log"));
        assertThat(rotated).startsWith("2024-10-10 09:00").endsWith("\n").contains("Traceback (most recent call last):");
        assertThat(current).matches("(?s)2024-10-10 09:\\d\\d:\\d\\d,\\d{3} - .*");
        String lastRecordStart = rotated.lines().filter(line -> line.startsWith("2024-")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(lastRecordStart.substring(0, 23)).isLessThanOrEqualTo(current.substring(0, 23));
    }
}

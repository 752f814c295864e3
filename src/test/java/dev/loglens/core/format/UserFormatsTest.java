package dev.loglens.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.level.LevelTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFormatsTest {

    @TempDir
    Path folder;

    @Test
    void aSavedPythonLayoutIsLoadedBackAndReadsItsLines() throws Exception {
        UserFormats.savePython(folder, "my-service", "%(asctime)s|%(levelname)s|%(message)s", "%d.%m.%Y %H:%M:%S",
                "10.10.2024 11:46:39|ERROR|boom");
        List<String> problems = new ArrayList<>();
        List<LogFormat> formats = UserFormats.load(folder, problems);
        assertThat(problems).isEmpty();
        assertThat(formats).extracting(LogFormat::id).containsExactly("my-service");

        byte[] line = "10.10.2024 11:46:39|ERROR|boom".getBytes(StandardCharsets.UTF_8);
        LevelTable levels = new LevelTable();
        ParsedLine parsed = new ParsedLine();
        assertThat(formats.get(0).newParser(levels).parse(line, 0, line.length, parsed)).isTrue();
        assertThat(levels.level(parsed.levelId).name()).isEqualTo("ERROR");
        assertThat(parsed.time.toIsoString()).isEqualTo("2024-10-10T11:46:39");
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersStillLoad() throws Exception {
        Files.writeString(folder.resolve("broken.json"), "{\"id\": \"x\"");
        UserFormats.savePython(folder, "good", "%(levelname)s %(message)s", null, "INFO hello");
        List<String> problems = new ArrayList<>();
        assertThat(UserFormats.load(folder, problems)).extracting(LogFormat::id).containsExactly("good");
        assertThat(problems).singleElement().asString().contains("broken.json");
    }

    @Test
    void aMissingFolderMeansNoUserFormats() {
        assertThat(UserFormats.load(folder.resolve("absent"), new ArrayList<>())).isEmpty();
    }
}

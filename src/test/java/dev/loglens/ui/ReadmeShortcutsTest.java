package dev.loglens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The README's shortcut table lists every menu action with its key, as Help shows them. */
class ReadmeShortcutsTest extends WindowTestBase {

    @Test
    void everyMenuShortcutIsInTheReadme() throws Exception {
        start();
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## Keyboard shortcuts"));
        MainMenu menu = WaitForAsyncUtils.waitForAsyncFx(2000, () -> new MainMenu(logLens()));
        for (String[] shortcut : menu.shortcuts()) {
            String label = shortcut[0].replace("…", "");
            String keys = shortcut[1].replace("Shortcut", "Ctrl");
            assertThat(table).as("README lists " + label).contains(label.replaceAll(" \\(.*\\)$", ""));
            for (String key : keys.split(" or ")) {
                assertThat(table).as("README gives the key of " + label).contains(key);
            }
        }
    }
}

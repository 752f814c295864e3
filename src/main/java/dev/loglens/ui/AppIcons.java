package dev.loglens.ui;

import java.util.List;
import javafx.scene.image.Image;

/** LogLens's icon at the sizes a desktop asks for, from the PNGs made from {@code assets/icons/loglens.svg}. */
final class AppIcons {

    private static final List<Integer> WINDOW_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /** The icon at one size, loaded in the background (the JavaFX thread does no I/O). */
    static Image image(int size) {
        return new Image(AppIcons.class.getResource("icons/loglens-" + size + ".png").toExternalForm(), true);
    }

    /** Every size, for a window: the desktop picks the one that fits its title bar, task bar or switcher. */
    static List<Image> forWindow() {
        return WINDOW_SIZES.stream().map(AppIcons::image).toList();
    }
}

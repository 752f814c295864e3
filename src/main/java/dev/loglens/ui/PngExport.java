package dev.loglens.ui;

import dev.loglens.core.export.AtomicWrite;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/**
 * Writes an image as PNG on a background thread, through a temporary file moved into place. The pixels are
 * copied on the JavaFX thread (they belong to it); encoding and writing happen off it.
 */
final class PngExport {

    private static final ExecutorService WRITER = Background.singleThread("loglens-png");

    private PngExport() {
    }

    static void write(Image image, Path target) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        PixelReader pixels = image.getPixelReader();
        pixels.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        WRITER.execute(() -> {
            try {
                BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
                buffered.setRGB(0, 0, width, height, argb, 0, width);
                AtomicWrite.write(target, out -> ImageIO.write(buffered, "png", out));
            } catch (IOException e) {
                System.err.println("loglens: cannot write " + target + ": " + e.getMessage());
            }
        });
    }
}

package dev.loglens.ui;

import dev.loglens.core.format.LogFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The LogLens window. */
public final class LogLensApp extends Application {

    private final BorderPane root = new BorderPane();
    private Stage stage;
    private LogView current;

    public static void launchWith(String[] args) {
        Application.launch(LogLensApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        root.setTop(menuBar());
        Scene scene = new Scene(root, 1100, 700);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        List<String> files = getParameters().getUnnamed();
        if (files.isEmpty()) {
            Label hint = new Label("Open a log file with File → Open… (Ctrl+O)");
            hint.getStyleClass().add("hint");
            root.setCenter(hint);
            stage.setTitle("LogLens");
        } else {
            open(Path.of(files.get(0)));
        }
        stage.show();
    }

    static String stylesheet() {
        return LogLensApp.class.getResource("loglens.css").toExternalForm();
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> {
            File chosen = new FileChooser().showOpenDialog(stage);
            if (chosen != null) {
                open(chosen.toPath());
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        MenuItem define = new MenuItem("Define format…");
        define.setId("define-format");
        define.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        define.setOnAction(e -> defineFormat());
        return new MenuBar(new Menu("File", null, open, quit), new Menu("Format", null, define));
    }

    private void defineFormat() {
        if (current == null) {
            return;
        }
        Path path = current.path();
        DefineFormatDialog dialog = new DefineFormatDialog(path, format -> open(path, format));
        dialog.initOwner(stage);
        dialog.getDialogPane().getStylesheets().add(stylesheet());
        dialog.show();
    }

    private void open(Path path) {
        open(path, null);
    }

    private void open(Path path, LogFormat format) {
        show(new LogView(path, format, null, set -> openSet(path, set)), "LogLens — " + path);
    }

    /** The rotated set of {@code path}, oldest file first, as one log. */
    private void openSet(Path path, List<Path> set) {
        show(new LogView(path, null, set, ignored -> { }),
                "LogLens — " + path + " (+" + (set.size() - 1) + " rotated)");
    }

    private void show(LogView view, String title) {
        if (current != null) {
            current.close();
        }
        current = view;
        root.setCenter(current);
        stage.setTitle(title);
    }

    @Override
    public void stop() {
        if (current != null) {
            current.close();
        }
    }
}

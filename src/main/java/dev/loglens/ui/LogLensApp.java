package dev.loglens.ui;

import dev.loglens.core.Version;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.gen.SampleLogs;
import dev.loglens.core.io.ConfigDirectory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The LogLens window: a tab per open log, the menus, and what the user's settings remember. */
public final class LogLensApp extends Application {

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final StartScreen startScreen = new StartScreen(this::openSample);
    private static final ExecutorService SAMPLE_WRITER = Background.singleThread("loglens-sample");
    private SettingsStore store;
    private Settings settings;
    private Stage stage;
    private Scene scene;
    private MainMenu menu;

    public static void launchWith(String[] args) {
        Application.launch(LogLensApp.class, args);
    }

    /** Runs on the launcher thread, before the window: the settings file is read here, not on the FX thread. */
    @Override
    public void init() {
        store = SettingsStore.inConfigDirectory();
        settings = store.load();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        menu = new MainMenu(this);
        root.setTop(menu.bar());
        tabs.getStyleClass().add("log-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> showTitle());
        root.setCenter(startScreen);
        stage.getIcons().setAll(AppIcons.forWindow());
        scene = new Scene(root, 1200, 760);
        applyTheme();
        menu.takeFunctionKeys(scene);
        scene.setOnDragOver(this::acceptFiles);
        scene.setOnDragDropped(this::openDropped);
        stage.setScene(scene);
        showTitle();
        if (getParameters() != null) { // null when started by a harness rather than Application.launch
            boolean follow = getParameters().getUnnamed().contains("--follow");
            getParameters().getUnnamed().stream().filter(arg -> !arg.equals("--follow"))
                    .forEach(file -> open(Path.of(file)).setFollowing(follow));
        }
        stage.show();
    }

    static String stylesheet() {
        return LogLensApp.class.getResource("loglens.css").toExternalForm();
    }

    static String darkStylesheet() {
        return LogLensApp.class.getResource("loglens-dark.css").toExternalForm();
    }

    private void applyTheme() {
        scene.getStylesheets().setAll(stylesheet());
        if (settings.dark()) {
            scene.getStylesheets().add(darkStylesheet());
        }
        menu.showTheme(settings.dark());
    }

    Settings settings() {
        return settings;
    }

    void setDarkTheme(boolean dark) {
        updateSettings(settings.withTheme(dark ? Settings.DARK : Settings.LIGHT));
        applyTheme();
    }

    private void updateSettings(Settings changed) {
        settings = changed;
        store.save(changed);
        menu.showRecent(changed.recentFiles());
    }

    void editHighlightRules() {
        HighlightRulesDialog dialog = new HighlightRulesDialog(settings.highlights());
        dialog.initOwner(stage);
        dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        dialog.showAndWait().ifPresent(rules -> {
            updateSettings(settings.withHighlights(rules));
            HighlightRules compiled = HighlightRules.of(rules);
            tabs.getTabs().forEach(tab -> ((LogView) tab.getContent()).colorBy(compiled));
        });
    }

    /** File → Export Records…: what to write (format, the rows shown or only the selected ones), then where. */
    void exportRecords() {
        LogView view = current();
        if (view == null || view.chart() == null) {
            return;
        }
        ExportDialog dialog = new ExportDialog();
        dialog.initOwner(stage);
        dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        dialog.showAndWait().ifPresent(choice -> {
            FileChooser chooser = besideLog(view.path());
            chooser.setTitle("Export records");
            chooser.setInitialFileName(view.path().getFileName() + "-export." + choice.extension());
            File target = chooser.showSaveDialog(stage);
            if (target != null) {
                view.export(choice.form(), target.toPath(), choice.selectedOnly());
            }
        });
    }

    void exportChart() {
        LogView view = current();
        if (view == null || view.chart() == null) {
            return;
        }
        FileChooser chooser = besideLog(view.path());
        chooser.setTitle("Export chart as PNG");
        chooser.setInitialFileName(view.path().getFileName() + "-chart.png");
        File target = chooser.showSaveDialog(stage);
        if (target != null) {
            PngExport.write(view.chart().snapshot(), target.toPath());
        }
    }

    /** A chooser that starts in the log's folder, where an export of it most likely belongs. */
    private static FileChooser besideLog(Path log) {
        FileChooser chooser = new FileChooser();
        Path folder = log.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open log files");
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null) {
            chosen.forEach(f -> open(f.toPath()));
        }
    }

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void openDropped(DragEvent event) {
        boolean hasFiles = event.getDragboard().hasFiles();
        if (hasFiles) {
            event.getDragboard().getFiles().forEach(f -> open(f.toPath()));
        }
        event.setDropCompleted(hasFiles);
        event.consume();
    }

    LogView open(Path path) {
        Path absolute = path.toAbsolutePath();
        LogView view = new LogView(absolute, null, null, set -> openSet(absolute, set));
        addTab(view, absolute.getFileName().toString(), absolute.toString());
        updateSettings(settings.withRecent(absolute.toString()));
        return view;
    }

    /**
     * Help → Open Sample Log: the sample set, written by the project's generator into the settings folder (off
     * the JavaFX thread) and opened as one log, so a new user sees levels, tracebacks and the chart at once.
     */
    void openSample() {
        Path folder = ConfigDirectory.path().resolve("samples");
        Background.submit(SAMPLE_WRITER, () -> {
            try {
                List<Path> set = SampleLogs.write(folder);
                Platform.runLater(() -> openSet(folder.resolve(SampleLogs.CURRENT), set));
            } catch (IOException e) {
                Platform.runLater(() -> showError("LogLens could not write the sample log to " + folder + ": "
                        + e.getMessage()));
            }
        });
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        alert.show();
    }

    /** Help → About LogLens: the version, and what it runs on. */
    void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, String.join("\n",
                "A fast desktop log viewer that understands Python logs.",
                "",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?")),
                "Settings: " + ConfigDirectory.path()));
        about.initOwner(stage);
        about.setTitle("About LogLens");
        about.setHeaderText("LogLens " + Version.current());
        about.setGraphic(new ImageView(AppIcons.image(64)));
        about.getDialogPane().setId("about");
        about.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        about.show();
    }

    /** The rotated set of {@code path}, oldest file first, as one log in one tab. */
    private void openSet(Path path, List<Path> set) {
        addTab(new LogView(path, null, set, ignored -> { }),
                path.getFileName() + " (+" + (set.size() - 1) + ")", path + " (+" + (set.size() - 1) + " rotated)");
    }

    private void addTab(LogView view, String name, String title) {
        view.colorBy(HighlightRules.of(settings.highlights()));
        view.onReplace(fresh -> replace(view, fresh));
        Tab tab = new Tab(name, view);
        tab.setTooltip(new Tooltip(title));
        tab.setUserData(title);
        tab.setOnClosed(e -> closed(view));
        if (root.getCenter() != tabs) {
            root.setCenter(tabs);
        }
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    private void closed(LogView view) {
        view.close();
        if (tabs.getTabs().isEmpty()) {
            root.setCenter(startScreen);
            showTitle();
        }
    }

    private void showTitle() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        stage.setTitle(tab == null || root.getCenter() != tabs ? "LogLens" : "LogLens — " + tab.getUserData());
    }

    /** The log in the selected tab, or null. */
    LogView current() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? null : (LogView) tab.getContent();
    }

    /** Runs {@code action} on the selected log's actions, once that log is open. */
    void withActions(Consumer<RecordActions> action) {
        LogView view = current();
        if (view != null && view.actions() != null) {
            action.accept(view.actions());
        }
    }

    void closeCurrentTab() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null) {
            tabs.getTabs().remove(tab);
            tab.getOnClosed().handle(null);
        }
    }

    void defineFormat() {
        LogView view = current();
        if (view == null) {
            return;
        }
        Path path = view.path();
        DefineFormatDialog dialog = new DefineFormatDialog(path, format -> reopen(view, format));
        dialog.initOwner(stage);
        dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        dialog.show();
    }

    /** Shows the log of {@code view} again, read with {@code format}, in the same tab. */
    private void reopen(LogView view, LogFormat format) {
        Path path = view.path();
        LogView reread = new LogView(path, format, null, set -> openSet(path, set));
        reread.setFollowing(view.isFollowing());
        replace(view, reread);
    }

    /** Puts {@code fresh} in the tab of {@code view} (the log read again: a new format, a rotation). */
    private void replace(LogView view, LogView fresh) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getContent() == view) {
                view.close();
                fresh.colorBy(HighlightRules.of(settings.highlights()));
                fresh.onReplace(next -> replace(fresh, next));
                tab.setContent(fresh);
                tab.setOnClosed(e -> closed(fresh));
            }
        }
    }

    Stage stage() {
        return stage;
    }

    void quit() {
        stage.close();
    }

    @Override
    public void stop() {
        for (Tab tab : tabs.getTabs()) {
            ((LogView) tab.getContent()).close();
        }
        store.flush();
    }
}

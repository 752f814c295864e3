package dev.loglens.ui;

import dev.loglens.core.format.FormatPreview;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.format.PythonFormatCompiler;
import dev.loglens.core.format.UserFormats;
import dev.loglens.core.io.LogFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Define format…": a Python logging format string (and datefmt) tried live on the first lines of the open
 * file. Compiling and parsing run on a background thread; only the latest keystroke's result is shown.
 * Saving stores the format with the user's formats and reopens the file with it.
 */
final class DefineFormatDialog extends Dialog<ButtonType> {

    static final ButtonType SAVE = new ButtonType("Save and reopen", ButtonBar.ButtonData.OK_DONE);
    private static final int PREVIEW_LINES = 40;
    private static final int HEAD_BYTES = 64 * 1024;

    private final TextField format = new TextField("%(asctime)s - %(name)s - %(levelname)s - %(message)s");
    private final TextField datefmt = new TextField();
    private final TextField id = new TextField("my-format");
    private final Label status = new Label();
    private final ListView<FormatPreview.Line> preview = new ListView<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "loglens-format-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong generation = new AtomicLong();
    private volatile byte[] head = new byte[0];
    private volatile LogFormat compiled;

    DefineFormatDialog(Path file, Consumer<LogFormat> reopenWith) {
        setTitle("Define format");
        setHeaderText("A Python logging format string, as given to logging.Formatter, tried on " + file.getFileName());
        format.setId("format-string");
        datefmt.setId("datefmt");
        datefmt.setPromptText("default: %Y-%m-%d %H:%M:%S,mmm");
        id.setId("format-id");
        preview.setId("format-preview");
        status.setId("format-status");
        preview.setCellFactory(list -> new PreviewCell());
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, new Label("Format"), format);
        fields.addRow(1, new Label("datefmt"), datefmt);
        fields.addRow(2, new Label("Save as"), id);
        GridPane.setHgrow(format, Priority.ALWAYS);
        VBox content = new VBox(8, fields, status, preview);
        content.setPadding(new Insets(8));
        content.setPrefSize(900, 520);
        VBox.setVgrow(preview, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        getDialogPane().lookupButton(SAVE).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !status.getText().startsWith("✓"), status.textProperty()));
        format.textProperty().addListener((o, a, b) -> refresh());
        datefmt.textProperty().addListener((o, a, b) -> refresh());
        setOnHidden(e -> worker.shutdownNow());
        setResultConverter(button -> {
            if (button == SAVE && compiled != null) {
                save(reopenWith);
            }
            return button;
        });
        worker.execute(() -> {
            try (LogFile log = LogFile.open(file)) {
                byte[] bytes = new byte[(int) Math.min(HEAD_BYTES, log.size())];
                int n = log.read(0, bytes, 0, bytes.length);
                head = Arrays.copyOf(bytes, n);
            } catch (IOException e) {
                Platform.runLater(() -> status.setText("✗ " + e.getMessage()));
            }
        });
        refresh();
    }

    /** Compiles and previews the current text off the FX thread; an older run's result is dropped. */
    private void refresh() {
        long run = generation.incrementAndGet();
        String formatText = format.getText();
        String datefmtText = datefmt.getText().isBlank() ? null : datefmt.getText();
        worker.execute(() -> {
            String message;
            List<FormatPreview.Line> lines = List.of();
            LogFormat candidate = null;
            try {
                candidate = PythonFormatCompiler.compile("user", "Python logging: " + formatText, formatText, datefmtText);
                lines = FormatPreview.of(candidate, head, head.length, PREVIEW_LINES);
                long records = lines.stream().filter(FormatPreview.Line::recordStart).count();
                message = records == 0 ? "✗ no line of the file starts a record with this format"
                        : "✓ " + records + " of the first " + lines.size() + " lines start records";
            } catch (IllegalArgumentException e) {
                message = "✗ " + e.getMessage();
            }
            String shown = message;
            List<FormatPreview.Line> shownLines = lines;
            LogFormat shownFormat = candidate;
            Platform.runLater(() -> {
                if (run == generation.get()) {
                    status.setText(shown);
                    preview.setItems(FXCollections.observableList(shownLines));
                    compiled = shown.startsWith("✓") ? shownFormat : null;
                }
            });
        });
    }

    private void save(Consumer<LogFormat> reopenWith) {
        String formatText = format.getText();
        String datefmtText = datefmt.getText().isBlank() ? null : datefmt.getText();
        String formatId = id.getText().isBlank() ? "my-format" : id.getText().strip();
        LogFormat chosen = PythonFormatCompiler.compile(formatId, "Python logging: " + formatText, formatText, datefmtText);
        String sample = preview.getItems().stream().filter(FormatPreview.Line::recordStart).map(FormatPreview.Line::text)
                .findFirst().orElse("");
        Thread saver = new Thread(() -> {
            try {
                UserFormats.savePython(UserFormats.directory(), formatId, formatText, datefmtText, sample);
            } catch (IOException e) {
                Platform.runLater(() -> status.setText("✗ could not save: " + e.getMessage()));
            }
        }, "loglens-format-save");
        saver.setDaemon(true);
        saver.start();
        reopenWith.accept(chosen);
    }

    /** A preview row: the line, then what the format read from it. */
    private static final class PreviewCell extends ListCell<FormatPreview.Line> {
        @Override
        protected void updateItem(FormatPreview.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("preview-record", "preview-continuation");
            if (empty || line == null) {
                setText(null);
                return;
            }
            getStyleClass().add(line.recordStart() ? "preview-record" : "preview-continuation");
            setText(line.recordStart()
                    ? String.format("%-8s %-26s %s", line.level(), line.time(), line.message())
                    : "         ⏎ " + line.text());
        }
    }
}

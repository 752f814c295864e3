package dev.loglens.ui;

import dev.loglens.core.export.RecordExporter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** File → Export Records…: the format, and whether to write the rows shown or only the selected ones. */
final class ExportDialog extends Dialog<ExportDialog.Choice> {

    record Choice(RecordExporter.Form form, boolean selectedOnly) {
        String extension() {
            return form == RecordExporter.Form.TEXT ? "log" : form.name().toLowerCase(Locale.ROOT);
        }
    }

    ExportDialog() {
        setTitle("Export records");
        setHeaderText("Write the records the filters show, or only the selected rows.");
        ChoiceBox<RecordExporter.Form> form = new ChoiceBox<>();
        form.getItems().setAll(RecordExporter.Form.values());
        form.setValue(RecordExporter.Form.TEXT);
        form.setId("export-form");
        CheckBox selected = new CheckBox("Only the selected rows");
        selected.setId("export-selected");
        VBox content = new VBox(10, new HBox(8, new Label("Format"), form), selected,
                new Label("text: the records as written; JSONL: one JSON object each; CSV: RFC 4180 with a header"));
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? new Choice(form.getValue(), selected.isSelected()) : null);
    }
}

package dev.loglens.ui;

import dev.loglens.core.index.RecordIndex;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;

/** One row: the first line of a record, coloured by its level, with a marker when the record has more lines. */
final class RecordCell extends ListCell<Long> {

    private final RecordIndex index;
    private final RowTextLoader texts;

    RecordCell(RecordIndex index, RowTextLoader texts) {
        this.index = index;
        this.texts = texts;
        getStyleClass().add("record-cell");
    }

    @Override
    protected void updateItem(Long record, boolean empty) {
        super.updateItem(record, empty);
        for (PseudoClass level : LevelStyle.all()) {
            pseudoClassStateChanged(level, false);
        }
        if (empty || record == null) {
            setText(null);
            return;
        }
        PseudoClass level = LevelStyle.of(index.level(record));
        if (level != null) {
            pseudoClassStateChanged(level, true);
        }
        String text = texts.textOrRequest(record);
        setText(text == null ? "…" : rowText(text, index.lineCountOf(record)));
    }

    static String rowText(String recordText, long lines) {
        int newline = recordText.indexOf('\n');
        String first = newline < 0 ? recordText : recordText.substring(0, newline);
        if (first.endsWith("\r")) {
            first = first.substring(0, first.length() - 1);
        }
        return lines > 1 ? first + "   ⏎ +" + (lines - 1) + " lines" : first;
    }
}

package dev.loglens.ui;

import dev.loglens.core.index.RecordIndex;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/** A table row: its level and whether it is bookmarked become CSS pseudo-classes (colours live in the stylesheet). */
final class RecordRow extends TableRow<Long> {

    static final PseudoClass BOOKMARKED = PseudoClass.getPseudoClass("bookmarked");

    private final RecordIndex index;
    private final Bookmarks bookmarks;
    private final RowLoader rows;

    RecordRow(RecordIndex index, Bookmarks bookmarks, RowLoader rows, ObservableValue<?> contentVersion) {
        this.index = index;
        this.bookmarks = bookmarks;
        this.rows = rows;
        selectedProperty().addListener(o -> showState(getItem(), isEmpty()));
        getStyleClass().add("record-row");
        contentVersion.addListener(o -> showState(getItem(), isEmpty()));
    }

    @Override
    protected void updateItem(Long record, boolean empty) {
        super.updateItem(record, empty);
        showState(record, empty);
    }

    private void showState(Long record, boolean empty) {
        PseudoClass level = empty || record == null ? null : LevelStyle.of(index.level(record));
        for (PseudoClass each : LevelStyle.all()) {
            pseudoClassStateChanged(each, each == level);
        }
        pseudoClassStateChanged(BOOKMARKED, !empty && record != null && bookmarks.contains(record));
        RowData row = empty || record == null ? null : rows.rowOrRequest(record);
        String color = row == null || isSelected() ? null : row.highlightColor();
        // A user's rule colour is data, not style: it is the one colour set from code.
        setStyle(color == null ? "" : "-fx-background-color: " + color + ";");
    }
}

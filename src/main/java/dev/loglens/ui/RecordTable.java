package dev.loglens.ui;

import dev.loglens.core.format.FieldNames;
import dev.loglens.core.index.RecordIndex;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The records of a log as a virtualized table: a column for each field the format gives (the level from the
 * index, the rest from rows read in the background) and the message; or, in raw mode, the first line as written.
 */
final class RecordTable extends TableView<Long> {

    static final double ROW_HEIGHT = 22;

    private final RecordIndex index;
    private final RowLoader rows;
    private boolean raw;

    RecordTable(RecordList items, RecordIndex index, RowLoader rows, Bookmarks bookmarks) {
        super(items);
        this.index = index;
        this.rows = rows;
        getStyleClass().add("records");
        setFixedCellSize(ROW_HEIGHT);
        setRowFactory(table -> new RecordRow(index, bookmarks));
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        showColumns();
    }

    boolean isRaw() {
        return raw;
    }

    /** Switches between the format's columns and the lines as written. */
    void setRaw(boolean raw) {
        this.raw = raw;
        showColumns();
    }

    private void showColumns() {
        getColumns().clear();
        getColumns().add(column("Line", "line-column", 70, (record, row) -> Long.toString(index.firstLine(record) + 1)));
        List<String> names = index.format().fieldNames();
        int message = names.indexOf(FieldNames.MESSAGE);
        if (raw || message < 0) {
            getColumns().add(column("Text", "message-column", 1200,
                    (record, row) -> withMarker(row.firstLine(), row.cut(), record)));
            return;
        }
        for (int f = 0; f < names.size(); f++) {
            int field = f;
            String name = names.get(f);
            if (f == message) {
                continue;
            } else if (name.equals(FieldNames.LEVEL)) {
                getColumns().add(column("Level", "level-column", 80, (record, row) -> levelName(record, row, field)));
            } else {
                getColumns().add(column(title(name), name + "-column", name.equals(FieldNames.TIME) ? 190 : 110,
                        (record, row) -> row.field(field)));
            }
        }
        getColumns().add(column("Message", "message-column", 900, (record, row) -> row.fields() == null
                ? withMarker(row.firstLine(), row.cut(), record)
                : withMarker(row.field(message), row.cut(), record)));
    }

    /** The level as the index knows it (so it shows before the row is read), as written when that differs. */
    private String levelName(long record, RowData row, int field) {
        String written = row == null ? "" : row.field(field).trim();
        return written.isEmpty() ? index.level(record).name() : written;
    }

    private String withMarker(String text, boolean cut, long record) {
        long more = index.lineCountOf(record) - 1;
        String shown = cut ? text + " … [line cut: open the detail pane for all of it]" : text;
        return more > 0 ? shown + "   ⏎ +" + more + (more == 1 ? " line" : " lines") : shown;
    }

    private static String title(String field) {
        return field.isEmpty() ? field : field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
    }

    private TableColumn<Long, Long> column(String title, String styleClass, double width,
                                           BiFunction<Long, RowData, String> text) {
        TableColumn<Long, Long> column = new TableColumn<>(title);
        column.getStyleClass().add(styleClass);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long record, boolean empty) {
                super.updateItem(record, empty);
                if (empty || record == null) {
                    setText(null);
                    return;
                }
                boolean fromIndex = styleClass.equals("line-column") || styleClass.equals("level-column");
                RowData row = rows.rowOrRequest(record);
                if (row == null && !fromIndex) {
                    setText("…");
                } else {
                    setText(text.apply(record, row));
                }
            }
        });
        return column;
    }
}

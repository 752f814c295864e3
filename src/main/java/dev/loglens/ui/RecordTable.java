package dev.loglens.ui;

import dev.loglens.core.format.FieldNames;
import dev.loglens.core.index.RecordIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import dev.loglens.core.query.TextMatcher;
import javafx.application.Platform;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;

/**
 * The records of a log as a virtualized table: a column for each field the format gives (the level from the
 * index, the rest from rows read in the background) and the message; or, in raw mode, the first line as written.
 *
 * <p>The table holds a window of the rows ({@link RecordList}); the scroll bar beside it spans the whole log,
 * and the window follows the user: when the rows on screen come near an edge of the window, the window is
 * moved so they sit in its middle again, and the selection is carried over by record.
 */
final class RecordTable extends BorderPane {

    static final double ROW_HEIGHT = 22;

    private final TableView<Long> table;
    private final RecordList items;
    private final ScrollBar scroller = new ScrollBar();
    private final RecordIndex index;
    private final RowLoader rows;
    private boolean raw;
    /** Set while this class moves the scroll bar itself, so that the move is not taken for the user's. */
    private boolean syncing;
    /**
     * Set from a move of the window until the table has laid itself out again: until then the table reports
     * the scroll position of before the move, which must not be taken for the user scrolling to an edge.
     */
    private boolean settling;
    private VirtualFlow<?> flow;
    /** Bumped when what the rows show changed without their records changing; cells and rows watch it. */
    private final LongProperty contentVersion = new SimpleLongProperty();

    RecordTable(RecordList items, RecordIndex index, RowLoader rows, Bookmarks bookmarks) {
        this.items = items;
        this.index = index;
        this.rows = rows;
        table = new TableView<>(items);
        table.getStyleClass().add("records");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setRowFactory(t -> new RecordRow(index, bookmarks, rows, contentVersion));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        scroller.setOrientation(Orientation.VERTICAL);
        scroller.getStyleClass().add("row-scroller");
        scroller.valueProperty().addListener((obs, old, value) -> {
            if (!syncing) {
                showRowAtTop(value.longValue());
            }
        });
        table.skinProperty().addListener((obs, old, skin) -> watchFlow());
        table.getFocusModel().focusedIndexProperty().addListener((obs, old, focused) -> keepInWindow(focused.intValue()));
        items.addListener((ListChangeListener<Long>) change -> Platform.runLater(this::syncScroller));
        setCenter(table);
        setRight(scroller);
        showColumns();
    }

    TableView<Long> table() {
        return table;
    }

    RecordIndex index() {
        return index;
    }

    RecordList items() {
        return items;
    }

    /** The row (in the whole log) of the selected table row (the last one selected), or -1. */
    long selectedRow() {
        int selected = table.getSelectionModel().getSelectedIndex();
        return selected < 0 ? -1 : items.windowStart() + selected;
    }

    /** Selects the row (in the whole log) and scrolls it into view a few rows below the top. */
    void selectRow(long row) {
        long start = moveWindow(row - items.windowSize() / 2);
        int inWindow = (int) (row - start);
        table.getSelectionModel().clearAndSelect(inWindow);
        table.getFocusModel().focus(inWindow);
        table.scrollTo(Math.max(0, inWindow - 3));
        syncScroller();
    }

    /** Whether the last row of the log is on screen (a following view then scrolls with new rows). */
    boolean isAtBottom() {
        if (flow == null || flow.getLastVisibleCell() == null) {
            return true;
        }
        return items.windowStart() + flow.getLastVisibleCell().getIndex() >= items.total() - 1;
    }

    /** Scrolls to the last rows of the log, the last one at the bottom of the screen. */
    void scrollToEnd() {
        int visible = flow == null ? 30 : Math.max(1, (int) (flow.getHeight() / ROW_HEIGHT) - 1);
        showRowAtTop(Math.max(0, items.total() - visible));
    }

    /** Scrolls so that the row (in the whole log) is the first on screen, without selecting it. */
    void showRowAtTop(long row) {
        List<Long> selected = new ArrayList<>(table.getSelectionModel().getSelectedItems());
        long start = moveWindow(row - items.windowSize() / 2);
        reselect(selected);
        table.scrollTo((int) Math.max(0, row - start));
    }

    private long moveWindow(long start) {
        long before = items.windowStart();
        settling = true;
        long moved = items.moveWindow(start);
        if (moved == before) {
            settling = false;
            return moved;
        }
        Scene scene = getScene();
        if (scene == null) {
            settling = false;
        } else {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    settling = false;
                    syncScroller();
                }
            });
        }
        return moved;
    }

    private void watchFlow() {
        flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow != null) {
            flow.positionProperty().addListener((obs, old, position) -> Platform.runLater(this::followScroll));
        }
    }

    /** The user scrolled the table: the scroll bar follows, and the window moves when the view nears its edge. */
    private void followScroll() {
        int first = firstVisible();
        if (first < 0 || settling) {
            return;
        }
        int margin = items.windowSize() / 4;
        boolean nearStart = first < margin && items.windowStart() > 0;
        boolean nearEnd = first > items.size() - margin && items.windowStart() + items.size() < items.total();
        if (nearStart || nearEnd) {
            showRowAtTop(items.windowStart() + first);
        }
        syncScroller();
    }

    /** Keyboard moves past the window's edge: move the window with the focus. */
    private void keepInWindow(int focused) {
        if (focused < 0 || settling) {
            return;
        }
        int margin = items.windowSize() / 4;
        if ((focused < margin && items.windowStart() > 0)
                || (focused > items.size() - margin && items.windowStart() + items.size() < items.total())) {
            Platform.runLater(() -> recentreOn(focused));
        }
    }

    private void recentreOn(int focused) {
        long row = items.windowStart() + focused;
        List<Long> selected = new ArrayList<>(table.getSelectionModel().getSelectedItems());
        int top = Math.max(0, firstVisible());
        long topRow = items.windowStart() + top;
        long start = moveWindow(row - items.windowSize() / 2);
        reselect(selected);
        table.getFocusModel().focus((int) (row - start));
        table.scrollTo((int) Math.max(0, topRow - start));
        syncScroller();
    }

    private void reselect(List<Long> records) {
        table.getSelectionModel().clearSelection();
        for (long record : records) {
            long row = items.rowOf(record) - items.windowStart();
            if (row >= 0 && row < items.size()) {
                table.getSelectionModel().select((int) row);
            }
        }
    }

    private int firstVisible() {
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return -1;
        }
        return flow.getFirstVisibleCell().getIndex();
    }

    private void syncScroller() {
        int visible = flow == null ? 30 : Math.max(1, (int) (flow.getHeight() / ROW_HEIGHT));
        long total = items.total();
        syncing = true;
        scroller.setMax(Math.max(0, total - visible));
        scroller.setVisibleAmount(Math.max(1, Math.min(total, visible)));
        scroller.setBlockIncrement(visible);
        scroller.setUnitIncrement(3);
        scroller.setValue(items.windowStart() + Math.max(0, firstVisible()));
        syncing = false;
    }

    /**
     * Redraws the rows on screen (their data arrived, or a bookmark changed). Cheaper than
     * {@link TableView#refresh()}, which builds every cell anew: the cells on screen only read their row again.
     */
    void refresh() {
        contentVersion.set(contentVersion.get() + 1);
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
        List<TableColumn<Long, ?>> columns = table.getColumns();
        columns.clear();
        columns.add(column("Line", "line-column", 70, (record, row) -> plain(Long.toString(index.firstLine(record) + 1))));
        List<String> names = index.format().fieldNames();
        int message = names.indexOf(FieldNames.MESSAGE);
        if (raw || message < 0) {
            columns.add(column("Text", "message-column", 1200,
                    (record, row) -> withMarkers(row.firstLine(), row.lineMarks(), row.cut(), record, 1)));
            return;
        }
        for (int f = 0; f < names.size(); f++) {
            int field = f;
            String name = names.get(f);
            if (f == message) {
                continue;
            } else if (name.equals(FieldNames.LEVEL)) {
                // Not 80: JavaFX sizes a column left at its default width to its content, laying out 30 rows to do it.
                columns.add(column("Level", "level-column", 84, (record, row) -> plain(levelName(record, row, field))));
            } else {
                columns.add(column(title(name), name + "-column", name.equals(FieldNames.TIME) ? 215 : 150,
                        (record, row) -> plain(row.field(field))));
            }
        }
        columns.add(column("Message", "message-column", 900, (record, row) -> row.fields() == null
                ? withMarkers(row.firstLine(), row.lineMarks(), row.cut(), record, 1)
                : withMarkers(row.field(message), row.messageMarks(), row.cut(), record, row.headLines())));
    }

    /** The level as the index knows it (so it shows before the row is read), as written when that differs. */
    private String levelName(long record, RowData row, int field) {
        String written = row == null ? "" : row.field(field).trim();
        return written.isEmpty() ? index.level(record).name() : written;
    }

    /** What a cell shows: its text, and the find bar's matches in it (at {@code markOffset} in the text). */
    private record CellText(String text, int markOffset, List<TextMatcher.Span> marks) {
    }

    private static CellText plain(String text) {
        return new CellText(text, 0, List.of());
    }

    /** The text with a marker for a cut line before it and for the record's lines after the {@code shown} ones. */
    private CellText withMarkers(String text, List<TextMatcher.Span> marks, boolean cut, long record, int shown) {
        long more = index.lineCountOf(record) - shown;
        String before = cut ? "[✂ " + sizeOf(record) + " line, cut: the detail pane shows it all] " : "";
        String after = more > 0 ? "   ⏎ +" + more + (more == 1 ? " line" : " lines") : "";
        return new CellText(before + text + after, before.length(), marks);
    }

    private String sizeOf(long record) {
        double bytes = index.endOffset(record) - index.startOffset(record);
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / (1 << 20)) : String.format("%.0f KB", bytes / 1024);
    }

    private static String title(String field) {
        return field.isEmpty() ? field : field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
    }

    private TableColumn<Long, Long> column(String title, String styleClass, double width,
                                           BiFunction<Long, RowData, CellText> text) {
        TableColumn<Long, Long> column = new TableColumn<>(title);
        column.getStyleClass().add(styleClass);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            {
                contentVersion.addListener(o -> show(getItem(), isEmpty()));
            }

            @Override
            protected void updateItem(Long record, boolean empty) {
                super.updateItem(record, empty);
                show(record, empty);
            }

            private void show(Long record, boolean empty) {
                setGraphic(null);
                if (empty || record == null) {
                    setText(null);
                    return;
                }
                boolean fromIndex = styleClass.equals("line-column") || styleClass.equals("level-column");
                RowData row = rows.rowOrRequest(record);
                if (row == null && !fromIndex) {
                    setText("…");
                    return;
                }
                CellText shown = text.apply(record, row);
                if (shown.marks().isEmpty()) {
                    setText(shown.text());
                } else {
                    setText(null);
                    setGraphic(MatchMarks.of(this, shown.text(), shown.markOffset(), shown.marks()));
                }
            }
        });
        return column;
    }
}

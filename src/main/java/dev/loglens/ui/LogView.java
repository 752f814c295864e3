package dev.loglens.ui;

import dev.loglens.core.export.AtomicWrite;
import dev.loglens.core.export.RecordExporter;
import dev.loglens.core.format.LogFormat;
import dev.loglens.core.index.FileIndexer;
import dev.loglens.core.index.IndexListener;
import dev.loglens.core.index.RecordIndex;
import dev.loglens.core.io.LogFile;
import dev.loglens.core.io.RecordReader;
import dev.loglens.core.io.RotatedSet;
import dev.loglens.core.query.LoggerCounts;
import dev.loglens.core.query.ProgressListener;
import dev.loglens.core.query.RecordSelection;
import dev.loglens.core.query.TextMatcher;
import dev.loglens.core.stats.Histogram;
import dev.loglens.core.tail.FileIdentity;
import dev.loglens.core.tail.FolderEvents;
import dev.loglens.core.tail.FollowState;
import dev.loglens.core.task.Cancellation;
import dev.loglens.core.time.TimeFields;
import dev.loglens.core.time.TypedTimes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One open log: the records in a virtualized table, filled while the file is indexed in the background,
 * with the selected record whole in a detail pane below. The JavaFX thread only reads the in-memory
 * index; file reading happens on other threads.
 */
public final class LogView extends BorderPane implements FindBar.Target {

    private final Path path;
    private final LogFormat format;
    private final List<Path> files;
    private final Consumer<List<Path>> openAsSet;
    private Hyperlink rotatedLink;
    private final Cancellation cancellation = FxForeground.newJob();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Opening…");
    /** Answers to what the user just did ("No more bookmarks"); cleared by the next selection. */
    private final Label message = new Label();
    private final RecordList rows = new RecordList();
    private final Bookmarks bookmarks = new Bookmarks();
    private final AtomicReference<Progress> latest = new AtomicReference<>();
    private final FxBatcher progressUpdates = new FxBatcher(this::showProgress);
    private volatile double exportProgress;
    private final FxBatcher exportUpdates = new FxBatcher(() -> progress.setProgress(exportProgress));
    private RecordIndex index;
    private RecordTable table;
    private RowLoader rowLoader;
    private DetailPane detail;
    private RecordActions actions;
    private boolean indexed;
    /** Set by the indexing thread when the whole file is indexed; read by the filter's thread. */
    private volatile boolean indexFinished;
    private FilterBar filterBar;
    private LiveFilter filter;
    private FindBar findBar;
    private final VBox bottom = new VBox();
    private String filterStatus = "";
    private volatile boolean following;
    private final Map<Path, Object> partKeys = new ConcurrentHashMap<>();
    private String followStateText = "";
    private long newRecords;
    private Consumer<LogView> replacer = fresh -> { };
    private final ToggleButton followToggle = new ToggleButton("Follow");
    private final Label followState = new Label();
    private final Hyperlink newRecordsLink = new Hyperlink();
    private HighlightRules highlightRules = HighlightRules.NONE;
    private EventChart chart;
    private final CheckBox chartAll = new CheckBox("all records");
    private final ComboBox<String> bucketPicker = new ComboBox<>();
    private long lastChartCount;
    /** Opened by the indexing thread; whoever finds the view closed after opening it closes it. */
    private final AtomicReference<LogFile> file = new AtomicReference<>();

    private record Progress(RecordIndex index, LogFile file, long done, long total, String error,
                            List<Path> rotatedSet) {
    }

    /**
     * A view of {@code path} (or of the rotated set {@code files}, oldest first, when not null) read with
     * {@code format}, or with the detected format when it is null. When {@code path} has rotated siblings,
     * the status bar offers {@code openAsSet} to show them all as one log.
     */
    public LogView(Path path, LogFormat format, List<Path> files, Consumer<List<Path>> openAsSet) {
        this.path = path;
        this.format = format;
        this.files = files;
        this.openAsSet = openAsSet;
        getStyleClass().add("log-view");
        progress.setMaxWidth(Double.MAX_VALUE);
        status.getStyleClass().add("status");
        message.getStyleClass().add("status-message");
        followToggle.setId("follow-toggle");
        followToggle.setTooltip(new Tooltip("Follow the file as it is written (Ctrl+Shift+F)"));
        followToggle.setOnAction(e -> setFollowing(followToggle.isSelected()));
        followState.getStyleClass().add("follow-state");
        newRecordsLink.getStyleClass().add("new-records");
        newRecordsLink.setVisible(false);
        newRecordsLink.setOnAction(e -> {
            newRecords = 0;
            newRecordsLink.setVisible(false);
            if (actions != null) {
                actions.last();
            }
        });
        HBox statusBar = new HBox(16, followToggle, followState, status, newRecordsLink, message, progress);
        followToggle.setMinWidth(Region.USE_PREF_SIZE); // a long format name in the status is cut, not the button
        statusBar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(progress, Priority.ALWAYS);
        statusBar.setPadding(new Insets(4, 8, 4, 8));
        statusBar.getStyleClass().add("status-bar");
        bottom.getChildren().add(statusBar);
        setBottom(bottom);
        Thread indexing = new Thread(this::index, "loglens-index " + path.getFileName());
        indexing.setDaemon(true);
        indexing.start();
    }

    public Path path() {
        return path;
    }

    /** The table of records, once the file is open (null before, and when it cannot be shown). */
    RecordTable table() {
        return table;
    }

    /** What the menus and shortcuts do to this view; null until the file is open. */
    RecordActions actions() {
        return actions;
    }

    private void index() {
        try {
            LogFile opened = files == null ? LogFile.open(path) : LogFile.openSet(files);
            for (Path part : files == null ? List.of(path) : files) {
                partKeys.put(part, FileIdentity.of(part)); // who the files are, for when a rotation renames them
            }
            file.set(opened);
            List<Path> siblings = files == null ? RotatedSet.of(path) : List.of();
            List<Path> rotatedSet = siblings.size() > 1 ? siblings : null;
            if (cancellation.isCancelled()) {
                closeFile(); // closed while the file was being opened
                return;
            }
            IndexListener listener = (index, done, total) -> {
                if (done >= total) {
                    indexFinished = true;
                }
                latest.set(new Progress(index, opened, done, total, null, rotatedSet));
                progressUpdates.request();
            };
            FileIndexer indexer = FileIndexer.leavingACoreFree();
            RecordIndex built = format == null ? indexer.index(opened, listener, cancellation)
                    : indexer.index(opened, format, opened.size(), listener, cancellation);
            follow(indexer, opened, built, listener);
        } catch (CancellationException | InterruptedException closed) {
            // the view was closed
        } catch (IOException | RuntimeException e) {
            latest.set(new Progress(null, null, 0, 0, e.getMessage() == null ? e.toString() : e.getMessage(), null));
            progressUpdates.request();
        }
    }

    /**
     * Once indexed, the same thread follows the file while the view is in follow mode: appended lines are
     * indexed as they come (at most 100 ms later); a rotated, truncated or re-created file makes the view
     * read the log again, the rotated generation included, so nothing written is left out.
     */
    private void follow(FileIndexer indexer, LogFile opened, RecordIndex built, IndexListener listener)
            throws IOException, InterruptedException {
        Object ours = FileIdentity.of(path);
        try (FolderEvents events = FolderEvents.watching(path)) {
            followLoop(indexer, opened, built, listener, ours, events);
        }
    }

    private void followLoop(FileIndexer indexer, LogFile opened, RecordIndex built, IndexListener listener,
                            Object ours, FolderEvents events) throws IOException, InterruptedException {
        while (!cancellation.isCancelled()) {
            if (following) {
                Object live = FileIdentity.of(path);
                if (live == null) {
                    showFollowState(FollowState.WAITING);
                } else if (!live.equals(ours)) {
                    showFollowState(FollowState.ROTATED);
                    Platform.runLater(() -> replaceWith(rotatedSet(ours)));
                    return;
                } else if (opened.size() < built.indexedBytes()) {
                    showFollowState(FollowState.TRUNCATED);
                    Platform.runLater(() -> replaceWith(files));
                    return;
                } else {
                    long before = built.indexedBytes();
                    long after = indexer.indexAppended(opened, built);
                    if (after > before) {
                        listener.progressed(built, after, after);
                    }
                    showFollowState(FollowState.FOLLOWING);
                }
            }
            events.await(FOLLOW_INTERVAL_MILLIS);
        }
    }

    static final long FOLLOW_INTERVAL_MILLIS = 100;

    /**
     * The files to read after a rotation: those read so far, by identity (a second rotation renames them
     * again), the live one under its rotated name, then the new one.
     */
    private List<Path> rotatedSet(Object rotatedKey) {
        List<Object> keys = new ArrayList<>();
        if (files != null) {
            files.subList(0, files.size() - 1).forEach(file -> keys.add(partKeys.get(file)));
        }
        keys.add(rotatedKey);
        List<Path> set = new ArrayList<>();
        try {
            List<Path> siblings = RotatedSet.of(path);
            for (Object key : keys) {
                for (Path sibling : siblings) {
                    if (key != null && key.equals(FileIdentity.of(sibling))) {
                        set.add(sibling);
                    }
                }
            }
        } catch (IOException e) {
            set.clear();
        }
        set.add(path);
        return set;
    }


    private void showFollowState(Object state) {
        String text = state instanceof FollowState known ? switch (known) {
            case FOLLOWING -> "following";
            case WAITING -> "waiting for the file to appear";
            case ROTATED -> "file rotated";
            case TRUNCATED -> "file truncated";
            case DELETED -> "file deleted";
        } : state.toString();
        Platform.runLater(() -> {
            if (following && !text.equals(followStateText)) {
                followStateText = text;
                followState.setText("● " + text);
            }
        });
    }

    /** Follow mode: new records appear as they are written; the view scrolls with them while at the bottom. */
    public void setFollowing(boolean on) {
        boolean was = following;
        following = on;
        followToggle.setSelected(on);
        if (on && filter != null) {
            filter.resume(); // a filter that finished with the index takes the records to come
        }
        if (was && !on) {
            followState.setText("paused");
            followStateText = "paused";
        }
    }

    boolean isFollowing() {
        return following;
    }

    /** Asked of the view when it must read its log again (rotation, truncation): the app swaps it in. */
    void onReplace(Consumer<LogView> replacer) {
        this.replacer = replacer;
    }

    private void replaceWith(List<Path> set) {
        LogView fresh = new LogView(path, format, set, openAsSet);
        fresh.setFollowing(true);
        replacer.accept(fresh);
    }

    private void showProgress() {
        Progress p = latest.get();
        if (p.error() != null) {
            Label message = new Label("Cannot show this file.\n" + p.error());
            message.getStyleClass().add("error-message");
            message.setWrapText(true);
            setCenter(message);
            status.setText("Error");
            progress.setVisible(false);
            return;
        }
        if (table == null) {
            createTable(p.index(), p.file());
        }
        boolean atBottom = table.isAtBottom();
        long before = rows.total();
        if (filter.showsAll()) {
            rows.growTo(p.index().recordCount());
        }
        if (following && indexed && rows.total() > before) {
            if (atBottom) {
                table.scrollToEnd();
                newRecords = 0;
            } else {
                newRecords += rows.total() - before;
            }
            newRecordsLink.setText(String.format("%,d new records ↓", newRecords));
            newRecordsLink.setVisible(newRecords > 0);
        }
        filterBar.refreshCounts();
        recountChart(p.done() >= p.total());
        if (p.rotatedSet() != null && rotatedLink == null) {
            rotatedLink = new Hyperlink("+" + (p.rotatedSet().size() - 1) + " rotated files: open as one log");
            rotatedLink.getStyleClass().add("rotated-set");
            List<Path> set = p.rotatedSet();
            rotatedLink.setOnAction(e -> openAsSet.accept(set));
            ((HBox) bottom.getChildren().get(bottom.getChildren().size() - 1)).getChildren().add(2, rotatedLink);
        }
        boolean finished = p.done() >= p.total();
        if (finished && !indexed) {
            countLoggers(p.index(), p.file());
        }
        indexed = finished;
        progress.setProgress(p.total() == 0 ? 1 : (double) p.done() / p.total());
        progress.setVisible(!finished);
        showStatus();
    }

    private void showStatus() {
        String count = filter == null || filter.showsAll() ? String.format("%,d records", index.recordCount())
                : filterStatus;
        status.setText(count + " · " + index.format().name() + (indexed ? "" : " · indexing…"));
    }

    /** A time the filter bar's time fields show: ISO 8601 as written in the log; empty for no bound. */
    private static String written(long wallMillis) {
        if (wallMillis == TimeFields.NO_TIME) {
            return "";
        }
        return TypedTimes.dateTime(wallMillis).toString();
    }

    /** The chart counts again at most twice a second while the index or the filter's result grows. */
    private void recountChart(boolean now) {
        long time = System.nanoTime();
        if (now || time - lastChartCount > 500_000_000L) {
            lastChartCount = time;
            chart.recount();
        }
    }

    private void showFilterStatus(LiveFilter.Status s) {
        recountChart(!s.running());
        if (s.problem() != null) {
            filterStatus = String.format("%,d of %,d records shown (stopped: %s)", s.shown(), index.recordCount(),
                    s.problem());
        } else {
            filterStatus = String.format("%,d of %,d records shown%s", s.shown(), index.recordCount(),
                    s.running() && s.total() > 0 ? String.format(" · filtering %d%%", 100 * s.looked() / s.total()) : "");
        }
        showStatus();
    }

    /** The file's loggers and their counts, for the logger filter: one pass in the background once indexed. */
    private void countLoggers(RecordIndex counted, LogFile opened) {
        Thread counting = new Thread(() -> {
            try {
                List<LoggerCounts.Entry> loggers = LoggerCounts.count(counted, opened, cancellation, ProgressListener.NONE);
                Platform.runLater(() -> filterBar.showLoggers(loggers));
            } catch (IOException | RuntimeException e) {
                // the list stays empty; typing a prefix still filters
            }
        }, "loglens-loggers");
        counting.setDaemon(true);
        counting.start();
    }

    private void createTable(RecordIndex newIndex, LogFile opened) {
        index = newIndex;
        rowLoader = new RowLoader(new RecordReader(opened, index), index, this::refreshRows);
        rowLoader.colorBy(highlightRules);
        table = new RecordTable(rows, index, rowLoader, bookmarks);
        detail = new DetailPane(new RecordReader(opened, index));
        actions = new RecordActions(index, opened, table, bookmarks);
        actions.onMessage(message::setText);
        filter = new LiveFilter(index, opened, rows, () -> indexFinished, () -> following, this::showFilterStatus);
        filterBar = new FilterBar(index, actions.referenceDate(), filter::apply);
        setTop(filterBar);
        chart = new EventChart(index, () -> chartAll.isSelected() ? null : filter.selection(), new EventChart.Target() {
            @Override
            public void filterTime(long from, long until) {
                filterBar.setTimeRange(written(from), written(until));
            }

            @Override
            public void goToTime(long wallMillis) {
                actions.goToTime(wallMillis);
            }
        });
        chartAll.setOnAction(e -> chart.recount());
        // Escape anywhere in the view (the find bar takes it first when open) undoes the chart's brush and zoom.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && chart.isNarrowed()) {
                chart.reset();
                e.consume();
            }
        });
        findBar = new FindBar(this);
        table.table().getSelectionModel().selectedItemProperty().addListener((obs, old, record) -> {
            message.setText("");
            detail.show(record == null ? -1 : record);
            chart.mark(record == null ? TimeFields.NO_TIME : index.wallMillis(record));
        });
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(detail, false);
        bucketPicker.getItems().setAll("auto", "1s", "10s", "1m", "5m", "15m", "1h", "6h", "1d");
        bucketPicker.setValue("auto");
        bucketPicker.setId("chart-bucket");
        bucketPicker.setOnAction(e -> chart.pickBucket(bucketPicker.getValue().equals("auto") ? 0
                : Histogram.parseSize(bucketPicker.getValue())));
        VBox chartOptions = new VBox(4, chartAll, bucketPicker);
        chartOptions.setMinWidth(Region.USE_PREF_SIZE);
        chartOptions.setPadding(new Insets(0, 8, 0, 0));
        HBox chartBar = new HBox(8, chart, chartOptions);
        HBox.setHgrow(chart, Priority.ALWAYS);
        chartAll.setId("chart-all");
        VBox center = new VBox(chartBar, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        setCenter(center);
    }

    private void refreshRows() {
        if (table != null) {
            table.refresh();
        }
    }

    /** Whether the whole file has been indexed; FX thread. */
    boolean isIndexed() {
        return indexed;
    }

    /** Opens the find bar (Ctrl+F), or puts the cursor back in it. */
    void showFind() {
        if (findBar == null) {
            return;
        }
        if (!bottom.getChildren().contains(findBar)) {
            bottom.getChildren().add(0, findBar);
        }
        findBar.focusTerm();
    }

    /** F3 and Shift+F3: the find bar's term, from the selected row. */
    void findAgain(boolean forward) {
        if (findBar != null && bottom.getChildren().contains(findBar)) {
            findBar.find(forward);
        } else {
            showFind();
        }
    }

    /** Colours rows by the user's highlight rules (now, or once the file is open). */
    void colorBy(HighlightRules rules) {
        highlightRules = rules;
        if (rowLoader != null) {
            rowLoader.colorBy(rules);
        }
    }

    @Override
    public void highlight(TextMatcher matcher) {
        rowLoader.highlight(matcher);
    }

    @Override
    public void find(TextMatcher matcher, boolean forward) {
        actions.find(matcher, forward);
    }

    @Override
    public void closeFind() {
        bottom.getChildren().remove(findBar);
        rowLoader.highlight(null);
        table.table().requestFocus();
    }

    /**
     * Writes the records shown (the current filters), or the selected rows only, to {@code target} in the
     * background, with progress and a Cancel button in the status bar; the log itself is refused. FX thread.
     */
    void export(RecordExporter.Form form, Path target, boolean selectedOnly) {
        RecordSelection records = selectedOnly
                ? RecordSelection.of(table.table().getSelectionModel().getSelectedItems().stream()
                        .mapToLong(Long::longValue).toArray())
                : filter.selection();
        Cancellation exporting = FxForeground.newJob();
        Button cancel = new Button("Cancel export");
        cancel.setId("cancel-export");
        cancel.setOnAction(e -> exporting.cancel());
        HBox statusBar = (HBox) bottom.getChildren().get(bottom.getChildren().size() - 1);
        statusBar.getChildren().add(cancel);
        progress.setVisible(true);
        message.setText("Exporting to " + target.getFileName() + "…");
        LogFile opened = file.get();
        Thread worker = new Thread(() -> {
            String outcome = write(opened, records, form, target, exporting);
            Platform.runLater(() -> {
                statusBar.getChildren().remove(cancel);
                progress.setVisible(!indexed);
                message.setText(outcome);
            });
        }, "loglens-export");
        worker.setDaemon(true);
        worker.start();
    }

    /** Writes the export (on the export's thread); returns what to tell the user. */
    private String write(LogFile opened, RecordSelection records, RecordExporter.Form form, Path target,
                         Cancellation exporting) {
        try {
            if (AtomicWrite.isSameFile(target, path)) {
                return "That is the log itself: choose another file";
            }
            AtomicWrite.write(target, out -> new RecordExporter(index, opened, path.toString()).export(records, form,
                    out, exporting, (done, total) -> {
                        exportProgress = total == 0 ? 1 : (double) done / total;
                        exportUpdates.request(); // at most twenty updates a second, however fast the rows go
                    }));
            return "Exported to " + target;
        } catch (CancellationException e) {
            return "Export cancelled: nothing was written";
        } catch (IOException e) {
            return "Cannot export to " + target + ": " + AtomicWrite.explain(e);
        }
    }

    EventChart chart() {
        return chart;
    }

    DetailPane detail() {
        return detail;
    }

    /** Stops background work and releases the file. */
    public void close() {
        cancellation.cancel();
        if (rowLoader != null) {
            filter.stop();
            chart.shutdown();
            rowLoader.shutdown();
            detail.shutdown();
            actions.shutdown();
        }
        closeFile();
    }

    private void closeFile() {
        LogFile opened = file.getAndSet(null);
        try {
            if (opened != null) {
                opened.close();
            }
        } catch (IOException ignored) {
            // nothing left to do with a file we are closing
        }
    }
}

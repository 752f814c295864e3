package dev.loglens.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loglens.core.io.RecordReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The whole of the selected record below the table: its text as written, and for a JSON record its fields
 * as a tree. Records are read and parsed off the JavaFX thread; a newer selection overtakes an older one.
 */
final class DetailPane extends SplitPane {

    /** Larger records are shown up to here with a note; a text control cannot lay out gigabytes. */
    static final int MAX_BYTES = 16 << 20;
    /** Made on first use, by the worker: an object mapper takes a fifth of a second to start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final RecordReader reader;
    private final TextArea text = new TextArea();
    private final TreeView<String> tree = new TreeView<>();
    private final AtomicLong latest = new AtomicLong();
    private final ExecutorService worker = Background.singleThread("loglens-detail");

    private record Shown(String text, TreeItem<String> json) {
    }

    DetailPane(RecordReader reader) {
        this.reader = reader;
        getStyleClass().add("detail");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("detail-text");
        tree.setShowRoot(false);
        tree.getStyleClass().add("detail-fields");
        getItems().add(text);
    }

    /** Shows the record (or nothing for -1); FX thread. */
    void show(long record) {
        long request = latest.incrementAndGet();
        if (record < 0) {
            apply(request, new Shown("", null));
            return;
        }
        Background.submit(worker, () -> {
            if (latest.get() != request) {
                return; // overtaken by a newer selection
            }
            Shown shown = read(record);
            Platform.runLater(() -> apply(request, shown));
        });
    }

    private Shown read(long record) {
        try {
            byte[] bytes = reader.bytes(record, MAX_BYTES + 1);
            boolean cut = bytes.length > MAX_BYTES;
            String whole = new String(bytes, 0, Math.min(bytes.length, MAX_BYTES), StandardCharsets.UTF_8);
            String shown = cut ? whole + "\n… [shown up to 16 MiB; export the record for all of it]" : whole;
            return new Shown(shown, cut ? null : jsonTree(whole));
        } catch (IOException e) {
            return new Shown("⚠ cannot read this record: " + e.getMessage(), null);
        }
    }

    private static TreeItem<String> jsonTree(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(trimmed);
            TreeItem<String> root = new TreeItem<>("record");
            addFields(root, node);
            return root;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static void addFields(TreeItem<String> parent, JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                addChild(parent, field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                addChild(parent, "[" + i + "]", node.get(i));
            }
        }
    }

    private static void addChild(TreeItem<String> parent, String name, JsonNode value) {
        boolean container = value.isContainerNode();
        TreeItem<String> item = new TreeItem<>(container ? name : name + ": " + (value.isTextual() ? value.textValue() : value));
        if (container) {
            addFields(item, value);
            item.setExpanded(true);
        }
        parent.getChildren().add(item);
    }

    private void apply(long request, Shown shown) {
        if (latest.get() != request) {
            return;
        }
        text.setText(shown.text());
        if (shown.json() != null) {
            tree.setRoot(shown.json());
            if (!getItems().contains(tree)) {
                getItems().add(0, tree);
                setDividerPositions(0.4);
            }
        } else {
            getItems().remove(tree);
        }
    }

    String shownText() {
        return text.getText();
    }

    void shutdown() {
        worker.shutdownNow();
    }
}

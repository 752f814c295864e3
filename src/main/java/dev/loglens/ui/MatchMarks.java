package dev.loglens.ui;

import dev.loglens.core.query.TextMatcher;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;

/** A cell's text with the find bar's matches marked: plain runs take the cell's colour and font, matches a highlight. */
final class MatchMarks {

    private MatchMarks() {
    }

    static HBox of(Labeled cell, String text, int offset, List<TextMatcher.Span> marks) {
        HBox runs = new HBox();
        runs.getStyleClass().add("marked-text");
        int at = 0;
        for (TextMatcher.Span mark : marks) {
            int start = Math.min(text.length(), mark.start() + offset);
            int end = Math.min(text.length(), mark.end() + offset);
            if (start < at) {
                continue;
            }
            if (start > at) {
                runs.getChildren().add(run(cell, text.substring(at, start), false));
            }
            runs.getChildren().add(run(cell, text.substring(start, end), true));
            at = end;
        }
        if (at < text.length()) {
            runs.getChildren().add(run(cell, text.substring(at), false));
        }
        return runs;
    }

    private static Label run(Labeled cell, String text, boolean match) {
        Label run = new Label(text);
        run.setMinWidth(Label.USE_PREF_SIZE);
        run.fontProperty().bind(cell.fontProperty());
        if (match) {
            run.getStyleClass().add("match");
        } else {
            run.textFillProperty().bind(cell.textFillProperty());
        }
        return run;
    }
}

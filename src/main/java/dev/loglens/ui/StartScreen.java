package dev.loglens.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/** What the window shows with no log open: how to open one, and the sample log set to try LogLens on. */
final class StartScreen extends VBox {

    StartScreen(Runnable openSample) {
        super(16);
        getStyleClass().add("start-screen");
        setAlignment(Pos.CENTER);
        ImageView icon = new ImageView(AppIcons.image(128));
        Label hint = new Label("Open a log file with File → Open… (Ctrl+O), or drop it here");
        hint.getStyleClass().add("hint");
        Button sample = new Button("Open Sample Log");
        sample.setId("open-sample-button");
        sample.setOnAction(e -> openSample.run());
        Label sampleHint = new Label("Half an hour of a Python service's log, rotated in two files, with an incident");
        sampleHint.getStyleClass().add("sample-hint");
        getChildren().addAll(icon, hint, sample, sampleHint);
    }
}

package dev.loglens.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private static final FormatDetector DETECTOR = FormatDetector.builtIn();

    private static String detect(String text) {
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        return DETECTOR.detect(head, head.length).id();
    }

    @Test
    void aLongPreambleOfStartUpNoiseIsLookedPast() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 450; i++) {
            log.append("/usr/lib/python3/site-packages/h5py/__init__.py:36: FutureWarning: conversion ").append(i).append('\n');
        }
        for (int i = 0; i < 20; i++) {
            log.append("2024-10-10 11:46:").append(10 + i).append(",123 - trainer - INFO - step ").append(i).append('\n');
        }
        assertThat(detect(log.toString())).isEqualTo("python-default");
    }

    @Test
    void textThatNoFormatReadsIsPlain() {
        assertThat(detect("hello\nworld\nthis is not a log\n")).isEqualTo("plain");
    }

    @Test
    void aLoggerNameIsNotMistakenForALevel() {
        // "%(asctime)s - %(levelname)s - %(message)s" would read "app" as a level; the four-field layout wins.
        assertThat(detect("2024-10-10 11:46:39,123 - app - INFO - started\n2024-10-10 11:46:40,000 - app - ERROR - x\n"))
                .isEqualTo("python-default");
    }
}

package dev.loglens.core.format;

import java.nio.charset.StandardCharsets;

/** One piece of a line layout: fixed text, or a field whose kind says how far it reaches. */
public sealed interface Token {

    /** Text that must appear exactly. */
    record Literal(byte[] bytes) implements Token {
        public static Literal of(String text) {
            return new Literal(text.getBytes(StandardCharsets.UTF_8));
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * A field. {@code width} and {@code leftAligned} come from specifiers such as {@code %(levelname)-8s}:
     * the value is padded with spaces to the width. {@code precision}, as in {@code %(levelname).1s}, cuts the
     * value to that many characters (0: not cut).
     */
    record Field(String name, FieldKind kind, int width, boolean leftAligned, int precision) implements Token {
    }

    /** How a field's value is recognised in a line. */
    enum FieldKind {
        /** A timestamp read by the format's timestamp parser. */
        TIME,
        /** Milliseconds added to the timestamp ({@code %(msecs)03d}). */
        MILLIS,
        /** Seconds since the epoch ({@code %(created)f}). */
        EPOCH,
        /** A level name such as {@code INFO}. */
        LEVEL_NAME,
        /** A numeric level such as Python's {@code levelno}. */
        LEVEL_NUMBER,
        /** Digits, with an optional minus sign. */
        INTEGER,
        /** Digits with an optional fraction. */
        NUMBER,
        /** Text up to the next literal (or the next space when a field follows directly). */
        TEXT,
        /** The message: everything that is left. */
        MESSAGE
    }
}

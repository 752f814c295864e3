package dev.loglens.core.index;

import java.util.function.Function;

/**
 * What to pick while indexing and where the picked records go: {@code pickers} makes one picker per
 * scanner thread for the index being built.
 */
public record RecordPicking(Function<RecordIndex, RecordPicker> pickers, PickedRecords sink) {
}

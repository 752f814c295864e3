package dev.loglens.core.index;

/** Hears how indexing advances; called on the indexing thread after each published step. */
@FunctionalInterface
public interface IndexListener {

    IndexListener NONE = (index, done, total) -> { };

    void progressed(RecordIndex index, long bytesIndexed, long totalBytes);
}

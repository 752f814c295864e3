package dev.loglens.core.query;

import dev.loglens.core.task.Cancellation;

/**
 * One term matched against the records of a pass, for one thread. Searching record by record costs a call,
 * a set-up and a byte-by-byte end for every record, which for short records is more than the search itself;
 * so when the records after this one come next, a byte term is searched for on through the rest of the block
 * at once, and the records it passed over are then known not to hold it without a look. Where it was found
 * and how far it was searched are kept as file offsets, so they stay true when the next block is read.
 */
final class TermCursor {

    private final TextMatcher term;
    /** No occurrence of the term starts in {@code [searchedFrom, foundAt)}, or, when none was found, in
     * {@code [searchedFrom, searchedTo)}. File offsets. */
    private long searchedFrom = Long.MAX_VALUE;
    private long searchedTo;
    private long foundAt = -1;

    TermCursor(TextMatcher term) {
        this.term = term;
    }

    /**
     * Whether the record {@link RecordBlocks} has loaded holds the term. {@code readOn}: the record after it is
     * the next to be asked, so a search may run on past it.
     */
    boolean matches(RecordBlocks blocks, boolean readOn, Cancellation cancellation) {
        byte[] b = blocks.bytes();
        if (!term.searchesBytes()) {
            return term.matches(b, blocks.from(), blocks.to(), cancellation);
        }
        long base = blocks.blockStart();
        long from = base + blocks.from();
        long to = base + blocks.to();
        boolean known = from >= searchedFrom && (foundAt >= 0 ? from <= foundAt : to <= searchedTo);
        if (!known) {
            int end = readOn ? blocks.blockLength() : blocks.to();
            int at = term.indexOf(b, blocks.from(), end);
            searchedFrom = from;
            searchedTo = base + end;
            foundAt = at < 0 ? -1 : base + at;
        }
        // An occurrence that runs past the record's end (into its line terminator, or the next record) is
        // not in the record.
        return foundAt >= 0 && foundAt + term.byteLength() <= to;
    }
}

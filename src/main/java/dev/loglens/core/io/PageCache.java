package dev.loglens.core.io;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fixed-size pages of a file, the most recently used kept in memory, so that drawing a screen of
 * neighbouring records costs one read instead of one per row. Thread-safe.
 */
public final class PageCache {

    static final int PAGE_SIZE = 64 * 1024;
    private static final int DEFAULT_PAGES = 64;

    private final LogFile file;
    private final Map<Long, byte[]> pages;

    public PageCache(LogFile file) {
        this(file, DEFAULT_PAGES);
    }

    PageCache(LogFile file, int capacity) {
        this.file = file;
        this.pages = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Copies the bytes {@code [start, end)} of the file; fewer if the file is shorter now. */
    public byte[] read(long start, long end) throws IOException {
        int length = (int) Math.max(0, end - start);
        byte[] out = new byte[length];
        int copied = 0;
        while (copied < length) {
            long position = start + copied;
            long pageNumber = position / PAGE_SIZE;
            byte[] page = page(pageNumber);
            int inPage = (int) (position - pageNumber * PAGE_SIZE);
            int n = Math.min(length - copied, page.length - inPage);
            if (n <= 0) {
                return Arrays.copyOf(out, copied);
            }
            System.arraycopy(page, inPage, out, copied, n);
            copied += n;
        }
        return out;
    }

    private byte[] page(long pageNumber) throws IOException {
        synchronized (this) {
            byte[] cached = pages.get(pageNumber);
            if (cached != null) {
                return cached;
            }
        }
        byte[] buffer = new byte[PAGE_SIZE];
        int n = file.read(pageNumber * PAGE_SIZE, buffer, 0, PAGE_SIZE);
        byte[] page = n == PAGE_SIZE ? buffer : Arrays.copyOf(buffer, n);
        if (n == PAGE_SIZE) {
            synchronized (this) {
                pages.put(pageNumber, page);
            }
        }
        return page;
    }
}

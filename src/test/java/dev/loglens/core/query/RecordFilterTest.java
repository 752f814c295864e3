package dev.loglens.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A view shows every record, with no filter pass at all, only when its filter lets everything through. */
class RecordFilterTest {

    @Test
    void onlyTheEmptyFilterPassesEverything() {
        RecordFilter all = RecordFilter.all();
        assertThat(all.passesEverything()).isTrue();
        assertThat(all.withLevelShown(3, false).passesEverything()).isFalse();
        assertThat(all.withLevelShown(3, false).withLevelShown(3, true).passesEverything()).isTrue();
        assertThat(all.withIncludes(List.of(TextMatcher.literal("x", true))).passesEverything()).isFalse();
        assertThat(all.withExcludes(List.of(TextMatcher.literal("x", true))).passesEverything()).isFalse();
        assertThat(all.withLoggerPrefix("app").passesEverything()).isFalse();
        assertThat(all.withLoggerPrefix("  ").passesEverything()).isTrue();
        assertThat(all.withTimeRange(0, RecordFilter.NO_UPPER_BOUND).passesEverything()).isFalse();
        assertThat(all.withTimeRange(RecordFilter.NO_LOWER_BOUND, 5).passesEverything()).isFalse();
    }
}

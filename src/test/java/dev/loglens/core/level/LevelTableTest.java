package dev.loglens.core.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelTableTest {

    private final LevelTable table = new LevelTable();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "INFO, INFO", "info, INFO", "Info, INFO", "iNfO, INFO",
        "DEBUG, DEBUG", "debug, DEBUG", "dbg, DEBUG", "DEBG, DEBUG", "NOTI, NOTICE",
        "WARNING, WARNING", "warning, WARNING", "WARN, WARNING", "warn, WARNING", "Warn, WARNING", "wrn, WARNING",
        "ERROR, ERROR", "error, ERROR", "ERR, ERROR", "erro, ERROR", "eror, ERROR",
        "CRITICAL, CRITICAL", "critical, CRITICAL", "FATAL, CRITICAL", "fatal, CRITICAL", "crit, CRITICAL",
        "TRACE, TRACE", "trace, TRACE", "NOTICE, NOTICE", "notice, NOTICE", "inf, INFO"})
    void writtenNamesMapToCanonicalLevelsInAnyCase(String written, String canonical) {
        Level expected = table.byName(canonical).orElseThrow();
        assertThat(table.level(idOfBytes(written))).isEqualTo(expected);
        assertThat(table.level(table.idOf(written))).isEqualTo(expected);
        assertThat(table.byName(written)).contains(expected);
    }

    @Test
    void canonicalLevelsHaveFixedIdsAndPythonSeverities() {
        assertThat(table.level(LevelTable.NONE_ID)).isEqualTo(Level.NONE);
        assertThat(table.level(table.idOf("DEBUG")).severity()).isEqualTo(10);
        assertThat(table.level(table.idOf("INFO")).severity()).isEqualTo(20);
        assertThat(table.level(table.idOf("WARNING")).severity()).isEqualTo(30);
        assertThat(table.level(table.idOf("ERROR")).severity()).isEqualTo(40);
        assertThat(table.level(table.idOf("CRITICAL")).severity()).isEqualTo(50);
        assertThat(new LevelTable().idOf("error")).isEqualTo(table.idOf("ERROR"));
        assertThat(table.size()).isEqualTo(8);
    }

    @Test
    void customNameKeepsItsUpperCaseNameAndGetsANewId() {
        byte audit = idOfBytes("audit");
        assertThat(audit & 0xFF).isGreaterThanOrEqualTo(8);
        assertThat(table.level(audit)).isEqualTo(new Level("AUDIT", 20));
        assertThat(table.idOf("AUDIT")).isEqualTo(audit);
        assertThat(idOfBytes("Audit")).isEqualTo(audit);
        assertThat(table.byName("audit")).contains(new Level("AUDIT", 20));
        assertThat(table.size()).isEqualTo(9);

        byte security = table.idOf("SECURITY");
        assertThat(security).isNotEqualTo(audit);
        assertThat(table.level(security).name()).isEqualTo("SECURITY");
        assertThat(table.size()).isEqualTo(10);
    }

    @Test
    void longCustomNamesAreRegisteredByBytesToo() {
        byte id = idOfBytes("DEPRECATION_WARNING");
        assertThat(table.level(id).name()).isEqualTo("DEPRECATION_WARNING");
        assertThat(idOfBytes("deprecation_warning")).isEqualTo(id);
    }

    @Test
    void wellKnownNonCanonicalNamesKeepTheirNameAndGetTheirRank() {
        assertThat(table.level(idOfBytes("success"))).isEqualTo(new Level("SUCCESS", 25));
        assertThat(table.level(idOfBytes("VERBOSE"))).isEqualTo(new Level("VERBOSE", 5));
        assertThat(table.level(idOfBytes("SEVERE"))).isEqualTo(new Level("SEVERE", 40));
        assertThat(table.level(idOfBytes("EMERGENCY"))).isEqualTo(new Level("EMERGENCY", 60));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(table.level(idOfBytes("INFO "))).isEqualTo(Level.INFO);
        assertThat(table.level(table.idOf("  warning\t"))).isEqualTo(Level.WARNING);
        assertThat(table.size()).isEqualTo(8);
    }

    @Test
    void emptyNameIsNone() {
        assertThat(table.idOf("")).isEqualTo(LevelTable.NONE_ID);
        assertThat(table.idOf("   ")).isEqualTo(LevelTable.NONE_ID);
        assertThat(table.idOf(new byte[0], 0, 0)).isEqualTo(LevelTable.NONE_ID);
    }

    @Test
    void namesAreReadFromTheGivenSliceOnly() {
        byte[] line = "2024 [WARN] x".getBytes(StandardCharsets.US_ASCII);
        assertThat(table.level(table.idOf(line, 6, 4))).isEqualTo(Level.WARNING);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"50, CRITICAL", "60, CRITICAL", "40, ERROR", "45, ERROR", "30, WARNING", "25, NOTICE", "20, INFO",
        "10, DEBUG", "15, DEBUG", "5, TRACE", "1, TRACE", "0, NONE", "-10, NONE"})
    void numericLevelsMapToTheLevelAtOrBelowThem(long number, String name) {
        assertThat(table.level(table.idOfNumber(number)).name()).isEqualTo(name);
    }

    @Test
    void wellKnownTellsStandardNamesFromCustomOnes() {
        for (String name : List.of("INFO", "info", "WARN", "fatal", "Critical", "EMERGENCY", "verbose", "success")) {
            assertThat(isWellKnown(name)).as(name).isTrue();
        }
        for (String name : List.of("AUDIT", "name", "pciBusID", "INFORMATION", "", "DEPRECATION_WARNING")) {
            assertThat(isWellKnown(name)).as(name).isFalse();
        }
    }

    @Test
    void unknownIdsReadAsNone() {
        assertThat(table.level(200)).isEqualTo(Level.NONE);
    }

    @Test
    void tooManyDistinctNamesStopBeingLevels() {
        List<Byte> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(table.idOf("CUSTOM" + i));
        }
        assertThat(table.size()).isEqualTo(128);
        assertThat(ids.subList(0, 120)).doesNotContain(LevelTable.NONE_ID).doesNotHaveDuplicates();
        assertThat(ids.subList(120, 200)).containsOnly(LevelTable.NONE_ID);
        assertThat(table.level(ids.get(119)).name()).isEqualTo("CUSTOM119");
        assertThat(table.idOf("CUSTOM5")).isEqualTo(ids.get(5));
        assertThat(table.idOf("error")).isEqualTo(table.byName("ERROR").map(l -> table.idOf(l.name())).orElseThrow());
    }

    @Test
    void threadsRegisteringTheSameNamesAgreeOnTheirIds() throws InterruptedException {
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 50; i++) {
                    String name = "NAME" + i;
                    seen.add(name + "=" + table.idOf(name.getBytes(StandardCharsets.US_ASCII), 0, name.length()));
                }
            });
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        assertThat(seen).hasSize(50);
        assertThat(table.size()).isEqualTo(58);
    }

    private byte idOfBytes(String name) {
        byte[] b = ("xx" + name + "yy").getBytes(StandardCharsets.US_ASCII);
        return table.idOf(b, 2, name.length());
    }

    private static boolean isWellKnown(String name) {
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);
        return LevelTable.isWellKnown(b, 0, b.length);
    }
}

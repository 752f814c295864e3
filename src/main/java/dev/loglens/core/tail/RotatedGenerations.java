package dev.loglens.core.tail;

import dev.loglens.core.io.RotatedSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rotated generations of a followed log, each with the identity it had when seen, looked at while a writer
 * may be rotating the set. A folder listing alone can miss a file renamed while it is read ({@code readdir}
 * leaves that unspecified, and ext4 does miss it), so numbered generations are looked up by name, lowest
 * number first: a rotation only ever moves a file up by one, so a file moving while the numbers are walked is
 * seen at one of its two names. A look during which the live file itself was rotated is made again.
 */
final class RotatedGenerations {

    /** A rotated file and the identity it had when it was seen under that name. */
    record Generation(Path file, Object key) {
    }

    private static final int LOOKS = 100;

    private RotatedGenerations() {
    }

    /**
     * The generations of {@code live}'s set, oldest first, without the live file and without compressed copies
     * (logrotate compresses a generation already rotated: the copy holds no line of its own).
     */
    static List<Generation> of(Path live) throws IOException {
        List<Generation> generations = List.of();
        for (int look = 0; look < LOOKS; look++) {
            Object liveBefore = FileIdentity.of(live);
            generations = look(live);
            if (Objects.equals(liveBefore, FileIdentity.of(live))) {
                break;
            }
        }
        return generations;
    }

    private static List<Generation> look(Path live) throws IOException {
        List<Generation> dated = new ArrayList<>();
        int highestListed = 0;
        for (Path file : RotatedSet.of(live)) {
            int number = RotatedSet.number(live, file);
            highestListed = Math.max(highestListed, number);
            if (number < 0 && !file.equals(live) && !RotatedSet.isCompressed(live, file)) {
                Object key = FileIdentity.of(file);
                if (key != null) {
                    dated.add(new Generation(file, key));
                }
            }
        }
        // A file seen twice (moved up between two lookups) belongs where it was seen last: the higher number. A
        // rotation under way leaves one number free at a time, so the walk ends at the second free one in a row.
        Map<Object, Integer> numberOf = new HashMap<>();
        for (int number = 1, free = 0; number <= highestListed || free < 2; number++) {
            Object key = FileIdentity.of(RotatedSet.numbered(live, number));
            if (key != null) {
                numberOf.put(key, number);
                free = 0;
            } else {
                free++;
            }
        }
        List<Generation> generations = new ArrayList<>(dated);
        numberOf.entrySet().stream()
                .sorted(Map.Entry.<Object, Integer>comparingByValue().reversed())
                .forEach(e -> generations.add(new Generation(RotatedSet.numbered(live, e.getValue()), e.getKey())));
        return generations;
    }
}

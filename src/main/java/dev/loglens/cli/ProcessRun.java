package dev.loglens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One run of an external command: its wall time, or its peak resident memory (Linux's VmHWM, polled). Never
 * both at once: polling costs the measuring process CPU time, which on a small machine slows the command.
 */
record ProcessRun(int exitCode, double seconds, long peakRssKb) {

    static ProcessRun timed(List<String> command) throws IOException, InterruptedException {
        return run(command, false);
    }

    static ProcessRun watchingMemory(List<String> command) throws IOException, InterruptedException {
        return run(command, true);
    }

    private static ProcessRun run(List<String> command, boolean watchMemory) throws IOException, InterruptedException {
        // Not /dev/null: GNU grep notices it and stops at the first match.
        Path output = Files.createTempFile("loglens-bench", ".out");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (watchMemory && process.isAlive()) {
            peak = Math.max(peak, readPeakKb(status));
            Thread.sleep(2);
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.deleteIfExists(output);
        return new ProcessRun(exit, seconds, peak);
    }

    private static long readPeakKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // the process ended between two polls
        }
        return 0;
    }
}

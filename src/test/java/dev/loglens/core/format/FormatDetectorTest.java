package dev.loglens.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loglens.core.level.LevelTable;
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
    void aStrayReadableLineInAStartUpBannerDoesNotHideTheLogsOwnFormat() {
        StringBuilder log = new StringBuilder("""
                + nvidia-smi
                Wed Feb  5 00:05:10 2025
                +-----------------------------------------------------------------------------------------+
                | NVIDIA-SMI 550.54.15              Driver Version: 550.54.15      CUDA Version: 12.4     |
                |-----------------------------------------+------------------------+----------------------+
                | GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |
                |   0  NVIDIA A100-SXM4-80GB          On  |   00000000:07:00.0 Off |                    0 |
                +-----------------------------------------------------------------------------------------+
                WARNING: The directory '/root/.cache/pip' is not owned by the current user.
                Collecting vllm==0.13.0
                  Downloading vllm-0.13.0.whl (400 MB)
                Installing collected packages: vllm
                Successfully installed vllm-0.13.0
                """);
        for (int i = 0; i < 25; i++) {
            String level = i == 5 ? "WARNING" : "INFO";
            log.append(String.format("%s 02-05 00:05:%02d [api_server.py:%d] step %d of the server start%n",
                    level, 20 + i, 1800 + i, i));
        }
        // The pip warning reads as uvicorn's layout, and vLLM's reads none of the first ten lines: it must still win.
        assertThat(detect(log.toString())).isEqualTo("python-vllm");
    }

    @Test
    void aWordAndAColonOnAFewLinesIsNoLevel() {
        // busybox dmesg without times: "CPU: ...: ok" reads as basicConfig's LEVEL:name:message, CPU a level.
        assertThat(detect("""
                Linux version 3.4.35 (root@build) (gcc version 4.8.5) #1 PREEMPT Tue Mar 3 10:25:41 CST 2020
                CPU: ARM926EJ-S [41069265] revision 5 (ARMv5TEJ), cr=00053177
                Memory policy: ECC disabled, Data cache writeback
                Built 1 zonelists in Zone order, mobility grouping on.  Total pages: 16256
                Kernel command line: console=ttySAK0,115200n8 root=/dev/mtdblock4 rootfstype=squashfs
                PID hash table entries: 256 (order: -2, 1024 bytes)
                Dentry cache hash table entries: 8192 (order: 3, 32768 bytes)
                Memory: 64MB = 64MB total
                Calibrating delay loop... 199.06 BogoMIPS (lpj=995328)
                CPU: Testing write buffer coherency: ok
                Mount-cache hash table entries: 512
                """)).isEqualTo("plain");
        assertThat(detect("""
                WARNING:root:disk almost full: 97%
                Checking the models folder
                INFO:trainer:epoch 1 done
                """)).isEqualTo("python-basic");
    }

    @Test
    void ncclDebugLinesAreMixedInWithATrainingLog() {
        assertThat(detect("""
                5047e1766a80:352:352 [0] NCCL INFO Launch mode Parallel
                2024-02-29 07:58:54 | INFO | fairseq.trainer | NOTE: gradient overflow detected, setting loss scale to: 64.0
                2024-02-29 07:59:01 | INFO | fairseq.trainer | NOTE: gradient overflow detected, setting loss scale to: 32.0
                2024-02-29 08:00:28 | INFO | train_inner | {"epoch": 1, "update": 0.012, "loss": "21.229"}
                """)).isEqualTo("python-time-pipes+nccl");
    }

    @Test
    void onnxRuntimeWarningsAreRecordsAmongAnInferenceServersGlogLines() {
        // Triton with its ONNX backend: the runtime's warnings were continuation lines of a glog record.
        String log = """
                I0301 18:57:37.175078 21885 model_lifecycle.cc:461] loading: UAE-Large-V1:1
                I0301 18:57:39.107005 21885 onnxruntime.cc:2725] TRITONBACKEND_ModelInstanceInitialize: model_0
                2025-03-01 18:57:39.180811063 [W:onnxruntime:, session_state.cc:1162 VerifyEachNodeIsAssignedToAnEp] \
                Some nodes were not assigned to the preferred execution providers.
                2025-03-01 18:57:39.180989303 [W:onnxruntime:, session_state.cc:1164 VerifyEachNodeIsAssignedToAnEp] \
                Rerunning with verbose output on a non-minimal build will show node assignments.
                I0301 18:57:39.695301 21885 model_lifecycle.cc:818] successfully loaded 'UAE-Large-V1'
                """;
        Reading reading = Reading.of(log);
        assertThat(reading.formatId()).isEqualTo("glog+onnxruntime");
        assertThat(reading.rows()).extracting(Reading.Row::level)
                .containsExactly("INFO", "INFO", "WARNING", "WARNING", "INFO");
    }

    @Test
    void javaUtilLoggingLevelLinesAreNotMistakenForUvicornLines() {
        // "INFO: message" is JUL's second line, and also how uvicorn writes: it must stay JUL's, with its level.
        StringBuilder log = new StringBuilder();
        String[] levels = {"INFO", "WARNING", "SEVERE", "INFO", "FINE"};
        for (int i = 0; i < 20; i++) {
            log.append(String.format("Oct 10, 2024 11:46:%02d AM com.example.App run%n%s: message %d%n", i,
                    levels[i % levels.length], i));
        }
        assertThat(detect(log.toString())).isEqualTo("java-jul");
    }

    @Test
    void aPythonLayoutIsReadWhateverCommonDatefmtItWasWrittenWith() {
        String log = """
                09-02 20:38:43 - INFO - __main__ - Configuration:
                09-02 20:38:44 - DEBUG - trainer.data - loaded 1200 books
                09-02 20:38:45 - INFO - trainer - epoch 1 loss=0.84
                09-02 20:38:46 - WARNING - trainer - lr reduced
                09-02 20:38:47 - INFO - trainer - epoch 2 loss=0.61
                """;
        byte[] head = log.getBytes(StandardCharsets.UTF_8);
        LogFormat format = DETECTOR.detect(head, head.length);
        assertThat(format.id()).isEqualTo("python-time-level");
        ParsedLine parsed = new ParsedLine();
        parsed.reset();
        parsed.time.setReferenceDate(2024, 12, 31);
        assertThat(format.newParser(new LevelTable()).parse(head, 0, log.indexOf('\n'), parsed))
                .isTrue();
        assertThat(parsed.time.toIsoString()).isEqualTo("2024-09-02T20:38:43"); // the year from the file's date
        assertThat(parsed.hasLevel).isTrue();

        // The logging documentation's own example, whose 12-hour time a 24-hour layout reads the head of.
        String twelveHour = "10/10/2024 01:46:40 PM - app - ERROR - boom\n10/10/2024 01:46:41 PM - app - INFO - ok\n";
        byte[] bytes = twelveHour.getBytes(StandardCharsets.UTF_8);
        LogFormat python = DETECTOR.detect(bytes, bytes.length);
        assertThat(python.id()).isEqualTo("python-default");
        parsed.reset();
        assertThat(python.newParser(new LevelTable()).parse(bytes, 0, twelveHour.indexOf('\n'),
                parsed)).isTrue();
        assertThat(parsed.time.toIsoString()).isEqualTo("2024-10-10T13:46:40");
    }

    @Test
    void aDateTwoDatefmtsReadIsReadAsTheFilesDatesBeforeItWere() {
        LogFormat python = FormatCatalog.builtIn().byId("python-default").orElseThrow();
        LineParser parser = python.newParser(new LevelTable());
        String[] lines = {"05/12/2024 10:00:00 - app - INFO - a", "13/12/2024 10:00:01 - app - INFO - b",
            "01/11/2024 10:00:02 - app - INFO - c"};
        String[] times = {"2024-05-12T10:00:00", "2024-12-13T10:00:01", "2024-11-01T10:00:02"};
        ParsedLine parsed = new ParsedLine();
        for (int i = 0; i < lines.length; i++) {
            byte[] line = lines[i].getBytes(StandardCharsets.UTF_8);
            parsed.reset();
            assertThat(parser.parse(line, 0, line.length, parsed)).isTrue();
            // Month first until a date shows the file writes the day first; from then on, day first.
            assertThat(parsed.time.toIsoString()).isEqualTo(times[i]);
        }
    }

    @Test
    void aLoggerNameIsNotTakenFromAMessageWithDashes() {
        assertThat(detect("""
                2024-10-10 11:46:39,123 - INFO - Epoch 1 - loss 0.52
                2024-10-10 11:46:40,123 - INFO - Epoch 2 - loss 0.41
                2024-10-10 11:46:41,123 - INFO - saved
                """)).isEqualTo("python-time-level");
    }

    @Test
    void oneLineOfAFormatTheFileIsKnownToCarryIsEnoughToMixItIn() {
        String startUp = """
                [GIN-debug] [WARNING] Creating an Engine instance with the Logger and Recovery middleware already attached.
                [GIN-debug] [WARNING] Running in "debug" mode. Switch to "release" mode in production.
                 - using env:	export GIN_MODE=release
                [GIN-debug] GET    /ping                     --> main.main.func1 (3 handlers)
                [GIN-debug] Listening and serving HTTP on :8080
                """;
        String request = "[GIN] 2021/12/12 - 23:02:40 | 200 |      48.591µs |             ::1 | GET      \"/ping\"\n";
        assertThat(detect(startUp)).isEqualTo("gin-debug");
        assertThat(detect(startUp + request)).isEqualTo("gin-debug+gin");
        // Without that knowledge a single stray line is not taken for a second format.
        assertThat(detect("""
                2024-10-10 11:46:39,123 - trainer - INFO - step 1
                2024-10-10 11:46:40,123 - trainer - INFO - step 2
                2024-10-10 11:46:41,123 - trainer - INFO - step 3
                [GIN] 2021/12/12 - 23:02:40 | 200 |      48.591µs |             ::1 | GET      "/ping"
                2024-10-10 11:46:42,123 - trainer - INFO - step 4
                """)).isEqualTo("python-default");
    }

    @Test
    void containerPreamblesAndMigrationLinesAreMixedInWithTheAppsOwnLayout() {
        assertThat(detect("""
                spark 21:46:23.78 INFO  ==> Welcome to the Bitnami spark container
                spark 21:46:23.80 INFO  ==> Generating Spark configuration file...
                24/12/03 21:46:24 INFO Master: Started daemon with process name: 41@4c1d08925f0a
                24/12/03 21:46:24 INFO SignalUtils: Registering signal handler for TERM
                24/12/03 21:46:25 WARN NativeCodeLoader: Unable to load native-hadoop library for your platform
                24/12/03 21:46:25 INFO SecurityManager: Changing view acls to: spark
                """)).isEqualTo("java-spark+bitnami");
        assertThat(detect("""
                2025/08/04 12:22:53 INFO mlflow.store.db.utils: Creating initial MLflow database tables...
                INFO  [alembic.runtime.migration] Context impl SQLiteImpl.
                INFO  [alembic.runtime.migration] Will assume non-transactional DDL.
                INFO  [alembic.runtime.migration] Running upgrade  -> 451aebb31d03, add metric step
                2025/08/04 12:22:54 INFO mlflow.store.db.utils: Updating database tables
                2025/08/04 12:22:55 INFO mlflow.server: Starting the tracking server
                """)).isEqualTo("python-mlflow+python-alembic");
    }

    @Test
    void aTrainingRunsOutputMixesAsManyLayoutsAsItsLibrariesWrite() {
        // TRL on vLLM: Hugging Face's, accelerate's, vLLM's and torch's glog lines, and the NPU runtime's.
        String log = """
                [WARNING|logging.py:329] 2025-02-19 11:10:43,219 >> Sliding Window Attention is enabled but not implemented
                [INFO|tokenization_utils_base.py:2048] 2025-02-19 11:10:57,014 >> loading file tokenizer.json
                [INFO|tokenization_utils_base.py:2048] 2025-02-19 11:10:57,014 >> loading file tokenizer_config.json
                2025-02-19 11:10:57 - WARNING - accelerate.utils.other - Detected kernel version 5.4.241
                2025-02-19 11:10:57 - INFO - trl.trainer - Loading the policy model
                [INFO|configuration_utils.py:697] 2025-02-19 11:10:57,836 >> loading configuration file config.json
                INFO 02-19 11:11:04 config.py:526] This model supports multiple tasks. Defaulting to 'generate'.
                WARNING 02-19 11:11:04 _custom_ops.py:19] Failed to import from vllm._C
                [INFO|tokenization_utils_base.py:2048] 2025-02-19 11:11:04,416 >> loading file merges.txt
                2025-02-19 11:11:05 - INFO - vllm_ascend.model_runner - Loading model weights took 0.0000 GB
                W0219 11:11:13.041000 32796 site-packages/torch/distributed/elastic/multiprocessing/api.py:897] Sending SIGTERM
                E0219 11:11:13.846000 32796 site-packages/torch/distributed/elastic/multiprocessing/api.py:869] failed
                [ERROR] 2025-02-19-11:11:13 (PID:32796, Device:-1, RankID:-1) ERR99999 UNKNOWN application exception
                [ERROR] 2025-02-19-11:11:13 (PID:32797, Device:0, RankID:0) ERR99999 UNKNOWN application exception
                """;
        Reading reading = Reading.of(log);
        assertThat(reading.rows()).as(reading.formatId()).extracting(Reading.Row::level).containsExactly(
                "WARNING", "INFO", "INFO", "WARNING", "INFO", "INFO", "INFO", "WARNING", "INFO", "INFO", "WARNING",
                "ERROR", "ERROR", "ERROR");
    }

    @Test
    void linesAfterAWorkerProcesssNameAreReadInTheirOwnLayout() {
        String log = """
                (APIServer pid=1) INFO 02-05 00:05:28 [api_server.py:1880] vLLM API server version 0.13.0
                (APIServer pid=1) INFO 02-05 00:05:29 [utils.py:253] non-default args: {'model': 'gpt-oss-20b'}
                (EngineCore_DP0 pid=165) INFO 02-05 00:06:07 [mxfp4.py:161] Using Marlin backend
                (EngineCore_DP0 pid=165) [rank0]:W0205 00:06:20.691000 165 torch/_inductor/utils.py:1703] Not enough SMs
                (EngineCore_DP0 pid=165) INFO 02-05 00:07:07 [kv_cache_utils.py:1291] GPU KV cache size: 282,624 tokens
                (EngineCore_DP0 pid=165) 2026-02-05 00:07:08,089 - INFO - autotuner.py:256 - flashinfer.jit: starts
                (EngineCore_DP0 pid=165) 2026-02-05 00:07:08,119 - WARNING - autotuner.py:262 - flashinfer.jit: ends
                """;
        LogFormat format = DETECTOR.detect(log.getBytes(StandardCharsets.UTF_8), log.length());
        assertThat(format.id()).startsWith("process/");
        LineParser parser = format.newParser(new LevelTable());
        byte[] flashinfer = log.lines().toList().get(6).getBytes(StandardCharsets.UTF_8);
        ParsedLine parsed = new ParsedLine();
        assertThat(parser.parse(flashinfer, 0, flashinfer.length, parsed)).isTrue();
        assertThat(parsed.time.toIsoString()).isEqualTo("2026-02-05T00:07:08.119");
        // A parenthesis that names no process is the line's own text.
        assertThat(ProcessPrefixedFormat.textStart(
                "(rapid=3) INFO x".getBytes(StandardCharsets.UTF_8), 0, 16)).isZero();
        assertThat(ProcessPrefixedFormat.textStart(
                "(pid=12, ip=10.0.0.1) x".getBytes(StandardCharsets.UTF_8), 0, 23)).isEqualTo(22);
    }

    @Test
    void aBroadPythonLayoutDoesNotTakeTheFilesOfAMoreSpecificFormat() {
        assertThat(detect("""
                2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster
                2015-10-18 18:01:48,963 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Executing with tokens:
                2015-10-18 18:01:49,100 WARN [main] org.apache.hadoop.util.NativeCodeLoader: Unable to load native-hadoop
                """)).isEqualTo("java-log4j");
        assertThat(detect("""
                2016/06/13 09:39:05 [error] 2201#2201: *1 connect() failed (111: Connection refused)
                2016/06/15 13:08:41 [error] 1969#1969: *1 connect() failed (111: Connection refused)
                2016/06/16 23:43:45 [warn] 2164#2164: *5 upstream response is buffered
                """)).isEqualTo("nginx-error");
        assertThat(detect("""
                2023-10-26 15:32:47 INFO ------------------------------
                2023-10-26 15:32:47 INFO Get data from C:\\data\\train.csv
                2023-10-26 15:32:48 INFO - Feature engineering.
                """)).isEqualTo("python-time-level-space");
    }

    @Test
    void twoLinesWithAKnownLevelInAnotherLayoutAreRecordsOfTheirOwn() {
        // A script logs through basicConfig's default before it sets its own layout.
        assertThat(detect("""
                INFO:root:Training started.
                WARNING:root:No GPU found, training on the CPU
                2026-03-03 03:14:14,070 - INFO - Training started.
                2026-03-03 03:14:44,521 - INFO - Epoch 1/10 loss=0.52
                2026-03-03 03:15:14,002 - INFO - Epoch 2/10 loss=0.41
                """)).isEqualTo("python-time-level+python-basic");
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

    @Test
    void aSingleStructlogJsonLineAmongUvicornLinesIsARecordOfItsOwn() {
        String log = """
                INFO:     Started server process [5877]
                INFO:     Waiting for application startup.
                INFO:     Application startup complete.
                {"event": "healthcheck", "timestamp": "2025-08-25T20:17:00.779475Z", "level": "info"}
                INFO:     127.0.0.1:57861 - "GET /health HTTP/1.1" 200 OK
                """;
        assertThat(detect(log)).isEqualTo("python-uvicorn+json-lines");
    }

    @Test
    void theGenericFallbackKeepsAFractionOfASecondAndReadsWinstonsLowerCaseLevel() {
        LogFormat generic = GenericFormat.INSTANCE;
        LevelTable levels = new LevelTable();
        ParsedLine parsed = new ParsedLine();
        byte[] dotted = "10.10.2024 11:46:39.123 <ERROR> failed".getBytes(StandardCharsets.UTF_8);
        assertThat(generic.newParser(levels).parse(dotted, 0, dotted.length, parsed)).isTrue();
        assertThat(parsed.time.toIsoString()).isEqualTo("2024-10-10T11:46:39.123");
        assertThat(levels.level(parsed.levelId).name()).isEqualTo("ERROR");
        byte[] winston = "[2024-10-10T11:46:40.456Z] warn: disk almost full".getBytes(StandardCharsets.UTF_8);
        assertThat(generic.newParser(levels).parse(winston, 0, winston.length, parsed)).isTrue();
        assertThat(levels.level(parsed.levelId).name()).isEqualTo("WARNING");
        // Only as the first word: a lower-case "error:" further on is the message's.
        byte[] message = "2024-10-10 11:46:41 worker3 retry error: timeout".getBytes(StandardCharsets.UTF_8);
        assertThat(generic.newParser(levels).parse(message, 0, message.length, parsed)).isTrue();
        assertThat(parsed.hasLevel).isFalse();
    }

    @Test
    void theGenericFallbackFindsABracketedLevelAfterBracketedFieldsWithBlanksInThem() {
        // log4j %d{yyyy-MM-dd HH:mm:ss SSS} [%t] [%c] [%p] - %m: Flink's thread names carry blanks and brackets
        LevelTable levels = new LevelTable();
        ParsedLine parsed = new ParsedLine();
        byte[] line = ("2023-01-13 16:34:06 726 [Source: KafkaSource -> Calc(select=[user_id AS account_id]) (1/16)#0] "
                + "[org.apache.kafka.clients.consumer.ConsumerConfig] [WARN] - The configuration 'client.id.prefix' was "
                + "supplied").getBytes(StandardCharsets.UTF_8);
        assertThat(GenericFormat.INSTANCE.newParser(levels).parse(line, 0, line.length, parsed)).isTrue();
        assertThat(levels.level(parsed.levelId).name()).isEqualTo("WARNING");
        assertThat(parsed.time.toIsoString()).isEqualTo("2023-01-13T16:34:06.726");
        byte[] counted = "2023-01-13 16:34:06 2048 [main] bytes read".getBytes(StandardCharsets.UTF_8);
        assertThat(GenericFormat.INSTANCE.newParser(levels).parse(counted, 0, counted.length, parsed)).isTrue();
        assertThat(parsed.time.toIsoString()).as("four digits are no milliseconds").isEqualTo("2023-01-13T16:34:06");
    }

    @Test
    void detectronsConsoleLinesAreFoundPastAModelPrintoutLongerThanTheFirstWindow() {
        StringBuilder log = new StringBuilder("[09/02 02:36:56 d2.engine.defaults]: Model:\r\nGeneralizedRCNN(\r\n");
        for (int i = 0; i < 330; i++) {
            log.append("    (conv").append(i).append("): Conv2d(256, 256, kernel_size=(1, 1), stride=(1, 1))\r\n");
        }
        log.append(")\r\n[09/02 02:36:58 d2.data.build]: Removed 0 images with no usable annotations.\r\n");
        log.append("\u001b[5m\u001b[31mWARNING\u001b[0m \u001b[32m[09/02 02:36:59 d2.checkpoint]: \u001b[0mSkip loading\r\n");
        Reading reading = Reading.of(log.toString());
        assertThat(reading.formatId()).isEqualTo("python-detectron2-console");
        assertThat(reading.rows()).extracting(Reading.Row::level).containsExactly("NONE", "NONE", "WARNING");
        assertThat(reading.rows()).extracting(Reading.Row::lines).containsExactly(333, 1, 1);
    }

    @Test
    void aSingleTensorFlowRuntimeLineInATrainingRunIsARecordOfItsOwn() {
        Reading reading = Reading.of("""
                /opt/conda/lib/python3.8/site-packages/torch/distributed/launch.py:178: FutureWarning: deprecated
                  warnings.warn(
                2022-10-27 09:53:44.129836: I tensorflow/stream_executor/platform/default/dso_loader.cc:53] Successfully opened dynamic library libcudart.so.11.0
                Using /root/.cache/torch_extensions/py38_cu113 as PyTorch extensions root...
                [2022-10-27 09:53:49,678] [INFO] [comm.py:633:init_distributed] Initializing TorchBackend in DeepSpeed
                [2022-10-27 09:53:49,679] [INFO] [comm.py:663:init_distributed] Distributed backend already initialized
                10/27/2022 09:53:49 - INFO - torch.distributed.distributed_c10d - Added key: store_based_barrier_key:1
                10/27/2022 09:53:50 - WARNING - __main__ - Process rank: 0, device: cuda:0
                10/27/2022 09:53:50 - INFO - __main__ - Training/evaluation parameters
                10/27/2022 09:53:51 - INFO - datasets.builder - Reusing dataset wikitext
                """);
        assertThat(reading.rows()).as(reading.formatId()).containsExactly(
                new Reading.Row("INFO", "2022-10-27T09:53:44.129836", 2),
                new Reading.Row("INFO", "2022-10-27T09:53:49.678", 1),
                new Reading.Row("INFO", "2022-10-27T09:53:49.679", 1),
                new Reading.Row("INFO", "2022-10-27T09:53:49", 1),
                new Reading.Row("WARNING", "2022-10-27T09:53:50", 1),
                new Reading.Row("INFO", "2022-10-27T09:53:50", 1),
                new Reading.Row("INFO", "2022-10-27T09:53:51", 1));
    }

    @Test
    void mysqldSafesLinesAndTheOldErrorLogLayoutAreRead() {
        Reading reading = Reading.of("""
                161209 13:08:33 mysqld_safe Starting mysqld daemon with databases from /usr/local/var/mysql
                2016-12-09T12:08:33.335060Z 0 [Warning] TIMESTAMP with implicit DEFAULT value is deprecated.
                2016-12-09T12:08:33.336610Z 0 [Note] /usr/local/Cellar/mysql/5.7.10/bin/mysqld (mysqld 5.7.10) starting
                """);
        assertThat(reading.rows()).as(reading.formatId()).containsExactly(
                new Reading.Row("NONE", "2016-12-09T13:08:33", 1),
                new Reading.Row("WARNING", "2016-12-09T12:08:33.335060Z", 1),
                new Reading.Row("NOTE", "2016-12-09T12:08:33.336610Z", 1));
        Reading mysql55 = Reading.of("""
                120611  9:02:32 [Note] Plugin 'FEDERATED' is disabled.
                120611  9:02:32  InnoDB: Initializing buffer pool, size = 128.0M
                120611 10:02:33 [ERROR] Can't start server: Bind on TCP/IP port: Address already in use
                """);
        assertThat(mysql55.formatId()).isEqualTo("mysql-legacy");
        assertThat(mysql55.rows()).containsExactly(
                new Reading.Row("NOTE", "2012-06-11T09:02:32", 1),
                new Reading.Row("NONE", "2012-06-11T09:02:32", 1),
                new Reading.Row("ERROR", "2012-06-11T10:02:33", 1));
    }

    @Test
    void aTimeAfterABracketedLevelIsAGenericRecordStartWithThatLevel() {
        String log = """
                [ERROR]2017-10-25 15:38:51,0132
                [[==localizedMessage: Required Integer parameter 'a' is not present==]
                  org.springframework.web.method.annotation.RequestParamMethodArgumentResolver.handleMissingValue
                [ERROR]2017-10-25 15:41:46,0661
                [[==message: Required parameter==]
                """;
        byte[] head = log.getBytes(StandardCharsets.UTF_8);
        LogFormat format = DETECTOR.detect(head, head.length);
        assertThat(format.id()).isEqualTo("generic");
        ParsedLine parsed = new ParsedLine();
        LevelTable levels = new LevelTable();
        byte[] line = "[ERROR]2017-10-25 15:38:51,0132".getBytes(StandardCharsets.UTF_8);
        assertThat(format.newParser(levels).parse(line, 0, line.length, parsed)).isTrue();
        assertThat(levels.level(parsed.levelId).name()).isEqualTo("ERROR");
        assertThat(parsed.time.toIsoString()).startsWith("2017-10-25T15:38:51");
        byte[] text = "[[==message: Required parameter==]".getBytes(StandardCharsets.UTF_8);
        assertThat(format.newParser(levels).parse(text, 0, text.length, parsed)).isFalse();
    }

    @Test
    void theGenericFallbackReadsALevelBeforeTheTimeATimeInAngleBracketsAndALevelBetweenTabs() {
        LogFormat generic = GenericFormat.INSTANCE;
        LevelTable levels = new LevelTable();
        String[][] lines = {
            {"WARNING  2024-01-01 12:00:03,123 [main] disk almost full", "WARNING", "2024-01-01T12:00:03.123"},
            {"<2024-01-01 12:00:04> [ERROR] connection lost", "ERROR", "2024-01-01T12:00:04"},
            {"2024-01-01T12:00:05.5Z\tdebug\tcache warmed", "DEBUG", "2024-01-01T12:00:05.5Z"},
        };
        for (String[] line : lines) {
            ParsedLine parsed = new ParsedLine();
            byte[] b = line[0].getBytes(StandardCharsets.UTF_8);
            assertThat(generic.newParser(levels).parse(b, 0, b.length, parsed)).as(line[0]).isTrue();
            assertThat(levels.level(parsed.levelId).name()).as(line[0]).isEqualTo(line[1]);
            assertThat(parsed.time.toIsoString()).as(line[0]).isEqualTo(line[2]);
        }
        // A lower-case word is a level only in a column of its own: here it is the message's.
        ParsedLine parsed = new ParsedLine();
        byte[] b = "2024-01-01 12:00:06 debug build finished".getBytes(StandardCharsets.UTF_8);
        assertThat(generic.newParser(levels).parse(b, 0, b.length, parsed)).isTrue();
        assertThat(parsed.hasLevel).isFalse();
        byte[] word = "Info 2024-01-01 12:00:07 is not a level".getBytes(StandardCharsets.UTF_8);
        assertThat(generic.newParser(levels).parse(word, 0, word.length, parsed)).isFalse();
    }

    @Test
    void oneBasicConfigLineAmongAnotherLayoutIsMixedIn() {
        // torchrun writes its warning through Python's default layout, whatever layout the script has.
        StringBuilder log = new StringBuilder("WARNING:torch.distributed.run:\n*****\nSetting OMP_NUM_THREADS to 1\n");
        for (int i = 0; i < 20; i++) {
            log.append("2025-08-24 15:54:").append(10 + i).append(",314 [INFO] step ").append(i).append('\n');
        }
        assertThat(detect(log.toString())).isEqualTo("python-time-bracket-level+python-basic");
    }

    @Test
    void setupapisSectionAndCategoryLinesAreRecordsAndItsMarksAreLevels() {
        Reading reading = Reading.of("""
                [Device Install Log]
                     OS Version = 10.0.19045
                     Architecture = amd64

                [BeginLog]

                [Boot Session: 2025/02/03 08:15:07.500]

                >>>  [Device Install (Hardware initiated) - USB\\VID_046D&PID_C52B\\5&1b2b0d&0&2]
                >>>  Section start 2025/02/03 08:16:11.902
                     ump: Creating Install Process: DrvInst.exe 08:16:11.905
                     ndv: Retrieving device info...
                !    dvi:           Device not started: Device has problem: 0x1c
                !!!  ndv: Failed to install device instance. Error = 0x00000003
                <<<  Section end 2025/02/03 08:16:14.214
                <<<  [Exit status: FAILURE(0x00000003)]
                """);
        assertThat(reading.formatId()).isEqualTo("windows-setupapi");
        // The banner before the boot session is not a record of the reading (the index makes it one of its own).
        assertThat(reading.rows()).containsExactly(
                new Reading.Row("NONE", "2025-02-03T08:15:07.500", 2),
                new Reading.Row("NONE", null, 1),
                new Reading.Row("NONE", "2025-02-03T08:16:11.902", 1),
                new Reading.Row("NONE", null, 1),
                new Reading.Row("NONE", null, 1),
                new Reading.Row("WARNING", null, 1),
                new Reading.Row("ERROR", null, 1),
                new Reading.Row("NONE", "2025-02-03T08:16:14.214", 1),
                new Reading.Row("NONE", null, 1));
    }

    @Test
    void thePyTorchProfilersStageLinesAmongATrainingScriptsPrintsAreTimedRecords() {
        Reading reading = Reading.of("""
                start load training data...
                Epoch 0 | Train Loss 7.41 | Val Loss 6.90
                STAGE:2025-04-07 10:29:46 22264:22264 ActivityProfilerController.cpp:314] Completed Stage: Warm Up
                STAGE:2025-04-07 10:29:47 22264:22264 ActivityProfilerController.cpp:320] Completed Stage: Collection
                Epoch 1 | Train Loss 5.02 | Val Loss 5.11
                STAGE:2025-04-07 10:48:38 22264:22264 ActivityProfilerController.cpp:324] Completed Stage: Post Processing
                """);
        assertThat(reading.rows()).as(reading.formatId()).containsExactly(
                new Reading.Row("INFO", "2025-04-07T10:29:46", 1),
                new Reading.Row("INFO", "2025-04-07T10:29:47", 2),
                new Reading.Row("INFO", "2025-04-07T10:48:38", 1));
    }

    @Test
    void sparksRecordsAfterABuildToolsFirstLinesKeepTheirYearFirstDates() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            log.append("[info] loading settings for project hello-world-build from metals.sbt ").append(i).append('\n');
        }
        for (int i = 0; i < 12; i++) {
            log.append("22/04/27 07:56:").append(10 + i).append(" INFO SparkContext: Running Spark step ").append(i).append('\n');
        }
        Reading reading = Reading.of(log.toString());
        assertThat(reading.formatId()).startsWith("java-spark");
        assertThat(reading.rows()).contains(new Reading.Row("INFO", "2022-04-27T07:56:10", 1));
    }

    @Test
    void javacsLowerCaseWarningsInABuildsOutputAreNotPythonLoggingLines() {
        assertThat(detect("""
                > Task :app:compileDebugAndroidTestJavaWithJavac
                warning: [options] source value 7 is obsolete and will be removed in a future release
                warning: [options] target value 7 is obsolete and will be removed in a future release
                warning: [options] To suppress warnings about obsolete options, use -Xlint:-options.
                3 warnings

                BUILD SUCCESSFUL in 4s
                """)).isEqualTo("plain");
    }

    @Test
    void sbtsLowerCaseSuccessLinesAreRecordsOfTheirOwn() {
        Reading reading = Reading.of("""
                [info] loading settings for project hello-world from build.sbt ...
                [success] Generated .bloop/hello-world-build.json
                [success] Total time: 0 s, completed Apr 27, 2022, 7:56:20 AM
                [info] running Main
                [warn] multiple main classes detected
                """);
        assertThat(reading.rows()).as(reading.formatId()).extracting(Reading.Row::level)
                .containsExactly("INFO", "SUCCESS", "SUCCESS", "INFO", "WARNING");
    }
}

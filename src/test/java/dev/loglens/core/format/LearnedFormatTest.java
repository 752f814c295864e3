package dev.loglens.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.loglens.core.format.Reading.Row;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Layouts no built-in format knows, learnt from the file: where the time and the level are, line by line. */
class LearnedFormatTest {

    @Test
    void theTimeAndTheLevelAreFoundWhereverTheFormatStringPutsThem() {
        Reading reading = Reading.of("""
                pid=22896 | {train:197} | MainThread | [DEBUG   ] | (23/06/2025 13:30:42) | Starting epoch 397
                pid=22896 | {train:352} | MainThread | [INFO    ] | (23/06/2025 13:31:06) | Saved checkpoint
                pid=22896 | {train:301} | MainThread | [ERROR   ] | (23/06/2025 13:31:15) | step failed
                Traceback (most recent call last):
                  File "train.py", line 301, in step
                ValueError: bad value 3
                pid=22896 | {train:12} | MainThread | [CRITICAL] | (23/06/2025 13:32:01) | giving up
                pid=22896 | {train:40} | MainThread | [WARNING ] | (23/06/2025 13:32:02) | cleanup slow
                """);
        assertThat(reading.formatId()).isEqualTo("learned");
        assertThat(reading.rows()).containsExactly(
                new Row("DEBUG", "2025-06-23T13:30:42", 1),
                new Row("INFO", "2025-06-23T13:31:06", 1),
                new Row("ERROR", "2025-06-23T13:31:15", 4),
                new Row("CRITICAL", "2025-06-23T13:32:01", 1), // [CRITICAL] fills its brackets: still one word
                new Row("WARNING", "2025-06-23T13:32:02", 1));
    }

    @Test
    void fieldsInBracketsSideBySideAreReadOneByOne() {
        // log4j [%-5p][%d{yyyyMMdd HH:mm:ss,SSS}][%C:%L]: the padding of INFO and WARN leaves a blank that ERROR
        // and DEBUG fill, so the date is glued to the level's bracket on some lines and not on others
        Reading reading = Reading.of("""
                [INFO ][20240105 10:11:12,345][org.springframework.amqp.rabbit.connection.CachingConnectionFactory:553] Attempting to connect
                [WARN ][20240105 10:11:13,002][org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer:1700] Consumer raised exception
                java.net.ConnectException: Connection refused
                \tat java.base/sun.nio.ch.Net.pollConnect(Native Method)
                [ERROR][20240105 10:11:14,100][org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer:1400] Failed to redeclare
                [DEBUG][20240105 10:11:15,100][org.springframework.amqp.rabbit.listener.BlockingQueueConsumer:600] Starting consumer
                """);
        assertThat(reading.formatId()).isEqualTo("learned");
        assertThat(reading.rows()).containsExactly(
                new Row("INFO", "2024-01-05T10:11:12.345", 1),
                new Row("WARNING", "2024-01-05T10:11:13.002", 3),
                new Row("ERROR", "2024-01-05T10:11:14.100", 1),
                new Row("DEBUG", "2024-01-05T10:11:15.100", 1));
    }

    @Test
    void aFieldInBracketsIsOneWordBlanksAndInnerBracketsIncluded() {
        // log4j %d{yyyy-MM-dd HH:mm:ss SSS} [%t] [%c] [%p] - %m: Flink's thread names carry blanks and brackets,
        // which must not move the level's place
        Reading reading = Reading.of("""
                2023-01-13 16:34:03 876 [main] [org.apache.flink.runtime.metrics.ReporterSetup] [ERROR] - Could not instantiate
                java.lang.ClassNotFoundException: org.apache.flink.metrics.prometheus.Reporter
                2023-01-13 16:34:06 726 [SourceCoordinator-Source: KafkaSource -> Calc(select=[user_id AS account_id])] [org.apache.kafka.clients.consumer.ConsumerConfig] [WARN] - The configuration 'client.id.prefix' was supplied
                2023-01-13 16:34:06 727 [main] [org.apache.flink.runtime.webmonitor.WebMonitorUtils] [WARN] - Log file environment variable 'log.file' is not set.
                2023-01-13 16:34:06 774 [SourceCoordinator-Source: KafkaSource -> Calc(select=[user_id AS account_id])] [org.apache.kafka.clients.admin.AdminClientConfig] [WARN] - The configuration 'key.deserializer' was supplied
                2023-01-13 16:34:07 849 [Source: KafkaSource -> Calc(select=[user_id AS account_id]) (1/16)#0] [org.apache.kafka.clients.consumer.ConsumerConfig] [WARN] - The configuration 'client.id.prefix' was supplied
                """);
        assertThat(reading.rows()).as(reading.formatId()).extracting(Row::level, Row::lines).containsExactly(
                tuple("ERROR", 2), tuple("WARNING", 1), tuple("WARNING", 1), tuple("WARNING", 1), tuple("WARNING", 1));
    }

    @Test
    void aTwelveHourClockAndALevelAfterTheTimeAreRead() {
        Reading reading = Reading.of("""
                app.worker - 09/26/2025 07:27:29 PM -  INFO - worker 585 ready
                app.worker - 09/26/2025 07:27:35 PM - DEBUG - cache miss for key user:621
                app.worker - 09/26/2025 07:28:02 PM - ERROR - lost connection
                app.worker - 09/26/2025 12:01:00 AM -  INFO - retrying
                """);
        assertThat(reading.formatId()).isEqualTo("learned");
        assertThat(reading.rows()).extracting(Row::level).containsExactly("INFO", "DEBUG", "ERROR", "INFO");
        assertThat(reading.rows()).extracting(Row::time).containsExactly("2025-09-26T19:27:29", "2025-09-26T19:27:35",
                "2025-09-26T19:28:02", "2025-09-26T00:01:00");
    }

    @Test
    void aTwoDigitYearDateIsReadAsTheCLocalesPercentXWritesIt() {
        // FAIR's LogFormatter: %(levelname)s - time.strftime('%x %X') - elapsed - message
        Reading reading = Reading.of("""
                INFO - 09/02/20 13:55:22 - 0:00:00 - ============ Initialized logger ============
                INFO - 09/02/20 13:55:22 - 0:00:00 - arch: resnet50
                                                     base_lr: 0.6
                WARNING - 09/02/20 13:59:41 - 0:04:19 - slow epoch
                """);
        assertThat(reading.rows()).extracting(Row::time)
                .containsExactly("2020-09-02T13:55:22", "2020-09-02T13:55:22", "2020-09-02T13:59:41");
        assertThat(reading.rows()).extracting(Row::lines).containsExactly(1, 2, 1);
    }

    @Test
    void aLevelGluedToTheTimeByAColonIsRead() {
        Reading reading = Reading.of("""
                20250308 16:33:08,462:INFO: Loading the datasets...
                20250308 16:33:12,302:WARNING: -done
                20250308 16:34:10,658:INFO: Loading the datasets...
                """);
        assertThat(reading.formatId()).isEqualTo("learned");
        assertThat(reading.rows()).extracting(Row::level).containsExactly("INFO", "WARNING", "INFO");
        assertThat(reading.rows().get(0).time()).isEqualTo("2025-03-08T16:33:08.462");
    }

    @Test
    void twoLayoutsThatShareTheTimeKeepTheirOwnLevelPlaces() {
        // Celery's task errors and Django's autoreload lines in one file: the level is the third word after the
        // time in one layout, the first in the other.
        Reading reading = Reading.of("""
                09/23/2023 13:32:50 - celery.app.trace - ERROR - Task failed
                09/23/2023 13:32:51 - celery.app.trace - ERROR - Task failed again
                09/23/2023 13:32:52 - celery.worker - INFO - ready
                09/23/2023 17:20:56 [INFO] django.utils.autoreload: Watching for file changes
                09/23/2023 17:20:57 [WARNING] django.utils.autoreload: slow
                """);
        assertThat(reading.formatId()).isEqualTo("learned");
        assertThat(reading.rows()).extracting(Row::level).containsExactly("ERROR", "ERROR", "INFO", "INFO", "WARNING");
    }

    @Test
    void aLineWithTheTimeButNoLevelWhereTheLayoutHasOneContinuesTheRecord() {
        // A message wrapped by a terminal can put a logged time where a header's time is.
        Reading reading = Reading.of("""
                [rank0] 2025-09-10 19:21:04 - INFO - Setting ds_accelerator to cuda
                [rank0] 2025-09-10 19:21:05 - INFO - loading the model weights from
                branch= 2025-09-10 19:21:04 written at the start of the run
                [rank0] 2025-09-10 19:21:06 - WARNING - slow disk
                """);
        assertThat(reading.formatId()).isEqualTo("learned");
        assertThat(reading.rows()).extracting(Row::lines).containsExactly(1, 2, 1);
    }

    @Test
    void levelNamesCutByTheFormatsPrecisionAreTheLevelsTheyBegin() {
        // %(levelname).1s and [%(levelname).4s]
        assertThat(Reading.of("""
                2025-03-15 15:27:55 I worker.py:12 | started
                2025-03-15 15:27:56 W worker.py:40 | slow disk
                2025-03-15 15:27:57 E worker.py:41 | disk full
                2025-03-15 15:27:58 D worker.py:50 | retry
                """).rows()).extracting(Row::level).containsExactly("INFO", "WARNING", "ERROR", "DEBUG");
        assertThat(Reading.of("""
                [DEBU] : 2025-03-15 15:27:55 : started
                [INFO] : 2025-03-15 15:27:56 : ready
                [WARN] : 2025-03-15 15:27:57 : slow disk
                [CRIT] : 2025-03-15 15:27:58 : giving up
                """).rows()).extracting(Row::level).containsExactly("DEBUG", "INFO", "WARNING", "CRITICAL");
    }

    @Test
    void aThreadNameWithABlankBeforeTheTimeDoesNotHideTheRecord() {
        // Python 3.10 names a thread Thread-3 (worker) after its target.
        Reading reading = Reading.of("""
                [MainThread] 2025-03-15 15:27:55 INFO started
                [Thread-3 (worker)] 2025-03-15 15:27:56 INFO request 1
                [MainThread] 2025-03-15 15:27:57 WARNING slow
                [Thread-3 (worker)] 2025-03-15 15:27:58 ERROR request 2 failed
                [MainThread] 2025-03-15 15:27:59 INFO done
                [MainThread] 2025-03-15 15:28:00 INFO idle
                """);
        assertThat(reading.formatId()).isEqualTo("learned");
        assertThat(reading.rows()).extracting(Row::level)
                .containsExactly("INFO", "INFO", "WARNING", "ERROR", "INFO", "INFO");
    }

    @Test
    void theSameWordInSmallLettersAtTheStartOfEveryMessageIsNoLevel() {
        // A program that prints its errors with a time but no level: "error:" is the message, not an ERROR.
        Reading reading = Reading.of("""
                20220904\t20:32:46\tparse_relation.c\terror: column user_name does not exist
                    at Parser.parseErrorMessage (parser.js:287:98)
                20220904\t20:40:01\tparse_relation.c\terror: column user_mail does not exist
                    at Parser.parseErrorMessage (parser.js:287:98)
                20220905\t19:25:48\tparse_relation.c\terror: relation users does not exist
                """);
        assertThat(reading.rows()).extracting(Row::level).containsOnly("NONE");
        assertThat(reading.rows()).extracting(Row::time)
                .containsExactly("2022-09-04T20:32:46", "2022-09-04T20:40:01", "2022-09-05T19:25:48");
    }

    @Test
    void oneLevelNameInSmallLettersCountsWhenWrittenInBrackets() {
        Reading reading = Reading.of("""
                2026-03-15T21:01:46.013Z [info]: POST /users/register 409 50 - 58.892 ms {} {}
                2026-03-15T21:02:01.651Z [info]: GET /users/login 404 48 - 0.830 ms {} {}
                2026-03-15T21:02:39.452Z [info]: POST /users/login 400 46 - 5.465 ms {} {}
                """);
        assertThat(reading.rows()).extracting(Row::level).containsExactly("INFO", "INFO", "INFO");
    }

    @Test
    void timesInSecondsBeforeABarAreNoServiceNames() {
        Reading reading = Reading.of("""
                1765967344.123456 | train | <INFO> | worker 585 ready
                1765967345.500000 | train | <ERROR> | lost connection
                1765967346.250000 | train | <INFO> | retrying
                """);
        assertThat(reading.formatId()).isEqualTo("learned");
        assertThat(reading.rows()).extracting(Row::level).containsExactly("INFO", "ERROR", "INFO");
        assertThat(reading.rows().get(0).time()).startsWith("2025-12-17T10:29:04.123");
    }

    @Test
    void aThreadIdBeforeTheTimeIsNoTimeInSeconds() {
        // %(thread)d writes fifteen digits, which could be read as seconds since 1970.
        Reading reading = Reading.of("""
                140245890238208 [2024-05-01 10:00:00,123] INFO app: started
                140245890238208 [2024-05-01 10:00:01,456] WARNING app: slow
                140245890238208 [2024-05-01 10:00:02,789] ERROR app: failed
                """);
        assertThat(reading.rows()).extracting(Row::time)
                .containsExactly("2024-05-01T10:00:00.123", "2024-05-01T10:00:01.456", "2024-05-01T10:00:02.789");
    }

    @Test
    void theLayoutThatReadsTheWholeTimeWinsOverOneThatReadsItsStart() {
        // %H:%M:%S reads the start of 01:17:45 PM, and the bare times of the continuation lines too.
        Reading reading = Reading.of("""
                app | 01:17:45 PM | INFO | started
                app | 01:17:46 PM | ERROR | failed
                app | 01:17:47 PM | INFO | retry at
                  | | 12:00:00 tomorrow
                  | | 12:00:00 or later
                """);
        assertThat(reading.rows()).extracting(Row::time).allMatch(time -> time.endsWith("T13:17:45")
                || time.endsWith("T13:17:46") || time.endsWith("T13:17:47"));
        assertThat(reading.rows()).extracting(Row::lines).containsExactly(1, 1, 3);
    }

    @Test
    void aDayAfterTheTwelfthLaterInTheFileStillStartsARecord() {
        // The first window's dates read both day first and month first; the 13th settles it.
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            log.append(String.format("app - 05/03/2024 10:%02d:%02d - INFO - step %d%n", i / 60, i % 60, i));
        }
        for (int i = 0; i < 50; i++) {
            log.append(String.format("app - 13/03/2024 11:00:%02d - INFO - step %d%n", i, i));
        }
        Reading reading = Reading.of(log.toString());
        assertThat(reading.rows()).hasSize(300);
        assertThat(reading.rows().get(299).time()).isEqualTo("2024-03-13T11:00:49");
    }

    @Test
    void aKnownLevelNameInAnyPlaceWinsOverAWordInCapitalsInAnother() {
        // A thread name with a blank moves the level, which puts the message's first word where it was.
        Reading reading = Reading.of("""
                2025-04-07 22:19:48,147 [Thread-1 (run)]\tINFO\tstarted
                2025-04-07 22:19:49,147 [Thread-1 (run)]\tINFO\tworking
                2025-04-07 22:19:50,147 [Thread-2 (run)]\tWARNING\tslow
                2025-04-07 22:19:51,147 [MainThread]\tERROR\tDONE with errors
                2025-04-07 22:19:52,147 [MainThread]\tCRITICAL\tSQL failed
                """);
        assertThat(reading.rows()).extracting(Row::level).containsExactly("INFO", "INFO", "WARNING", "ERROR", "CRITICAL");
    }

    @Test
    void wordsOfClosingBracketsAloneAreCountedAlikeByTheLearnerAndTheParser() {
        Reading reading = Reading.of("""
                x ] ] 2024-01-01 10:00:00 INFO m
                x ] ] 2024-01-01 10:00:01 ERROR m
                x ] ] 2024-01-01 10:00:02 INFO m
                """);
        assertThat(reading.formatId()).isEqualTo("learned");
        assertThat(reading.rows()).extracting(Row::level).containsExactly("INFO", "ERROR", "INFO");
    }

    @Test
    void aLevelCutToOneLetterBeforeABarIsNoServiceName() {
        Reading reading = Reading.of("""
                I | [24/12/2023 02:03:37 PM] bot started
                W | [24/12/2023 02:03:38 PM] rate limited
                E | [24/12/2023 02:03:39 PM] lost connection
                I | [24/12/2023 02:03:40 PM] reconnected
                """);
        assertThat(reading.formatId()).isEqualTo("learned");
        assertThat(reading.rows()).extracting(Row::level).containsExactly("INFO", "WARNING", "ERROR", "INFO");
    }

    @Test
    void linesWithALevelAmongTimedLinesWithoutOneKeepTheirLevel() {
        // An inference server's own print lines, then Python logging's: too few levels for a learnt place.
        Reading reading = Reading.of("""
                [2025-04-13 21:14:15.067789] TEXT: markets fall --> PRED: negative
                [2025-04-13 21:17:25.815759] TEXT: markets rise --> PRED: positive
                [2025-04-13 21:17:41.643145] TEXT: rates cut --> PRED: positive
                [2025-04-14 14:25:12,340] INFO: Serving Flask app 'server'
                [2025-04-14 14:25:12,341] INFO: Debug mode: off
                [2025-04-13 21:22:20.559818] TEXT: rates up --> PRED: negative
                """);
        assertThat(reading.rows()).extracting(Row::level).containsExactly("NONE", "NONE", "NONE", "INFO", "INFO", "NONE");
    }

    @Test
    void djangosDatefmtWithTheMonthsNameKeepsTheDate() {
        Reading reading = Reading.of("""
                [21/Aug/2014 09:05:51] ERROR [audiosearch.redis:41] lookup failed
                ID: 42
                [21/Aug/2014 09:06:02] ERROR [audiosearch.redis:41] lookup failed
                [21/Aug/2014 09:15:09] WARNING [audiosearch.redis:57] slow
                """);
        assertThat(reading.rows()).extracting(Row::time)
                .containsExactly("2014-08-21T09:05:51", "2014-08-21T09:06:02", "2014-08-21T09:15:09");
    }

    @Test
    void aColumnOfTimesInATableAProgramPrintsIsNoLayout() {
        StringBuilder log = new StringBuilder("DAG File Processing Stats\n\nFile Path   PID   Runtime   Last Run\n");
        for (int i = 0; i < 30; i++) {
            log.append("/home/dags/example_").append(i).append(".py   0.2").append(i % 10).append("s   2019-10-22T05:46:")
                    .append(10 + i).append('\n');
        }
        for (int i = 0; i < 30; i++) {
            log.append("/home/dags/other_").append(i).append(".py\n");
        }
        assertThat(Reading.of(log.toString()).formatId()).isEqualTo("plain");
    }

    @Test
    void aTimeOfDayAfterADateGluedToALevelIsNotTakenForTheLayoutsTime() {
        Reading reading = Reading.of("""
                [ERROR]2017-10-25 15:38:51,0132
                [[==localizedMessage: Required Integer parameter 'a' is not present==]
                [ERROR]2017-10-25 15:41:46,0661
                [[==message: Required parameter==]
                """);
        assertThat(reading.formatId()).isNotEqualTo("learned");
        assertThat(reading.rows().get(0).time()).startsWith("2017-10-25T15:38:51");
    }

    @Test
    void whatTheFormatIsNamedSaysWhereItFoundTheFields() {
        byte[] b = """
                worker-1 12:00:01 DEBUG a
                worker-1 12:00:02 INFO b
                worker-1 12:00:03 INFO c
                """.getBytes(StandardCharsets.UTF_8);
        LogFormat format = FormatDetector.builtIn().detect(b, b.length);
        assertThat(format.name()).isEqualTo("Layout learnt from the file (time in word 2 as %H:%M:%S, level in word 1 after the time)");
    }
}

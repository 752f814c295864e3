package dev.loglens.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StrftimeParserTest {

    private final TimeFields out = new TimeFields();

    {
        out.setReferenceDate(2024, 12, 31); // times without a year or a date are read as of this day
    }

    @Test
    void aYearlessTimeLaterInTheYearThanTheFileBelongsToTheYearBefore() {
        StrftimeParser syslog = StrftimeParser.compile("%b %d %H:%M:%S");
        out.setReferenceDate(2025, 1, 2); // a log written across New Year, last touched on 2 January
        parse(syslog, "Dec 31 23:59:59 host cron[1]: tick");
        assertThat(out.toIsoString()).isEqualTo("2024-12-31T23:59:59");
        parse(syslog, "Jan  2 00:00:01 host cron[1]: tick");
        assertThat(out.toIsoString()).isEqualTo("2025-01-02T00:00:01");
    }

    @Test
    void anUnpaddedMonthRightBeforeTheDayLeavesTheDayTwoDigits() {
        StrftimeParser parser = StrftimeParser.compile("%m%d %H:%M:%S");
        out.setReferenceDate(2025, 12, 31);
        assertThat(parse(parser, "910 19:21:57 x")).isEqualTo("910 19:21:57".length());
        assertThat(out.toIsoString()).isEqualTo("2025-09-10T19:21:57");
        parse(parser, "1103 08:15:02 x");
        assertThat(out.toIsoString()).isEqualTo("2025-11-03T08:15:02");
    }

    @Test
    void apacheStyleDatefmt() {
        StrftimeParser parser = StrftimeParser.compile("%d/%b/%Y:%H:%M:%S");
        String text = "10/Oct/2024:11:46:39 +0000] \"GET / HTTP/1.1\"";
        assertThat(parse(parser, text)).isEqualTo("10/Oct/2024:11:46:39".length());
        assertThat(out.toIsoString()).isEqualTo("2024-10-10T11:46:39");
        assertThat(out.wallMillis()).isEqualTo(IsoTimestampParserTest.millis(LocalDateTime.of(2024, 10, 10, 11, 46, 39)));
        assertThat(parser.layout()).isEqualTo("%d/%b/%Y:%H:%M:%S");
    }

    @Test
    void aTabSeparatedLogsDateAndTimeColumnsAreOneTime() {
        StrftimeParser parser = StrftimeParser.compile("%Y%m%d %H:%M:%S");
        String text = "20220904\t20:32:46\t30e39853\terror: no such column";
        assertThat(parse(parser, text)).isEqualTo("20220904\t20:32:46".length());
        assertThat(out.toIsoString()).isEqualTo("2022-09-04T20:32:46");
    }

    @Test
    void gunicornDatefmtWithOffset() {
        StrftimeParser parser = StrftimeParser.compile("%Y-%m-%d %H:%M:%S %z");
        String text = "2021-09-15 15:42:07 +0900";
        assertThat(parse(parser, text)).isEqualTo(text.length());
        assertThat(out.hasOffset).isTrue();
        assertThat(out.offsetSeconds).isEqualTo(32_400);
        assertThat(out.toIsoString()).isEqualTo("2021-09-15T15:42:07+09:00");

        assertThat(parse(parser, "2021-09-15 15:42:07 -0330")).isPositive();
        assertThat(out.offsetSeconds).isEqualTo(-(3 * 3600 + 30 * 60));
        assertThat(out.toIsoString()).isEqualTo("2021-09-15T15:42:07-03:30");
    }

    @Test
    void offsetDirectiveRequiresAnOffset() {
        StrftimeParser parser = StrftimeParser.compile("%Y-%m-%d %H:%M:%S %z");
        assertThat(parse(parser, "2021-09-15 15:42:07 INFO")).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "%d/%m/%Y %H:%M:%S|5/3/2024 7:05:09|2024-03-05T07:05:09",
        "%d/%m/%Y %H:%M:%S|05/03/2024 07:05:09|2024-03-05T07:05:09",
        "%Y-%m-%d %H:%M|2024-1-2 3:4|2024-01-02T03:04:00",
        "%b %e %H:%M:%S|Oct  5 11:46:39|2024-10-05T11:46:39",
        "%y%m%d %H:%M:%S|120611  9:02:32|2012-06-11T09:02:32",
        "%y%m%d %k:%M:%S|120611  9:02:32|2012-06-11T09:02:32",
        "%m/%d/%Y %l:%M %p|10/10/2024  9:46 am|2024-10-10T09:46:00",
        "%b %d %Y %H:%M:%S|Oct 5 2024 11:46:39|2024-10-05T11:46:39",
        "%Y%m%d%H%M%S|20241010114639|2024-10-10T11:46:39",
        "%a, %d %B %Y %H:%M:%S|Thursday, 10 October 2024 11:46:39|2024-10-10T11:46:39",
        "%A %d-%h-%y %T|Thu 10-oct-24 11:46:39|2024-10-10T11:46:39",
        "%F %T|2024-10-10 11:46:39|2024-10-10T11:46:39",
        "%H:%M:%S|11:46:39|2024-12-31T11:46:39",
        "%d.%m.%y %H:%M|10.10.69 11:46|1969-10-10T11:46:00",
        "%d.%m.%y %H:%M|10.10.68 11:46|2068-10-10T11:46:00",
        "%Y-%m-%d %H:%M:%S %Z|2024-10-10 11:46:39 CEST|2024-10-10T11:46:39+02:00",
        "%Y-%m-%d %H:%M:%S %Z|2024-10-10 11:46:39 EST|2024-10-10T11:46:39-05:00",
        "%Y-%m-%d %H:%M:%S %Z|2024-10-10 11:46:39 CST|2024-10-10T11:46:39",
        "%Y-%m-%d %H:%M:%S.%f|2024-10-10 11:46:39.123456|2024-10-10T11:46:39.123456",
        "100%% %Y-%m-%d %H:%M:%S|100% 2024-10-10 11:46:39|2024-10-10T11:46:39",
        "%b %d, %Y %I:%M:%S %p|ago 18, 2013 3:32:18 PM|2013-08-18T15:32:18",
        "%d-%b-%Y %H:%M:%S|18-dic-2013 15:32:18|2013-12-18T15:32:18",
        "%d %b %Y %H:%M:%S|18 Okt 2013 15:32:18|2013-10-18T15:32:18",
        "%d %b %Y %H:%M:%S|18 mrt 2013 15:32:18|2013-03-18T15:32:18",
        "%d %b %Y %H:%M:%S|18 giu 2013 15:32:18|2013-06-18T15:32:18"})
    void layoutsReadTheirTimes(String layout, String text, String iso) {
        assertThat(parse(StrftimeParser.compile(layout), text)).isEqualTo(text.length());
        assertThat(out.toIsoString()).isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "10/10/2024 12:00:00 AM|2024-10-10T00:00:00",
        "10/10/2024 12:30:00 PM|2024-10-10T12:30:00",
        "10/10/2024 01:05:09 PM|2024-10-10T13:05:09",
        "10/10/2024 11:46:39 pm|2024-10-10T23:46:39",
        "10/10/2024 9:46:39 am|2024-10-10T09:46:39",
        "10/10/2024 11:59:59 AM|2024-10-10T11:59:59"})
    void twelveHourClock(String text, String iso) {
        assertThat(parse(StrftimeParser.compile("%m/%d/%Y %I:%M:%S %p"), text)).isEqualTo(text.length());
        assertThat(out.toIsoString()).isEqualTo(iso);
    }

    @Test
    void amPmBeforeTheHourWorksToo() {
        assertThat(parse(StrftimeParser.compile("%p %I:%M %Y-%m-%d"), "PM 3:15 2024-10-10")).isPositive();
        assertThat(out.toIsoString()).isEqualTo("2024-10-10T15:15:00");
    }

    @ParameterizedTest(name = "\"{1}\" with {0}")
    @CsvSource(delimiter = '|', value = {
        "%d/%b/%Y:%H:%M:%S|32/Oct/2024:11:46:39",
        "%d/%b/%Y:%H:%M:%S|10/Foo/2024:11:46:39",
        "%d/%b/%Y:%H:%M:%S|10/Oct/2024:24:46:39",
        "%d/%b/%Y:%H:%M:%S|10/Oct/2024:11:60:39",
        "%d/%b/%Y:%H:%M:%S|10/Oct/2024 11:46:39",
        "%d/%b/%Y:%H:%M:%S|10/Oct/24:11:46:39",
        "%d/%b/%Y:%H:%M:%S|10/Oct/2024:11:46",
        "%Y-%m-%d %H:%M:%S|2024-13-01 00:00:00",
        "%Y-%m-%d %H:%M:%S|2024-00-01 00:00:00",
        "%Y-%m-%d %H:%M:%S|2024-01-00 00:00:00",
        "%m/%d/%Y %I:%M:%S %p|10/10/2024 11:46:39 XM",
        "%Y-%m-%d %H:%M:%S|not a time at all"})
    void textThatDoesNotFitTheLayoutIsRejected(String layout, String text) {
        assertThat(parse(StrftimeParser.compile(layout), text)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "\"{1}\" with {0}")
    @CsvSource(delimiter = '|', value = {
        "%d/%b/%Y:%H:%M:%S|30/Feb/2024:11:46:39",
        "%Y-%m-%d %H:%M:%S|2023-02-29 00:00:00",
        "%Y-%m-%d %H:%M:%S|2024-06-31 00:00:00"})
    void daysThatDoNotExistInTheirMonthAreRejected(String layout, String text) {
        assertThat(parse(StrftimeParser.compile(layout), text)).isEqualTo(-1);
    }

    @Test
    void parsingStopsAtTheEndItIsGiven() {
        byte[] b = "[2024-10-10 11:46:39] x".getBytes(StandardCharsets.US_ASCII);
        StrftimeParser parser = StrftimeParser.compile("%Y-%m-%d %H:%M:%S");
        assertThat(parser.parse(b, 1, 20, out)).isEqualTo(20);
        assertThat(parser.parse(b, 1, 15, out)).isEqualTo(-1);
    }

    @Test
    void nonAsciiLiteralsInTheLayoutMatchUtf8Lines() {
        StrftimeParser parser = StrftimeParser.compile("%Y年%m月%d日 %H:%M:%S");
        String text = "2024年10月10日 11:46:39";
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(b, 0, b.length, out)).isEqualTo(b.length);
        assertThat(out.toIsoString()).isEqualTo("2024-10-10T11:46:39");
    }

    @Test
    void unsupportedDirectiveIsRefusedByName() {
        assertThatThrownBy(() -> StrftimeParser.compile("%Y-%j"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("%j");
        assertThatThrownBy(() -> StrftimeParser.compile("%H:%M:%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("%H:%M:%");
    }

    private int parse(StrftimeParser parser, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return parser.parse(b, 0, b.length, out);
    }
}

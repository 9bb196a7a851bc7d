using System.Globalization;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Calendar.Cal;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>The holiday table as data: the shipped copy, the CSV exchange format, and adding or replacing a notice.</summary>
public sealed class CalendarDataTests
{
    /// <summary>
    /// HYPOTHETICAL — NOT AN OFFICIAL NOTICE. A plausible 2027 notice invented for these tests only (春节 2027 falls on
    /// Sat 2027-02-06). Do not copy it into the shipped table; import the real 国务院办公厅 notice when it is published.
    /// </summary>
    private const string Hypothetical2027Notice =
        """
        date,kind,holiday,year_notice
        # HYPOTHETICAL 2027 notice, for tests only
        2027-01-01,off,元旦,2027
        2027-01-02,off,元旦,2027
        2027-01-03,off,元旦,2027
        2027-02-06,off,春节,2027
        2027-02-07,off,春节,2027
        2027-02-08,off,春节,2027
        2027-02-09,off,春节,2027
        2027-02-10,off,春节,2027
        2027-02-11,off,春节,2027
        2027-02-12,off,春节,2027
        2027-02-13,off,春节,2027
        2027-02-14,off,春节,2027
        2027-02-20,workday,春节,2027
        """;

    // ---------- the shipped table ----------

    [SharedDataFact]
    public void OfficialTable_Embedded_EqualsSharedReferenceCsv()
    {
        var path = SharedData.HolidayCsvPath!;
        using var reader = new StreamReader(path);
        var reference = HolidayArrangementCsv.Parse(reader, path);

        Assert.Equal(reference, HolidayArrangementCsv.ReadOfficial());
        Assert.Equal(reference, Official.Arrangements);
        // The export of the official calendar is the reference file itself, byte for byte (LF line ends).
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), WriteCsv(Official.Arrangements));
    }

    [Fact]
    public void OfficialTable_Loaded_CoversNotices2008To2026()
    {
        Assert.Equal(Enumerable.Range(2008, 19), Official.NoticeYears.Order());
        Assert.Equal(679, Official.Arrangements.Count());
    }

    [Theory]
    // Spot checks against the notices (cn-holidays-sources.md).
    [InlineData("2024-09-29", true)]  // Sun, 国庆节 make-up day
    [InlineData("2024-10-12", true)]  // Sat, 国庆节 make-up day
    [InlineData("2024-10-07", false)] // Mon, 国庆节
    [InlineData("2024-02-09", true)]  // Fri, 除夕 2024: only "encouraged" off, a working day
    [InlineData("2025-01-26", true)]  // Sun, 春节 make-up day
    [InlineData("2025-02-04", false)] // Tue, 春节
    [InlineData("2026-01-04", true)]  // Sun, 元旦 make-up day
    [InlineData("2026-02-23", false)] // Mon, 春节
    [InlineData("2020-02-01", false)] // Sat, make-up day dropped by the 2020 extension
    [InlineData("2015-09-03", false)] // Thu, 抗战胜利70周年纪念日
    [InlineData("2015-09-06", true)]  // Sun, its make-up day
    [InlineData("2023-12-30", false)] // Sat, set by the 2024 notice
    [InlineData("2025-03-05", true)]  // ordinary Wednesday
    [InlineData("2025-03-08", false)] // ordinary Saturday
    public void IsWorkingDay_OfficialCalendar_MatchesTheNotices(string date, bool working)
    {
        Assert.Equal(working, Official.IsWorkingDay(D(date)));
    }

    [Fact]
    public void ArrangementOn_MakeUpDay_NamesHolidayAndNotice()
    {
        var arrangement = Official.ArrangementOn(D("2023-12-30"));

        Assert.Equal(new HolidayArrangement(D("2023-12-30"), CalendarDayKind.Off, "元旦", 2024), arrangement);
        Assert.Null(Official.ArrangementOn(D("2025-03-05")));
    }

    // ---------- CSV export / import ----------

    [Fact]
    public void Csv_ExportThenImport_RoundTrips()
    {
        var exported = WriteCsv(Official.Arrangements);
        var imported = ParseCsv(exported);

        Assert.Equal(Official.Arrangements, imported);
        Assert.Equal(exported, WriteCsv(imported));
        Assert.StartsWith(HolidayArrangementCsv.Header + "\n", exported, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_Write_SortsByDate()
    {
        var shuffled = Official.Arrangements.Reverse().ToList();

        Assert.Equal(WriteCsv(Official.Arrangements), WriteCsv(shuffled));
    }

    [Fact]
    public void Csv_WriteUnderThaiBuddhistCurrentCulture_StillWritesGregorianIsoDates()
    {
        // th-TH formats "yyyy" in the Buddhist era (2024 → 2567) unless the invariant culture is used.
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            var exported = WriteCsv(Official.Arrangements.Where(a => a.NoticeYear == 2024));

            Assert.Contains("2024-10-01,off,国庆节,2024\n", exported, StringComparison.Ordinal);
            Assert.Equal(Official.Arrangements.Where(a => a.NoticeYear == 2024), ParseCsv(exported));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Csv_CommentsBlankLinesCrLfAndBom_AreAccepted()
    {
        var text = "\uFEFFdate,kind,holiday,year_notice\r\n# comment\r\n\r\n 2027-01-01 , off , 元旦 , 2027 \r\n";

        var parsed = ParseCsv(text);

        Assert.Equal([new HolidayArrangement(D("2027-01-01"), CalendarDayKind.Off, "元旦", 2027)], parsed);
    }

    [Theory]
    // Line numbers are physical lines of the file, counting the header, comments and blank lines.
    [InlineData("date,kind,holiday,year_notice\n2027-01-01,off,元旦,2027\n2027-02-30,off,春节,2027\n", "第3行", "2027-02-30")] // bad date
    [InlineData("date,kind,holiday,year_notice\n2027/01/01,off,元旦,2027\n", "第2行", "YYYY-MM-DD")] // bad date format
    [InlineData("date,kind,holiday,year_notice\n# a comment\n\n2027-02-08,workday,春节,2027\n", "第4行", "本就是工作日")] // Monday marked workday
    [InlineData("date,kind,holiday,year_notice\n2027-02-08,holiday,春节,2027\n", "第2行", "类型 \"holiday\"")] // unknown kind
    [InlineData("date,kind,holiday,year_notice\n2027-02-08,off,春节,2027\n2027-02-09,off,春节,2027\n2027-02-08,off,春节,2027\n", "第4行", "已在第2行出现")] // duplicate date
    [InlineData("date,kind,holiday,year_notice\n2027-02-08,off,春节\n", "第2行", "应有4列")] // missing column
    [InlineData("date,kind,holiday,year_notice\n2027-02-08,off,,2027\n", "第2行", "缺少节日名称")]
    [InlineData("date,kind,holiday,year_notice\n2027-02-08,off,春节,二〇二七\n", "第2行", "通知年份")]
    [InlineData("date,kind,holiday,year_notice\n2025-02-08,off,春节,2027\n", "第2行", "不在2027年通知可安排的范围内")] // date outside the notice's reach
    [InlineData("2027-02-08,off,春节,2027\n", "第1行", "首行应为")] // no header
    public void Csv_Import_ErrorsNameTheLine(string text, string line, string problem)
    {
        var ex = Assert.Throws<RuleViolationException>(() => ParseCsv(text, "2027.csv"));

        Assert.StartsWith($"2027.csv {line}：", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ImportDecemberDateOfNextYearsNotice_IsAccepted()
    {
        // The 2024 notice set 2023-12-30/31: a notice may reach back into December of the previous year.
        var parsed = ParseCsv("date,kind,holiday,year_notice\n2026-12-31,off,元旦,2027\n");

        Assert.Equal(2027, Assert.Single(parsed).NoticeYear);
    }

    [Fact]
    public void Of_DuplicateDate_IsRefused()
    {
        var a = new HolidayArrangement(D("2027-01-01"), CalendarDayKind.Off, "元旦", 2027);

        Assert.Throws<RuleViolationException>(() => WorkingDayCalendar.Of([a, a with { Holiday = "其他" }]));
    }

    // ---------- adding and replacing notices ----------

    [Fact]
    public void With_ReplacementNoticeYear_DropsEveryDateOfTheOldNoticeAndKeepsOtherYears()
    {
        // Replace the whole 2026 notice by one that only has 元旦 (01-01..03 off, 01-04 make-up).
        var replacement = ParseCsv(
            """
            date,kind,holiday,year_notice
            2026-01-01,off,元旦,2026
            2026-01-02,off,元旦,2026
            2026-01-03,off,元旦,2026
            2026-01-04,workday,元旦,2026
            """);

        var calendar = Official.With(replacement);

        Assert.False(calendar.IsWorkingDay(D("2026-01-02")));
        Assert.True(calendar.IsWorkingDay(D("2026-01-04")));
        Assert.True(calendar.IsWorkingDay(D("2026-02-16")));  // Mon, 春节 in the old 2026 notice
        Assert.False(calendar.IsWorkingDay(D("2026-02-28"))); // Sat, make-up day in the old 2026 notice
        Assert.True(calendar.IsWorkingDay(D("2026-10-05")));  // Mon, 国庆节 in the old 2026 notice
        Assert.False(calendar.IsWorkingDay(D("2025-10-08"))); // 2025 untouched
        Assert.Equal(Official.Arrangements.Count(a => a.NoticeYear != 2026) + 4, calendar.Arrangements.Count());
        Assert.Null(calendar.MissingNoticeYear(D("2026-06-01")));
        // The official calendar itself is unchanged.
        Assert.False(Official.IsWorkingDay(D("2026-02-16")));
    }

    [Fact]
    public void With_EmptyNoticeForAYear_StillCountsThatYearAsLoaded()
    {
        var calendar = Official.With([], [2027]);

        Assert.Null(calendar.MissingNoticeYear(D("2027-05-01")));
        Assert.Null(calendar.MissingNoticeYear(D("2026-12-28")));
        Assert.Contains(2027, calendar.NoticeYears);
    }

    [Fact]
    public void Import_Hypothetical2027Notice_RemovesThe2027WarningWithoutCodeChange()
    {
        // Before: no 2027 notice. Mon 2027-02-01 = day 0, Mon–Fri only: 02-02..05 1..4; 02-08..12 5..9;
        // 02-15..19 10..14; 02-22..26 15..19; Mon 03-01 20 — with a warning naming 2027.
        var before = RunInPerson("2027-02-01");
        Assert.Equal(D("2027-03-01"), before.DueOn);
        Assert.Contains(before.Warnings, w => w.Contains("2027年", StringComparison.Ordinal));

        // After importing the (hypothetical) notice as data: 02-02..05 1..4; 02-06..14 off; 02-15..19 5..9;
        // Sat 02-20 make-up 10; 02-22..26 11..15; 03-01..05 16..20 → Fri 2027-03-05, and no warning.
        var calendar = Official.With(ParseCsv(Hypothetical2027Notice, "2027.csv"));
        var after = new StatutoryClock(calendar).Run(new(SubmissionChannel.InPerson, D("2027-02-01")), []);

        Assert.Equal(D("2027-03-05"), after.DueOn);
        Assert.Empty(after.Warnings);
        Assert.Contains(after.Steps, s => s.Text.Contains("春节放假2月6日至2月14日", StringComparison.Ordinal));
        Assert.Contains(after.Steps, s => s.Text.Contains("2月20日（星期六，春节调休上班）", StringComparison.Ordinal));
        // Late December 2026 is now covered as well.
        Assert.Null(calendar.MissingNoticeYear(D("2026-12-28")));
        Assert.Equal(2028, calendar.MissingNoticeYear(D("2027-12-28")));
    }

    [Fact]
    public void Import_Hypothetical2027Notice_ExportIncludesItAndReimports()
    {
        var calendar = Official.With(ParseCsv(Hypothetical2027Notice));

        var exported = WriteCsv(calendar.Arrangements);
        var again = WorkingDayCalendar.Of(ParseCsv(exported));

        Assert.EndsWith("2027-02-20,workday,春节,2027\n", exported, StringComparison.Ordinal);
        Assert.Equal(calendar.Arrangements, again.Arrangements);
        Assert.Equal(calendar.NoticeYears.Order(), again.NoticeYears.Order());
    }
}

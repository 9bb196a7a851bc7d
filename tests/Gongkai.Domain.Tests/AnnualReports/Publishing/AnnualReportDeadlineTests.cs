using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.AnnualReports.Publishing;

public sealed class AnnualReportDeadlineTests
{
    [Theory]
    [InlineData(AgencyKind.Department, 2023, "2024-01-31")]
    [InlineData(AgencyKind.Government, 2023, "2024-03-31")]
    [InlineData(AgencyKind.Township, 2023, "2024-03-31")]
    [InlineData(AgencyKind.Department, 2019, "2020-01-31")]
    [InlineData(AgencyKind.Department, 2018, "2019-03-31")]
    [InlineData(AgencyKind.Government, 2011, "2012-03-31")]
    public void For_KindAndYear_GivesTheStatutoryDay(AgencyKind kind, int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AnnualReportDeadline.For(kind, year).Date);

    [Fact]
    public void For_2019OnDepartment_CitesArticle49()
    {
        var deadline = AnnualReportDeadline.For(AgencyKind.Department, 2024);

        Assert.Equal("第四十九条", deadline.Article);
        Assert.Contains("1月31日前", deadline.Rule);
        Assert.Equal("2025年1月31日", deadline.DateText);
    }

    [Fact]
    public void For_Before2019_CitesThe2007Regulation() =>
        Assert.Equal("第三十一条（2007）", AnnualReportDeadline.For(AgencyKind.Department, 2017).Article);

    [Fact]
    public void For_YearBefore2008_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnualReportDeadline.For(AgencyKind.Government, 2007));

    [Theory]
    [InlineData("2023-12-31", null, AnnualReportDeadlineStatus.NotDue)]
    [InlineData("2024-01-01", null, AnnualReportDeadlineStatus.Due)]
    [InlineData("2024-01-31", null, AnnualReportDeadlineStatus.Due)]
    [InlineData("2024-02-01", null, AnnualReportDeadlineStatus.Overdue)]
    [InlineData("2024-06-01", "2024-01-31", AnnualReportDeadlineStatus.PublishedOnTime)]
    [InlineData("2024-06-01", "2024-02-01", AnnualReportDeadlineStatus.PublishedLate)]
    [InlineData("2024-01-10", "2024-01-05", AnnualReportDeadlineStatus.PublishedOnTime)]
    public void StatusOn_DepartmentReport2023_FollowsTodayAndPublication(string today, string? published, AnnualReportDeadlineStatus expected)
    {
        var deadline = AnnualReportDeadline.For(AgencyKind.Department, 2023);

        var status = deadline.StatusOn(Day(today), published is null ? null : Day(published));

        Assert.Equal(expected, status);
    }

    [Fact]
    public void StatusOn_Versions_FirstPublicationCountsNotTheCorrection()
    {
        var draft = AnnualReportDraft.Start(Guid.NewGuid(), Guid.NewGuid(), 2023, ReportFormat.Format2021, By(2024, 3, 1));
        draft.Edit("五、存在的主要问题及改进情况", "无。", By(2024, 3, 1));
        draft.Edit("六、其他需要报告的事项", "无。", By(2024, 3, 1));
        var data = Reports.Zeros(ReportFormat.Format2021, 2023);
        draft.Check(data, [], By(2024, 3, 1));
        draft.Approve(By(2024, 3, 1));
        var first = draft.Publish(Guid.NewGuid(), By(2024, 3, 30), "1.0");
        draft.StartCorrection(By(2024, 5, 1));
        draft.Check(data, [], By(2024, 5, 1));
        draft.Approve(By(2024, 5, 1));
        var second = draft.Publish(Guid.NewGuid(), By(2024, 5, 2), "1.0", "更正错字。");

        var status = AnnualReportDeadline.For(AgencyKind.Government, 2023).StatusOn(Day("2024-06-01"), [second, first]);

        Assert.Equal(AnnualReportDeadlineStatus.PublishedOnTime, status);
    }

    [Fact]
    public void PublishedOn_LateEveningUtc_IsNextDayInChina() =>
        Assert.Equal(new DateOnly(2024, 2, 1), Gongkai.Domain.Calendar.ChinaClock.DateOf(new DateTime(2024, 1, 31, 16, 30, 0, DateTimeKind.Utc)));

    [Fact]
    public void WithLocalRule_TownshipCountyRule_ReplacesTheDay()
    {
        var local = AnnualReportDeadline.For(AgencyKind.Township, 2021).WithLocalRule(new DateOnly(2022, 2, 20), "怀化市2022年通知");

        Assert.Equal(new DateOnly(2022, 2, 20), local.Date);
        Assert.Equal("怀化市2022年通知", local.Rule);
    }

    [Fact]
    public void WithLocalRule_DayInReportYear_Throws() =>
        Assert.Throws<RuleViolationException>(() => AnnualReportDeadline.For(AgencyKind.Township, 2021).WithLocalRule(new DateOnly(2021, 12, 1), "x"));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static RecordedBy By(int y, int m, int d) => new("王五", new DateTime(y, m, d, 2, 0, 0, DateTimeKind.Utc));
}

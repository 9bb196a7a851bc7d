using System.Text.Json;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class ReportFormatTests
{
    [Theory]
    [InlineData(2008, ReportFormat.Format2008)] // 2007 条例 in force from 2008-05-01
    [InlineData(2011, ReportFormat.Format2008)] // 二连浩特 2011 (seeds/002)
    [InlineData(2013, ReportFormat.Format2008)]
    [InlineData(2014, ReportFormat.Format2014)] // 国办发〔2014〕32号
    [InlineData(2017, ReportFormat.Format2014)] // 西宁 2017 (seeds/001)
    [InlineData(2018, ReportFormat.Format2014)]
    [InlineData(2019, ReportFormat.Format2019)] // 国办公开办函〔2019〕60号 (试行)
    [InlineData(2020, ReportFormat.Format2019)]
    [InlineData(2021, ReportFormat.Format2021)] // 国办公开办函〔2021〕30号
    [InlineData(2030, ReportFormat.Format2021)]
    public void DefaultFor_ReportYear_GivesTheFormatIssuedForThatYear(int year, ReportFormat expected) =>
        Assert.Equal(expected, ReportFormat.DefaultFor(year));

    [Fact]
    public void DefaultFor_YearBefore2008_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportFormat.DefaultFor(2007));

    [Theory]
    [InlineData(ReportFormat.Format2008)]
    [InlineData(ReportFormat.Format2014)]
    [InlineData(ReportFormat.Format2019)]
    [InlineData(ReportFormat.Format2021)]
    public void FirstAndLastYear_EveryYearInRange_DefaultsToTheFormat(ReportFormat format)
    {
        var last = format.LastYear ?? format.FirstYear + 5;
        for (var year = format.FirstYear; year <= last; year++)
        {
            Assert.Equal(format, ReportFormat.DefaultFor(year));
        }
    }

    [Theory]
    [InlineData(ReportFormat.Format2008, "2008")]
    [InlineData(ReportFormat.Format2014, "2014")]
    [InlineData(ReportFormat.Format2019, "2019")]
    [InlineData(ReportFormat.Format2021, "2021")]
    public void Json_Format_IsWrittenAsTheAuditJsonSpellsIt(ReportFormat format, string name)
    {
        Assert.Equal($"\"{name}\"", JsonSerializer.Serialize(format));
        Assert.Equal(name, ReportFormatGuess.NameOf(format));
    }

    [Theory]
    [InlineData("\"2021\"", ReportFormat.Format2021)]
    [InlineData("\"Format2021\"", ReportFormat.Format2021)]
    [InlineData("\"format2019\"", ReportFormat.Format2019)]
    [InlineData("2014", ReportFormat.Format2014)]
    public void Json_OldAndNewSpellings_AreRead(string json, ReportFormat expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<ReportFormat>(json));

    [Theory]
    [InlineData("\"2020\"")]
    [InlineData("\"Format\"")]
    [InlineData("\"\"")]
    [InlineData("3")]
    public void Json_UnknownFormat_IsRefusedWithTheValue(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportFormat>(json));
        Assert.Contains("报告格式", error.Message);
    }

    [Fact]
    public void Names_PersistedValues_NeverChange() =>
        Assert.Equal(["Format2008", "Format2014", "Format2019", "Format2021"], Enum.GetNames<ReportFormat>());
}

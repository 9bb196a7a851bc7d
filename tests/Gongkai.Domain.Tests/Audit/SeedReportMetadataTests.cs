using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>The metadata of each real seed report. Expected values come from reading the reports by hand.</summary>
public sealed class SeedReportMetadataTests
{
    public static TheoryData<string, string, int> AgencyAndYear => new()
    {
        { "000", "巴彦淖尔市", 2017 },
        { "001", "西宁市", 2017 },
        { "002", "二连浩特市人民政府办公室", 2011 },
        { "003", "白云鄂博矿区人民政府", 2019 },
        { "004", "博乐市", 2017 },
    };

    [SeedTheory]
    [MemberData(nameof(AgencyAndYear))]
    public void Read_SeedReport_FindsAgencyAndYear(string seed, string agency, int year)
    {
        var metadata = ReportMetadataReader.Read(SeedReports.Read(seed));

        Assert.Equal(agency, metadata.AgencyName);
        Assert.Equal(year, metadata.ReportYear);
        Assert.NotNull(metadata.Agency!.Evidence);
    }

    [SeedTheory]
    [InlineData("000", true)]
    [InlineData("001", true)]
    [InlineData("002", false)]
    [InlineData("003", false)]
    [InlineData("004", true)]
    public void Read_SeedReport_PeriodIsCalendarYearStatedOnlyWherePrinted(string seed, bool stated)
    {
        var metadata = ReportMetadataReader.Read(SeedReports.Read(seed));

        var period = Assert.IsType<ReportPeriod>(metadata.StatisticsPeriod);
        Assert.Equal(new DateOnly(metadata.ReportYear!.Value, 1, 1), period.From);
        Assert.Equal(new DateOnly(metadata.ReportYear!.Value, 12, 31), period.To);
        Assert.Equal(stated, period.IsStated);
        Assert.Equal(stated, period.Evidence is not null);
    }

    [SeedTheory]
    [InlineData("000", ReportFormat.Format2014, false, 0.30, 0.60)]
    [InlineData("001", ReportFormat.Format2014, true, 0.90, 1.00)]
    [InlineData("002", ReportFormat.Format2008, false, 0.80, 0.95)]
    [InlineData("003", ReportFormat.Format2019, true, 0.90, 1.00)]
    [InlineData("004", ReportFormat.Format2014, false, 0.40, 0.70)]
    public void Read_SeedReport_GuessesLayoutWithConfidence(string seed, ReportFormat layout, bool tablesFound, double min, double max)
    {
        var format = ReportMetadataReader.Read(SeedReports.Read(seed)).FormatGuess;

        Assert.Equal(layout, format.Format);
        Assert.Equal(tablesFound, format.TablesFound);
        Assert.InRange(format.Confidence, min, max);
        Assert.NotEmpty(format.Reasons);
    }

    [SeedFact]
    public void Read_NarrativeSeedsOfStatisticsEra_AreLessCertainThanSeedsWithTables()
    {
        var withTable = ReportMetadataReader.Read(SeedReports.Read("001")).FormatGuess.Confidence;
        var narrativeOnly = ReportMetadataReader.Read(SeedReports.Read("000")).FormatGuess.Confidence;
        var narrativeWithTableVocabulary = ReportMetadataReader.Read(SeedReports.Read("004")).FormatGuess.Confidence;

        Assert.True(narrativeOnly < narrativeWithTableVocabulary, "004 uses 统计表 indicator words, 000 does not");
        Assert.True(narrativeWithTableVocabulary < withTable);
    }

    [SeedTheory]
    [InlineData("000", "2018-02-27", null)]
    [InlineData("001", "2018-03-30", null)]
    [InlineData("002", null, null)]
    [InlineData("003", "2020-02-16", "2020-01-13")]
    [InlineData("004", null, null)]
    public void Read_SeedReport_FindsPrintedDates(string seed, string? published, string? signed)
    {
        var metadata = ReportMetadataReader.Read(SeedReports.Read(seed));

        Assert.Equal(published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), metadata.PublishedOn?.Value);
        Assert.Equal(signed is null ? null : DateOnly.Parse(signed, System.Globalization.CultureInfo.InvariantCulture), metadata.SignedOn?.Value);
    }

    [SeedTheory]
    [InlineData("000", 6)]
    [InlineData("001", 7)]
    [InlineData("002", 6)]
    [InlineData("003", 5)]
    [InlineData("004", 4)]
    public void Read_SeedReport_FindsTopLevelPartsInOrder(string seed, int count)
    {
        var sections = ReportMetadataReader.Read(SeedReports.Read(seed)).Sections;

        Assert.Equal(Enumerable.Range(1, count), sections.Select(s => s.Number));
        Assert.All(sections, s => Assert.Equal(SectionContent.Text, s.Content));
        Assert.All(sections, s => Assert.NotEqual(SectionTopic.Unknown, s.Topic));
    }

    [SeedFact]
    public void Read_TraditionalSeed_IsDetectedAsTraditionalAndNormalisedToSimplified()
    {
        var text = SeedReports.Read("002");

        Assert.Equal(ChineseScript.Traditional, text.Script);
        Assert.Contains(text.Lines, l => l.Original.Contains("政府信息公開", StringComparison.Ordinal));
        Assert.Contains(text.Lines, l => l.Normalized.Contains("政府信息公开", StringComparison.Ordinal));
        Assert.DoesNotContain(text.Lines, l => l.Normalized.Contains("公開", StringComparison.Ordinal));
    }

    [SeedFact]
    public void Read_SeedWithFlattenedTable_KeepsTableRowsAsLinesNotHeadings()
    {
        var text = SeedReports.Read("003");
        var metadata = ReportMetadataReader.Read(text);

        Assert.Empty(text.Tables);
        var four = metadata.Section(4)!;
        Assert.Equal(SectionTopic.ReconsiderationAndLitigation, four.Topic);
        Assert.Contains("行政复议", four.Title, StringComparison.Ordinal);
        Assert.Equal(SectionTopic.RequestsHandling, metadata.Section(3)!.Topic);
        Assert.Null(metadata.Section(6));
    }

    [SeedFact]
    public void Read_SeedWithStatisticsAppendix_EndsLastPartBeforeTheAppendix()
    {
        var text = SeedReports.Read("001");
        var sections = ReportMetadataReader.Read(text).Sections;

        var last = sections[^1];
        Assert.Equal(SectionTopic.NextSteps, last.Topic);
        Assert.DoesNotContain(Enumerable.Range(last.HeadingLine, last.LastLine - last.HeadingLine + 1),
            n => text.Line(n).Normalized.EndsWith("统计表", StringComparison.Ordinal));
    }

    [SeedFact]
    public void FromPlainText_EverySeed_LinesAreAddressableBySourceLineAndOffset()
    {
        foreach (var path in SeedReports.All())
        {
            var raw = File.ReadAllText(path);
            var text = ReportText.FromPlainText(raw, System.IO.Path.GetFileName(path));

            Assert.Equal(ReportReadStatus.Read, text.Status);
            foreach (var line in text.Lines)
            {
                Assert.Equal(line.Number, line.Source.Line);
                Assert.Equal(line.Original, raw.Substring(line.Source.Offset, line.Original.Length));
            }
        }
    }
}

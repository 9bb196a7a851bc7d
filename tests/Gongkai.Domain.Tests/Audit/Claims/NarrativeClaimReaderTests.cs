using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Claims;
using Gongkai.Domain.Tests.AnnualReports;
using N = Gongkai.Domain.AnnualReports.NarrativeFigures;
using T4 = Gongkai.Domain.AnnualReports.Table4Labels;

namespace Gongkai.Domain.Tests.Audit.Claims;

public sealed class NarrativeClaimReaderTests
{
    private static IReadOnlyList<NarrativeClaim> Read(string text, ReportFormat format = ReportFormat.Format2014) =>
        NarrativeClaimReader.Read(ReportText.FromPlainText(text, "t.txt"), format);

    [SeedFact]
    public void Read_XiningSeed_TiesTheFifteenWholeCityFiguresAsTypedByHand()
    {
        var claims = NarrativeClaimReader.Read(SeedReports.Read("001"), ReportFormat.Format2014)
            .Where(c => c.Address?.Table == N.TableId && !c.PartialScope)
            .ToArray();
        var expected = XiningStatisticsTable2017.NarrativeCells().ToArray();
        Assert.Equal(
            expected.Select(e => (e.Address.Key, e.Value, e.Source!.Line, e.Source.Offset, e.Source.Text)).OrderBy(x => x.Offset),
            claims.Select(c => (c.Address!.Key, (decimal?)c.Value, c.Source.Line, c.Source.Offset, c.Source.Text)).OrderBy(x => x.Offset));
    }

    [SeedFact]
    public void Read_XiningSeed_SubAreaSentenceIsKeptButMarkedPartialScope()
    {
        var claims = NarrativeClaimReader.Read(SeedReports.Read("001"), ReportFormat.Format2014).Where(c => c.Source.Line == 81).ToArray();
        Assert.Equal(7, claims.Length); // 7件, 当面3, 信函4, 全部按时办结, 同意公开4, 不同意公开2, 不存在1
        Assert.All(claims, c => Assert.True(c.PartialScope));
    }

    [Fact]
    public void Read_SharesOfTotal_AreAttachedToTheirFigureAndTotal()
    {
        var claims = Read("全市共收到政府信息公开申请48件,当面申请6件、占12.5%,信函申请42件、占87.5%,全部按时办结。");
        var inPerson = Assert.Single(claims, c => c.Subject == "当面");
        Assert.Equal((6m, 12.5m, "12.5%", 1), (inPerson.Value, inPerson.Percent, inPerson.PercentSource!.Text, inPerson.PercentDecimals));
        Assert.Equal(48m, inPerson.Total!.Value);
        var onTime = Assert.Single(claims, c => c.Address!.Equals(N.At(N.ClosedOnTime)));
        Assert.Equal((48m, "全部按时办结"), (onTime.Value, onTime.Source.Text));
    }

    [Fact]
    public void Read_ReconsiderationWithResults_ReadsTotalAndParts()
    {
        var claims = Read("本年度行政复议2件，维持1件、其他1件。");
        Assert.Equal([("行政复议", 2m), ("维持", 1m), ("其他", 1m)], claims.Select(c => (c.Subject, c.Value)));
        Assert.All(claims.Skip(1), c => Assert.Same(claims[0], c.Total));
    }

    [Theory]
    [InlineData("本年度未收取任何费用。", "未收取")]
    [InlineData("全年未收取信息公开费用。", "未收取")]
    [InlineData("本年度沒有收取任何費用。", "沒有收取")]
    public void Read_NoFeesStatement_IsFeesCollectedZero(string text, string written)
    {
        var claim = Assert.Single(Read(text));
        Assert.Equal((N.At(N.FeesCollected), 0m, written), (claim.Address, claim.Value, claim.Source.Text));
    }

    [Fact]
    public void Read_TraditionalCharactersAndChineseNumerals_AreRead()
    {
        var claims = Read("全年共收到政府信息公開申請四十八件，當面申請六件。因政府信息公開申請提起行政復議三例。");
        Assert.Equal(
            [(N.At(N.RequestsReceived), 48m, "四十八件"), (N.At(N.ReceivedInPerson), 6m, "六件"), (N.At(N.Reconsiderations), 3m, "三例")],
            claims.Select(c => (c.Address!, c.Value, c.Source.Text)));
    }

    [Fact]
    public void Read_TenThousandsUnit_IsMultipliedOut()
    {
        var claim = Assert.Single(Read("全年主动公开政府信息2.46万条。"));
        Assert.Equal((24600m, "2.46万条"), (claim.Value, claim.Source.Text));
    }

    [Fact]
    public void Read_Format2019LitigationTotal_IsTheGroupOfBothSuits()
    {
        var claims = Read("被提起行政诉讼3件，其中未经复议直接起诉1件、复议后起诉2件。", ReportFormat.Format2019);
        Assert.Equal(
            [([T4.Litigation, T4.Total], 3m), ([T4.Litigation, T4.SuedDirectly, T4.Total], 1m), ([T4.Litigation, T4.SuedAfterReconsideration, T4.Total], 2m)],
            claims.Select(c => (c.ColumnPath!.ToArray(), c.Value)).ToArray(),
            new PathComparer());
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_DrafterPhrasing2014_ReadsBackEveryStatement(int seed)
    {
        var (text, statements) = DraftedNarrative.For2014(new Random(seed));
        var claims = Read(text).Where(c => c.Address is not null).ToArray();
        Assert.Equal(
            statements.Select(s => (s.Address.Key, s.Value)).Order(),
            claims.Select(c => (c.Address!.Key, c.Value)).Order());
        Assert.All(claims.Where(c => c.Percent is not null), c => Assert.NotNull(c.Total));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_DrafterPhrasing2019And2021_ReadsBackEveryStatement(int seed)
    {
        var format = seed % 2 == 0 ? ReportFormat.Format2019 : ReportFormat.Format2021;
        var cells = DraftedNarrative.ConsistentTables(format, new Random(seed));
        var (text, statements) = DraftedNarrative.For2019(format, cells);
        var claims = Read(text, format).Where(c => c.Address is not null).ToArray();
        Assert.Equal(
            statements.Select(s => (s.Address.Key, s.Value)).Order(),
            claims.Select(c => (c.Address!.Key, c.Value)).Order());
    }

    private sealed class PathComparer : IEqualityComparer<(string[], decimal)>
    {
        public bool Equals((string[], decimal) x, (string[], decimal) y) => x.Item1.SequenceEqual(y.Item1) && x.Item2 == y.Item2;

        public int GetHashCode((string[], decimal) obj) => obj.Item2.GetHashCode();
    }
}

using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Extraction;
using T2 = Gongkai.Domain.AnnualReports.Table2Labels;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;
using T4 = Gongkai.Domain.AnnualReports.Table4Labels;

namespace Gongkai.Domain.Tests.Audit.Extraction;

/// <summary>
/// Every number of 白云鄂博矿区 2019 tables 二, 三, 四 (seeds/003), flattened one label or value per line, read by
/// hand from the seed. Local deviations in the seed: 第二十条第（五）项 prints "本年增" and （六）（八） print "本年减"
/// (→ signed 本年增/减); （八） adds a 处理决定数量 column the form does not have; table 三 prints "二、本年结转…",
/// "…不其他情形", "7.属于行政执法案件", "…以获取信息" and splits "四、结转下年" / "度继续办理" over two lines; table 四
/// prints one "0" after each 总计 and nothing under the results.
/// </summary>
public sealed class BaiyunEboExtractionTests
{
    private static readonly Lazy<IReadOnlyList<ReportCell>> Read = new(() => ReportCellExtractor.Extract(SeedReports.Read("003"), ReportFormat.Format2019));

    private static IReadOnlyList<ReportCell> Extracted => Read.Value;

    public static TheoryData<string, string, string, int, string> Table2()
    {
        return new TheoryData<string, string, string, int, string>
        {
            { T2.Article20Item1, T2.Rules, T2.NewlyMade, 42, "0" },
            { T2.Article20Item1, T2.Rules, T2.NewlyPublished, 44, "0" },
            { T2.Article20Item1, T2.Rules, T2.PublishedTotal, 46, "0" },
            { T2.Article20Item1, T2.NormativeDocuments, T2.NewlyMade, 50, "0" },
            { T2.Article20Item1, T2.NormativeDocuments, T2.NewlyPublished, 52, "0" },
            { T2.Article20Item1, T2.NormativeDocuments, T2.PublishedTotal, 54, "0" },
            { T2.Article20Item5, T2.Licensing, T2.ItemsLastYear, 68, "519" },
            { T2.Article20Item5, T2.Licensing, T2.ItemChange, 70, "165" },
            { T2.Article20Item5, T2.Licensing, T2.Decisions, 72, "784" },
            { T2.Article20Item5, T2.OtherExternalServices, T2.ItemsLastYear, 76, "2.46万件" },
            { T2.Article20Item5, T2.OtherExternalServices, T2.ItemChange, 78, "1.4万件" },
            { T2.Article20Item5, T2.OtherExternalServices, T2.Decisions, 80, "3.8万件" },
            { T2.Article20Item6, T2.Penalties, T2.ItemsLastYear, 94, "257" },
            { T2.Article20Item6, T2.Penalties, T2.ItemChange, 96, "18" },
            { T2.Article20Item6, T2.Penalties, T2.Decisions, 98, "239" },
            { T2.Article20Item6, T2.Coercion, T2.ItemsLastYear, 102, "72" },
            { T2.Article20Item6, T2.Coercion, T2.ItemChange, 104, "41" },
            { T2.Article20Item6, T2.Coercion, T2.Decisions, 106, "31" },
            { T2.Article20Item8, T2.AdministrativeFees, T2.ItemsLastYear, 120, "397" },
            { T2.Article20Item8, T2.AdministrativeFees, T2.ItemChange, 122, "101" },
            { T2.Article20Item8, T2.AdministrativeFees, T2.Decisions, 124, "296" },
            { T2.Article20Item9, T2.CentralisedProcurement, T2.ProcurementProjects, 136, "42" },
            { T2.Article20Item9, T2.CentralisedProcurement, T2.ProcurementAmount, 138, "2202万元" },
        };
    }

    private static readonly Dictionary<string, decimal> Table2Values = new()
    {
        ["519"] = 519, ["165"] = 165, ["784"] = 784, ["2.46万件"] = 24600, ["1.4万件"] = 14000, ["3.8万件"] = 38000,
        ["257"] = 257, ["18"] = -18, ["239"] = 239, ["72"] = 72, ["41"] = -41, ["31"] = 31, ["397"] = 397, ["101"] = -101,
        ["296"] = 296, ["42"] = 42, ["2202万元"] = 2202, ["0"] = 0,
    };

    [SeedTheory]
    [MemberData(nameof(Table2))]
    public void Extract_Table2_ReadsEachCell(string subTable, string row, string column, int line, string text)
    {
        var cell = Assert.Single(Extracted, c => c.Address.Equals(new CellAddress(T2.TableId, [subTable, row], [column])));
        Assert.Equal(Table2Values[text], cell.Value);
        Assert.Equal((line, text), (cell.Source!.Line, cell.Source.Text));
    }

    /// <summary>Table 三: first value line of each row (the seven values follow every second line); all values are 0.</summary>
    public static TheoryData<string, int> Table3Rows() => new()
    {
        { T3.NewRequests, 186 },
        { T3.CarriedOver, 202 },
        { T3.Outcomes + " / " + T3.Disclosed, 260 },
        { T3.Outcomes + " / " + T3.PartiallyDisclosed, 276 },
        { T3.Outcomes + " / " + T3.Withheld + " / " + T3.WithheldGrounds[0], 318 },
        { T3.Outcomes + " / " + T3.Withheld + " / " + T3.WithheldGrounds[1], 334 },
        { T3.Outcomes + " / " + T3.Withheld + " / " + T3.WithheldGrounds[2], 350 },
        { T3.Outcomes + " / " + T3.Withheld + " / " + T3.WithheldGrounds[3], 366 },
        { T3.Outcomes + " / " + T3.Withheld + " / " + T3.WithheldGrounds[4], 382 },
        { T3.Outcomes + " / " + T3.Withheld + " / " + T3.WithheldGrounds[5], 398 },
        { T3.Outcomes + " / " + T3.Withheld + " / " + T3.WithheldGrounds[6], 414 },
        { T3.Outcomes + " / " + T3.Withheld + " / " + T3.WithheldGrounds[7], 430 },
        { T3.Outcomes + " / " + T3.UnableToProvide + " / " + T3.UnableToProvideGrounds[0], 452 },
        { T3.Outcomes + " / " + T3.UnableToProvide + " / " + T3.UnableToProvideGrounds[1], 468 },
        { T3.Outcomes + " / " + T3.UnableToProvide + " / " + T3.UnableToProvideGrounds[2], 484 },
        { T3.Outcomes + " / " + T3.NotProcessed + " / " + T3.NotProcessedGrounds[0], 512 },
        { T3.Outcomes + " / " + T3.NotProcessed + " / " + T3.NotProcessedGrounds[1], 528 },
        { T3.Outcomes + " / " + T3.NotProcessed + " / " + T3.NotProcessedGrounds[2], 544 },
        { T3.Outcomes + " / " + T3.NotProcessed + " / " + T3.NotProcessedGrounds[3], 560 },
        { T3.Outcomes + " / " + T3.NotProcessed + " / " + T3.NotProcessedGrounds[4], 576 },
        { T3.Outcomes + " / " + T3.OtherHandling, 592 },
        { T3.Outcomes + " / " + T3.OutcomeTotal, 608 },
        { T3.CarriedForward, 626 },
    };

    [SeedTheory]
    [MemberData(nameof(Table3Rows))]
    public void Extract_Table3_ReadsAllSevenColumnsOfEachRowInGridOrder(string rowPath, int firstLine)
    {
        var row = rowPath.Split(" / ");
        for (var i = 0; i < T3.Columns.Count; i++)
        {
            var cell = Assert.Single(Extracted, c => c.Address.Equals(T3.At(row, T3.Columns[i])));
            Assert.Equal(0m, cell.Value);
            Assert.Equal((firstLine + 2 * i, "0"), (cell.Source!.Line, cell.Source.Text));
        }
    }

    [SeedFact]
    public void Extract_Table4_ReadsTheLoneZeroUnderEachTotal()
    {
        var table4 = Extracted.Where(c => c.Table == T4.TableId).ToArray();
        Assert.Equal(
            [([T4.Reconsideration, T4.Total], 660), ([T4.Litigation, T4.SuedDirectly, T4.Total], 676), ([T4.Litigation, T4.SuedAfterReconsideration, T4.Total], 688)],
            table4.Select(c => (c.ColumnPath.ToArray(), c.Source!.Line)).Select(x => (x.Item1, x.Line)).ToArray(),
            new PathLineComparer());
        Assert.All(table4, c => Assert.Equal(0m, c.Value));
    }

    [SeedFact]
    public void Extract_AllTables_CountsEveryPrintedNumberOnce()
    {
        // 二: 6 + 6 + 6 + 3 + 2 = 23; 三: 23 rows × 7 = 161; 四: 3
        Assert.Equal(23, Extracted.Count(c => c.Table == T2.TableId));
        Assert.Equal(161, Extracted.Count(c => c.Table == T3.TableId));
        Assert.Equal(3, Extracted.Count(c => c.Table == T4.TableId));
        var layout = ReportLayout.For(ReportFormat.Format2019);
        var outside = Assert.Single(Extracted, c => layout.Find(c.Address) is null);
        Assert.Equal(new CellAddress(T2.TableId, [T2.Article20Item8, T2.AdministrativeFees], [T2.Decisions]), outside.Address);
    }

    private sealed class PathLineComparer : IEqualityComparer<(string[] Path, int Line)>
    {
        public bool Equals((string[] Path, int Line) x, (string[] Path, int Line) y) => x.Path.SequenceEqual(y.Path) && x.Line == y.Line;

        public int GetHashCode((string[] Path, int Line) obj) => obj.Line;
    }
}

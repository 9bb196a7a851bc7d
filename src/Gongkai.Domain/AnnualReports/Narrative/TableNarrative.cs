namespace Gongkai.Domain.AnnualReports.Narrative;

/// <summary>
/// The drafted figure sentences of the 2019 and 2021 formats (国办公开办函〔2019〕60号、〔2021〕30号): a summary of tables
/// 二 (2021 only: 第二十条第（一）项), 三 and 四 in part 一、总体情况, and one sentence in each part printing table 二, 三
/// or 四, before the table.
/// </summary>
internal static class TableNarrative
{
    private static readonly (string Label, IReadOnlyList<string> Column)[] Applicants =
    [
        ("自然人", Table3Labels.Columns[0]),
        ("商业企业", Table3Labels.Columns[1]),
        ("科研机构", Table3Labels.Columns[2]),
        ("社会公益组织", Table3Labels.Columns[3]),
        ("法律服务机构", Table3Labels.Columns[4]),
        ("其他", Table3Labels.Columns[5]),
    ];

    private static readonly (string Label, string Row)[] OutcomeGroups =
    [
        ("予以公开", Table3Labels.Disclosed),
        ("部分公开", Table3Labels.PartiallyDisclosed),
        ("不予公开", Table3Labels.Withheld),
        ("无法提供", Table3Labels.UnableToProvide),
        ("不予处理", Table3Labels.NotProcessed),
        ("其他处理", Table3Labels.OtherHandling),
    ];

    /// <summary>The drafted paragraph of each part that states figures (part heading → paragraph).</summary>
    public static IReadOnlyDictionary<string, string> Draft(AnnualReportData data)
    {
        var rules = data.Format == ReportFormat.Format2021 ? Table2Sentence(data) : string.Empty;
        var intake = IntakeSentence(data);
        var appeals = Table4Sentence(data);
        return new Dictionary<string, string>
        {
            ["一、总体情况"] = rules + intake + ApplicantSentence(data) + OutcomeSentence(data) + appeals,
            [Table2Labels.Title] = rules,
            [Table3Labels.Title] = intake,
            [Table4Labels.Title] = appeals,
        };
    }

    private static decimal? Total(AnnualReportData data, IReadOnlyList<string> row) =>
        data.ValueAt(Table3Labels.At(row, Table3Labels.TotalColumn));

    private static string IntakeSentence(AnnualReportData data) => new Sentence()
        .Add(Sentence.Figure("本年度新收政府信息公开申请", Total(data, Table3Labels.NewRequestsRow), "件"))
        .Add(Sentence.Figure("上年结转政府信息公开申请", Total(data, Table3Labels.CarriedOverRow), "件"))
        .ToString();

    private static string ApplicantSentence(AnnualReportData data)
    {
        var whole = Total(data, Table3Labels.NewRequestsRow);
        var shares = Applicants
            .Select(a => LegacyNarrative.Share(a.Label, data.ValueAt(Table3Labels.At(Table3Labels.NewRequestsRow, a.Column)), whole))
            .Where(s => s is not null)
            .ToArray();
        return shares.Length == 0 ? string.Empty : new Sentence().Add("新收申请中").Add(string.Join('，', shares)).ToString();
    }

    private static string OutcomeSentence(AnnualReportData data)
    {
        var table = data.Layout.Table(Table3Labels.TableId);
        var groups = OutcomeGroups.Select(g => Sentence.Figure(
            g.Label,
            Sentence.SumOrBlank(table.RowsUnder(Table3Labels.Outcomes, g.Row).Select(r => Total(data, r))),
            "件"));
        var closed = Sentence.Breakdown(Sentence.Figure("本年度办结", Total(data, Table3Labels.OutcomeTotalRow), "件"), groups);
        var forward = Sentence.Figure("结转下年度继续办理", Total(data, Table3Labels.CarriedForwardRow), "件");
        var text = string.Join('；', new[] { closed, forward }.Where(s => !string.IsNullOrEmpty(s)));
        return new Sentence().Add(text).ToString();
    }

    private static string Table4Sentence(AnnualReportData data)
    {
        decimal? At(params string[] column) => data.ValueAt(Table4Labels.At(column));

        var reconsideration = Sentence.Breakdown(
            Sentence.Figure("因政府信息公开工作被申请行政复议", At(Table4Labels.Reconsideration, Table4Labels.Total), "件"),
            Table4Labels.Results.Select(r => Sentence.Figure(r, At(Table4Labels.Reconsideration, r), "件")));

        var direct = At(Table4Labels.Litigation, Table4Labels.SuedDirectly, Table4Labels.Total);
        var afterReconsideration = At(Table4Labels.Litigation, Table4Labels.SuedAfterReconsideration, Table4Labels.Total);
        var litigation = Sentence.Breakdown(
            Sentence.Figure("被提起行政诉讼", Sentence.SumOrBlank([direct, afterReconsideration]), "件"),
            [Sentence.Figure(Table4Labels.SuedDirectly, direct, "件"), Sentence.Figure(Table4Labels.SuedAfterReconsideration, afterReconsideration, "件")]);

        return new Sentence().Add(reconsideration).Add(litigation).ToString();
    }

    private static string Table2Sentence(AnnualReportData data)
    {
        string? Verb(string verb, string column)
        {
            var items = new[] { Table2Labels.Rules, Table2Labels.AdministrativeNormativeDocuments }
                .Select(row => Sentence.Figure(row, data.ValueAt(new CellAddress(Table2Labels.TableId, [Table2Labels.Article20Item1, row], [column])), "件"))
                .Where(s => s is not null)
                .ToArray();
            return items.Length == 0 ? null : verb + string.Join('、', items);
        }

        return new Sentence()
            .Add(Verb("本年制发", Table2Labels.IssuedThisYear))
            .Add(Verb("废止", Table2Labels.RepealedThisYear))
            .Add(Verb("现行有效", Table2Labels.InForce))
            .ToString();
    }
}

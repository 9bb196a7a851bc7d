namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 主动公开政府信息情况 — the labels of table 二 (formats-and-law.md §1.4, §2.2, [V+]). Table 二 is a stack of
/// sub-tables, one per item of 条例 第二十条, each titled "第二十条第（X）项" with a header row starting "信息内容". A cell's
/// row path is [sub-table title, 信息内容 row label] and its column path is [column label]; "信息内容" itself is the
/// header of the label column and is not part of any path.
/// </summary>
public static class Table2Labels
{
    /// <summary>The table id.</summary>
    public const string TableId = "二";

    /// <summary>The section heading the table is printed under.</summary>
    public const string Title = "二、主动公开政府信息情况";

    /// <summary>第二十条第（一）项 — regulations, rules and normative documents.</summary>
    public const string Article20Item1 = "第二十条第（一）项";

    /// <summary>第二十条第（五）项 — administrative licensing and other external services.</summary>
    public const string Article20Item5 = "第二十条第（五）项";

    /// <summary>第二十条第（六）项 — administrative penalties and coercive measures.</summary>
    public const string Article20Item6 = "第二十条第（六）项";

    /// <summary>第二十条第（八）项 — administrative fees.</summary>
    public const string Article20Item8 = "第二十条第（八）项";

    /// <summary>第二十条第（九）项 — government centralised procurement (2019 format only).</summary>
    public const string Article20Item9 = "第二十条第（九）项";

    /// <summary>规章 — rules.</summary>
    public const string Rules = "规章";

    /// <summary>行政规范性文件 — administrative normative documents (2021 wording).</summary>
    public const string AdministrativeNormativeDocuments = "行政规范性文件";

    /// <summary>规范性文件 — normative documents (2019 wording).</summary>
    public const string NormativeDocuments = "规范性文件";

    /// <summary>行政许可 — administrative licensing.</summary>
    public const string Licensing = "行政许可";

    /// <summary>其他对外管理服务事项 — other external management and service matters (2019 only).</summary>
    public const string OtherExternalServices = "其他对外管理服务事项";

    /// <summary>行政处罚 — administrative penalties.</summary>
    public const string Penalties = "行政处罚";

    /// <summary>行政强制 — administrative coercive measures.</summary>
    public const string Coercion = "行政强制";

    /// <summary>行政事业性收费 — administrative fees.</summary>
    public const string AdministrativeFees = "行政事业性收费";

    /// <summary>政府集中采购 — government centralised procurement (2019 only).</summary>
    public const string CentralisedProcurement = "政府集中采购";

    /// <summary>2021 — 本年制发件数: documents issued this year.</summary>
    public const string IssuedThisYear = "本年制发件数";

    /// <summary>2021 — 本年废止件数: documents repealed this year.</summary>
    public const string RepealedThisYear = "本年废止件数";

    /// <summary>2021 — 现行有效件数: documents in force.</summary>
    public const string InForce = "现行有效件数";

    /// <summary>2021 — 本年处理决定数量: decisions made this year.</summary>
    public const string DecisionsThisYear = "本年处理决定数量";

    /// <summary>2021 — 本年收费金额（单位：万元）: fees collected this year, in 10,000 yuan.</summary>
    public const string FeesThisYear = "本年收费金额（单位：万元）";

    /// <summary>2019 — 本年新制作数量: newly made this year.</summary>
    public const string NewlyMade = "本年新制作数量";

    /// <summary>2019 — 本年新公开数量: newly published this year.</summary>
    public const string NewlyPublished = "本年新公开数量";

    /// <summary>2019 — 对外公开总数量: total publicly available.</summary>
    public const string PublishedTotal = "对外公开总数量";

    /// <summary>2019 — 上一年项目数量: number of items (事项) last year.</summary>
    public const string ItemsLastYear = "上一年项目数量";

    /// <summary>
    /// 2019 — 本年增/减: the signed change of the number of items this year (a decrease is negative). Reports that
    /// print two headers "本年增" / "本年减" (白云鄂博 2019) must be read into this one signed column.
    /// </summary>
    public const string ItemChange = "本年增/减";

    /// <summary>2019 — 处理决定数量: number of decisions. Counts decisions, not items; it is not 上一年项目数量 + 本年增/减.</summary>
    public const string Decisions = "处理决定数量";

    /// <summary>2019 — 采购项目数量: number of procurement projects.</summary>
    public const string ProcurementProjects = "采购项目数量";

    /// <summary>2019 — 采购总金额: total procurement amount. The format prints no unit ([U]); 上海 2019 wrote "251000元".</summary>
    public const string ProcurementAmount = "采购总金额";

    internal static ReportTable Build2021() => new(TableId, Title,
    [
        .. Grid(Article20Item1, [Rules, AdministrativeNormativeDocuments], [IssuedThisYear, RepealedThisYear, InForce]),
        .. Grid(Article20Item5, [Licensing], [DecisionsThisYear]),
        .. Grid(Article20Item6, [Penalties, Coercion], [DecisionsThisYear]),
        .. Grid(Article20Item8, [AdministrativeFees], [FeesThisYear], CellValueKind.Amount, "万元"),
    ]);

    internal static ReportTable Build2019() => new(TableId, Title,
    [
        .. Grid(Article20Item1, [Rules, NormativeDocuments], [NewlyMade, NewlyPublished, PublishedTotal]),
        .. ItemGrid(Article20Item5, [Licensing, OtherExternalServices], withDecisions: true),
        .. ItemGrid(Article20Item6, [Penalties, Coercion], withDecisions: true),
        .. ItemGrid(Article20Item8, [AdministrativeFees], withDecisions: false),
        Cell(Article20Item9, CentralisedProcurement, ProcurementProjects, CellValueKind.Count),
        Cell(Article20Item9, CentralisedProcurement, ProcurementAmount, CellValueKind.Amount),
    ]);

    private static IEnumerable<CellDefinition> Grid(
        string subTable, string[] rows, string[] columns, CellValueKind kind = CellValueKind.Count, string? unit = null) =>
        from row in rows
        from column in columns
        select Cell(subTable, row, column, kind, unit);

    private static IEnumerable<CellDefinition> ItemGrid(string subTable, string[] rows, bool withDecisions) =>
        from row in rows
        from cell in (CellDefinition[])
        [
            Cell(subTable, row, ItemsLastYear, CellValueKind.Count),
            Cell(subTable, row, ItemChange, CellValueKind.SignedCount),
            .. withDecisions ? [Cell(subTable, row, Decisions, CellValueKind.Count)] : Array.Empty<CellDefinition>(),
        ]
        select cell;

    private static CellDefinition Cell(string subTable, string row, string column, CellValueKind kind, string? unit = null) =>
        new(new CellAddress(TableId, [subTable, row], [column]), kind, unit);
}

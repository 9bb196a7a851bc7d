namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 政府信息公开行政复议、行政诉讼情况 — the labels of table 四 of the 2019 and 2021 formats (identical in both;
/// formats-and-law.md §1.6 [V+]). The table has three header rows and one unlabelled data row of 15 numbers, so its
/// cells have an empty row path and a column path from "行政复议" / "行政诉讼" down to the leaf.
/// </summary>
public static class Table4Labels
{
    /// <summary>The table id.</summary>
    public const string TableId = "四";

    /// <summary>The section heading the table is printed under.</summary>
    public const string Title = "四、政府信息公开行政复议、行政诉讼情况";

    /// <summary>行政复议 — administrative reconsideration.</summary>
    public const string Reconsideration = "行政复议";

    /// <summary>行政诉讼 — administrative litigation.</summary>
    public const string Litigation = "行政诉讼";

    /// <summary>未经复议直接起诉 — sued without reconsideration.</summary>
    public const string SuedDirectly = "未经复议直接起诉";

    /// <summary>复议后起诉 — sued after reconsideration.</summary>
    public const string SuedAfterReconsideration = "复议后起诉";

    /// <summary>结果维持 — upheld.</summary>
    public const string Upheld = "结果维持";

    /// <summary>结果纠正 — corrected (the agency lost).</summary>
    public const string Corrected = "结果纠正";

    /// <summary>其他结果 — other result.</summary>
    public const string OtherResult = "其他结果";

    /// <summary>尚未审结 — pending.</summary>
    public const string Pending = "尚未审结";

    /// <summary>总计 — total of the group.</summary>
    public const string Total = "总计";

    /// <summary>The four result columns of each group, in printed order; their sum is the group's 总计.</summary>
    public static IReadOnlyList<string> Results { get; } = [Upheld, Corrected, OtherResult, Pending];

    /// <summary>The three column groups: 行政复议; 行政诉讼›未经复议直接起诉; 行政诉讼›复议后起诉.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups { get; } =
    [
        [Reconsideration],
        [Litigation, SuedDirectly],
        [Litigation, SuedAfterReconsideration],
    ];

    /// <summary>The 15 column paths, left to right.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Columns { get; } =
        Groups.SelectMany(g => Results.Append(Total).Select(leaf => (IReadOnlyList<string>)[.. g, leaf])).ToArray();

    /// <summary>The row path of the single data row: empty.</summary>
    public static IReadOnlyList<string> DataRow { get; } = [];

    /// <summary>Whether <paramref name="format"/> has this table (2019 and 2021).</summary>
    public static bool IsIn(ReportFormat format) => format.HasPrescribedTables;

    /// <summary>The address of a cell of table 四.</summary>
    public static CellAddress At(IReadOnlyList<string> column) => new(TableId, DataRow, column);

    internal static ReportTable Build() =>
        new(TableId, Title, Columns.Select(c => new CellDefinition(new CellAddress(TableId, DataRow, c), CellValueKind.Count)));
}

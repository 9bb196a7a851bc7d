namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Where a number sits in a report: a table id, a row path and a column path. Paths run from the outermost merged
/// header to the leaf label, exactly as printed, e.g. row ["三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"]
/// and column ["申请人情况", "法人或其他组织", "商业企业"].
/// <para>
/// Two addresses are equal when their <see cref="LabelKey"/>s are equal, so an address typed with half-width
/// punctuation finds the official cell; the labels it keeps are the ones it was given.
/// </para>
/// </summary>
public sealed class CellAddress : IEquatable<CellAddress>
{
    private const char PartSeparator = '\u001E';

    /// <summary>An address; the paths are copied.</summary>
    public CellAddress(string table, IEnumerable<string> rowPath, IEnumerable<string> columnPath)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rowPath);
        ArgumentNullException.ThrowIfNull(columnPath);
        Table = table;
        RowPath = Array.AsReadOnly(rowPath.ToArray());
        ColumnPath = Array.AsReadOnly(columnPath.ToArray());
        Key = string.Concat(LabelKey.Of(table).Value, PartSeparator, LabelKey.Of(RowPath).Value, PartSeparator, LabelKey.Of(ColumnPath).Value);
    }

    /// <summary>The table id: "二", "三", "四" (2019/2021), "统计表" (2014), "正文" (narrative figures, 2008/2014).</summary>
    public string Table { get; }

    /// <summary>Row labels, outermost → leaf. Empty for a table with one unlabelled data row (table 四).</summary>
    public IReadOnlyList<string> RowPath { get; }

    /// <summary>Column labels, outermost → leaf.</summary>
    public IReadOnlyList<string> ColumnPath { get; }

    /// <summary>The normalised key the address is compared and looked up by.</summary>
    public string Key { get; }

    /// <summary>The last row label, or an empty string for an unlabelled row.</summary>
    public string RowLeaf => RowPath.Count > 0 ? RowPath[^1] : string.Empty;

    /// <summary>The last column label.</summary>
    public string ColumnLeaf => ColumnPath.Count > 0 ? ColumnPath[^1] : string.Empty;

    /// <summary>
    /// A reader's name for the cell, used in finding messages: 表三“三、本年度办理结果›（七）总计”×“申请人情况›自然人”.
    /// </summary>
    public string Describe()
    {
        var row = RowPath.Count > 0 ? $"“{string.Join('›', RowPath)}”" : string.Empty;
        var column = ColumnPath.Count > 0 ? $"“{string.Join('›', ColumnPath)}”" : string.Empty;
        var separator = row.Length > 0 && column.Length > 0 ? "×" : string.Empty;
        return $"表{Table}{row}{separator}{column}";
    }

    /// <inheritdoc/>
    public bool Equals(CellAddress? other) => other is not null && Key == other.Key;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CellAddress);

    /// <inheritdoc/>
    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Describe();
}

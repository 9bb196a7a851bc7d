using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// A cell a finding rests on, as the report has it: the report year (cross-year rules cite last year's cells), the
/// address under the labels stored in the report, the value (null = blank) and, for a report read back from
/// publication, where it was read and the text exactly as written.
/// </summary>
public sealed record FindingEvidence
{
    /// <summary>Evidence.</summary>
    [JsonConstructor]
    public FindingEvidence(int year, string table, IReadOnlyList<string> rowPath, IReadOnlyList<string> columnPath, decimal? value, SourceLocation? source = null)
    {
        Year = year;
        Address = new CellAddress(table, rowPath, columnPath);
        Value = value;
        Source = source;
    }

    /// <summary>Evidence from a cell of the report for <paramref name="year"/>.</summary>
    public static FindingEvidence Of(int year, ReportCell cell) =>
        new(year, cell.Table, cell.RowPath, cell.ColumnPath, cell.Value, cell.Source);

    /// <summary>The report year the cell belongs to.</summary>
    [JsonPropertyName("year"), JsonPropertyOrder(0)]
    public int Year { get; }

    /// <summary>The cell's address.</summary>
    [JsonIgnore]
    public CellAddress Address { get; }

    /// <summary>The table id.</summary>
    [JsonPropertyName("table"), JsonPropertyOrder(1)]
    public string Table => Address.Table;

    /// <summary>Row labels, outermost → leaf.</summary>
    [JsonPropertyName("rowPath"), JsonPropertyOrder(2)]
    public IReadOnlyList<string> RowPath => Address.RowPath;

    /// <summary>Column labels, outermost → leaf.</summary>
    [JsonPropertyName("columnPath"), JsonPropertyOrder(3)]
    public IReadOnlyList<string> ColumnPath => Address.ColumnPath;

    /// <summary>The value; null when the cell is blank.</summary>
    [JsonPropertyName("value"), JsonPropertyOrder(4)]
    public decimal? Value { get; }

    /// <summary>Where the value was read, with the text exactly as written.</summary>
    [JsonPropertyName("source"), JsonPropertyOrder(5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SourceLocation? Source { get; }
}

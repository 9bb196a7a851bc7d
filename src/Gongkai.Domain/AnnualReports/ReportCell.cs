using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// One number of a report at its address. <see cref="Value"/> null means the cell is blank — not filled — which is
/// not the same as 0: real reports leave cells blank (上海 2019 left a 总计 cell of table 三 blank), and the
/// consistency rules say so instead of silently reading 0. Amounts in 万元 may be fractional; 本年增/减 may be negative.
/// <para>
/// Provenance is optional: <see cref="RecordIds"/> are the records a generated cell was computed from (so every
/// published number can be drilled down to its cases); <see cref="Source"/> is where an audited cell was read, with
/// the text exactly as written.
/// </para>
/// <para>
/// JSON: exactly {"table", "rowPath", "columnPath", "value"}, plus "recordIds" and "source" only when present.
/// Equality compares the address by <see cref="LabelKey"/>, the value and the provenance.
/// </para>
/// </summary>
public sealed record ReportCell
{
    /// <summary>A cell. The paths and record ids are copied.</summary>
    [JsonConstructor]
    public ReportCell(
        string table,
        IReadOnlyList<string> rowPath,
        IReadOnlyList<string> columnPath,
        decimal? value,
        IReadOnlyList<string>? recordIds = null,
        SourceLocation? source = null)
    {
        Address = new CellAddress(table, rowPath, columnPath);
        Value = value;
        RecordIds = recordIds is null ? null : Array.AsReadOnly(recordIds.ToArray());
        Source = source;
    }

    /// <summary>A cell at <paramref name="address"/>.</summary>
    public ReportCell(CellAddress address, decimal? value, IReadOnlyList<string>? recordIds = null, SourceLocation? source = null)
        : this(address.Table, address.RowPath, address.ColumnPath, value, recordIds, source)
    {
    }

    /// <summary>The cell's address.</summary>
    [JsonIgnore]
    public CellAddress Address { get; private init; }

    /// <summary>The table id.</summary>
    [JsonPropertyName("table"), JsonPropertyOrder(0)]
    public string Table => Address.Table;

    /// <summary>Row labels, outermost → leaf.</summary>
    [JsonPropertyName("rowPath"), JsonPropertyOrder(1)]
    public IReadOnlyList<string> RowPath => Address.RowPath;

    /// <summary>Column labels, outermost → leaf.</summary>
    [JsonPropertyName("columnPath"), JsonPropertyOrder(2)]
    public IReadOnlyList<string> ColumnPath => Address.ColumnPath;

    /// <summary>The number; null when the cell is blank.</summary>
    [JsonPropertyName("value"), JsonPropertyOrder(3)]
    public decimal? Value { get; init; }

    /// <summary>The ids of the records (requests, appeals, catalogue entries, statistics) behind a generated cell.</summary>
    [JsonPropertyName("recordIds"), JsonPropertyOrder(4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? RecordIds { get; init; }

    /// <summary>Where an audited cell was read.</summary>
    [JsonPropertyName("source"), JsonPropertyOrder(5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SourceLocation? Source { get; init; }

    /// <summary>Whether the cell is blank (not filled).</summary>
    [JsonIgnore]
    public bool IsBlank => Value is null;

    /// <summary>This cell with the given records behind it (Guids written in the "D" format).</summary>
    public ReportCell WithRecords(IEnumerable<Guid> recordIds) => WithRecords(recordIds.Select(id => id.ToString("D")));

    /// <summary>This cell with the given records behind it.</summary>
    public ReportCell WithRecords(IEnumerable<string> recordIds) => this with { RecordIds = Array.AsReadOnly(recordIds.ToArray()) };

    /// <summary>This cell under other labels for the same address (used to store the official labels).</summary>
    public ReportCell At(CellAddress address) =>
        address.Equals(Address) ? this with { Address = address } : throw new ArgumentException("不是同一个单元格。", nameof(address));

    /// <inheritdoc/>
    public bool Equals(ReportCell? other) =>
        other is not null
        && Address.Equals(other.Address)
        && Value == other.Value
        && Equals(Source, other.Source)
        && (RecordIds ?? []).SequenceEqual(other.RecordIds ?? []);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Address, Value);
}

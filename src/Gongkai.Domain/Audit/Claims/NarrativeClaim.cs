using System.Text.Json.Serialization;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Claims;

/// <summary>
/// A figure stated in the narrative of a report ("当面申请6件、占12.5%", "全部按时办结", "未收取任何费用"): what it
/// is about (<see cref="Subject"/>), the value, where it was written and what it claims — a cell (<see cref="Address"/>:
/// a 正文 figure for 2008/2014, a cell of table 二/三/四 for 2019/2021, or a group of cells such as 不予公开 or 行政诉讼
/// that the table holds as several rows or columns) and, for a part stated beside its total, that total and the share.
/// </summary>
public sealed record NarrativeClaim
{
    /// <summary>A claim.</summary>
    public NarrativeClaim(string subject, CellAddress? address, decimal value, SourceLocation source)
    {
        Subject = subject;
        Address = address;
        Value = value;
        Source = source;
    }

    /// <summary>The words the figure is about, as read ("当面申请", "行政复议", "维持").</summary>
    [JsonPropertyName("subject"), JsonPropertyOrder(0)]
    public string Subject { get; }

    /// <summary>The cell or group of cells the figure states; null when it states nothing the report's tables hold.</summary>
    [JsonIgnore]
    public CellAddress? Address { get; }

    /// <summary>The table id of <see cref="Address"/>.</summary>
    [JsonPropertyName("table"), JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Table => Address?.Table;

    /// <summary>Row labels of <see cref="Address"/>.</summary>
    [JsonPropertyName("rowPath"), JsonPropertyOrder(2), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? RowPath => Address?.RowPath;

    /// <summary>Column labels of <see cref="Address"/>.</summary>
    [JsonPropertyName("columnPath"), JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ColumnPath => Address?.ColumnPath;

    /// <summary>The value stated (件, 条, 万元 as written; "2.46万件" → 24600; "全部按时办结" → the total received).</summary>
    [JsonPropertyName("value"), JsonPropertyOrder(4)]
    public decimal Value { get; }

    /// <summary>Where it was written, with the text exactly as written.</summary>
    [JsonPropertyName("source"), JsonPropertyOrder(5)]
    public SourceLocation Source { get; }

    /// <summary>The total this figure is stated as part of ("其中…"), as stated in the same sentence.</summary>
    [JsonPropertyName("total"), JsonPropertyOrder(6), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NarrativeClaim? Total { get; init; }

    /// <summary>The share of <see cref="Total"/> stated ("占12.5%" → 12.5).</summary>
    [JsonPropertyName("percent"), JsonPropertyOrder(7), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Percent { get; init; }

    /// <summary>Where the share was written.</summary>
    [JsonPropertyName("percentSource"), JsonPropertyOrder(8), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SourceLocation? PercentSource { get; init; }

    /// <summary>Digits after the decimal point of the printed share (its rounding step).</summary>
    [JsonIgnore]
    public int PercentDecimals { get; init; }

    /// <summary>
    /// True when the sentence is about part of the agency's area ("四区三县共收到…") or the figure is approximate
    /// ("1800余条"): it is kept as a claim but not checked against the whole report's tables.
    /// </summary>
    [JsonPropertyName("partialScope"), JsonPropertyOrder(9), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool PartialScope { get; init; }

    /// <summary>
    /// True when the figure was read without doubt: a 2019/2021 count (件/起) right after words that name its group and
    /// nothing else ("不予公开12件", "决定不予公开的12件", "被申请行政复议3起"), in a sentence about the whole agency
    /// that compares with no other period. Only such a claim can make <c>audit.narrative-vs-table</c> an error.
    /// </summary>
    [JsonIgnore]
    public bool Unambiguous { get; init; }

    /// <summary>The 1-based number of the sentence in the report (claims of one sentence share it).</summary>
    [JsonIgnore]
    public int Sentence { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Subject}={Value} ({Address?.Describe() ?? "-"}) @L{Source.Line}";
}

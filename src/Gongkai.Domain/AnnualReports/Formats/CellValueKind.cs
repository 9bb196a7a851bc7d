using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>What numbers a cell may hold. Persisted as the member name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CellValueKind>))]
public enum CellValueKind
{
    /// <summary>A count (件, 条, 个, 人次 …): a whole number, never negative.</summary>
    Count,

    /// <summary>
    /// A signed change of a count: 本年增/减 of the 2019 format, where a decrease is written as a negative number
    /// (武汉 2020 annotates the column "减用负值表示，如-8").
    /// </summary>
    SignedCount,

    /// <summary>An amount of money (万元, or the unit a report states): never negative, may be fractional.</summary>
    Amount,
}

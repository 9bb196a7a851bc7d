using System.Globalization;

namespace Gongkai.Domain.Notices;

/// <summary>
/// 发文字号 of a notice: 机关代字〔年份〕序号号, e.g. 西政依复〔2025〕12号 (the form of 《党政机关公文格式》 GB/T 9704:
/// the year in 六角括号 〔〕, the sequence without leading zeros). Sequences run per agency and calendar year, one
/// register for every kind of notice (docs/decisions/0005-notice-numbering.md).
/// </summary>
/// <param name="Prefix">发文机关代字.</param>
/// <param name="Year">The year of the 成文日期.</param>
/// <param name="Sequence">The number within the agency's register of that year, from 1.</param>
public sealed record NoticeNumber(string Prefix, int Year, int Sequence)
{
    /// <summary>The prefix.</summary>
    public string Prefix { get; } = string.IsNullOrWhiteSpace(Prefix) ? throw new ArgumentException("A prefix is required.", nameof(Prefix)) : Prefix.Trim();

    /// <summary>The year.</summary>
    public int Year { get; } = Year is < 1949 or > 9999 ? throw new ArgumentOutOfRangeException(nameof(Year)) : Year;

    /// <summary>The sequence.</summary>
    public int Sequence { get; } = Sequence < 1 ? throw new ArgumentOutOfRangeException(nameof(Sequence)) : Sequence;

    /// <summary>"西政依复〔2025〕12号".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}〔{Year}〕{Sequence}号");
}

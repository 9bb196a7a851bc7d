using System.Globalization;

namespace Gongkai.Domain.AnnualReports.Narrative;

/// <summary>
/// How the drafter writes numbers (docs/narrative-drafting.md, the phrasing contract shared with the auditor): Arabic
/// digits; counts as integers; 万元 amounts rounded to 4 decimals without trailing zeros; percentages with exactly one
/// decimal, rounded half away from zero (四舍五入).
/// </summary>
public static class NarrativeNumber
{
    /// <summary>A count or an amount: invariant digits, at most 4 decimals, no trailing zeros ("48", "0.15").</summary>
    public static string Of(decimal value) =>
        Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="part"/> as a percentage of <paramref name="whole"/>, rounded to one decimal half away from zero.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The whole is 0 (no percentage is stated then).</exception>
    public static decimal Percent(decimal part, decimal whole)
    {
        if (whole == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(whole), whole, "占比的分母不能为0。");
        }

        return Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>The percentage as written after "占": one decimal, e.g. "12.5", "100.0", "0.0".</summary>
    public static string PercentText(decimal part, decimal whole) =>
        Percent(part, whole).ToString("0.0", CultureInfo.InvariantCulture);
}

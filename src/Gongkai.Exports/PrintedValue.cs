using System.Globalization;

namespace Gongkai.Exports;

/// <summary>
/// How a number is printed in every export: invariant digits, no thousands separators, no trailing zeros (an amount
/// of 12.50 万元 prints "12.5"), a minus sign for a decrease (本年增/减 "-8"), and nothing at all for a blank cell.
/// </summary>
public static class PrintedValue
{
    /// <summary>The printed text of <paramref name="value"/>; an empty string when the cell is blank (null).</summary>
    public static string Of(decimal? value) =>
        value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : string.Empty;
}

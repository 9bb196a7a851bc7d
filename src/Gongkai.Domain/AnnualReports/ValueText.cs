using System.Globalization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>How values are written in finding messages: invariant digits, no trailing zeros, "空白" for a blank.</summary>
internal static class ValueText
{
    public static string Of(decimal? value) =>
        value is { } v ? v.ToString("0.############", CultureInfo.InvariantCulture) : "空白";
}

using Gongkai.Domain.AnnualReports;

namespace Gongkai.Web.Pages.Admin.Reports;

/// <summary>How the report pages print a finding: its severity in Chinese, its cells, the CSS badge.</summary>
public static class FindingLabels
{
    /// <summary>错误 / 警告 / 提示.</summary>
    public static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "错误",
        FindingSeverity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>The badge class of a severity.</summary>
    public static string Badge(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "overdue",
        FindingSeverity.Warning => "due-soon",
        _ => "ok",
    };

    /// <summary>The cells a finding cites, each with its value and, when read from a file, the text as written.</summary>
    public static IEnumerable<string> Cells(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Evidence.Select(e =>
        {
            var value = e.Value is { } v ? v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "空白";
            var source = e.Source is { } s ? $"（第{s.Line}行：“{s.Text}”）" : string.Empty;
            return $"{e.Address.Describe()} = {value}{source}";
        });
    }
}

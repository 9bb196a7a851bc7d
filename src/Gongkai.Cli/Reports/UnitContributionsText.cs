using System.Globalization;
using System.Text;
using Gongkai.Domain.AnnualReports.Generation;

namespace Gongkai.Cli.Reports;

/// <summary>
/// A rolled-up report as text for a supervising office: every non-zero cell with the total and what each unit
/// (本级, each department and lower government) contributed to it, so the roll-up can be checked unit by unit.
/// </summary>
public static class UnitContributionsText
{
    /// <summary>The text of <paramref name="report"/>.</summary>
    public static string Of(RolledUpReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var data = report.Combined.Data;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{data.Agency.Name}{data.Year}年政府信息公开工作年度报告：各单位贡献（共 {report.Units.Count} 个单位）");
        foreach (var cell in data.Cells.Where(c => c.Value is { } v && v != 0))
        {
            var parts = report.ContributionsTo(cell.Address)
                .Where(u => u.Value is { } v && v != 0)
                .Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Unit.Name} {u.Value:0.####}"));
            text.AppendLine(CultureInfo.InvariantCulture, $"{cell.Address.Describe()} = {cell.Value:0.####}：{string.Join("，", parts)}");
        }

        return text.ToString();
    }
}

using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Extraction;

namespace Gongkai.Domain.Audit.Rules;

/// <summary>
/// <see cref="AuditRuleIds.SubtotalMismatch"/>: a subtotal row some reports add inside table 三 — "小计"/"合计" under a
/// group, or the group's own heading printed with figures ("（三）不予公开 | 3 | 0 | …") — equals the sum of the group's
/// rows in every column it prints. The national format (国办公开办函〔2021〕30号 / 〔2019〕60号) has no such rows, so
/// they are the agency's own; a subtotal that does not add up is a figure of the report that contradicts the report
/// (条例 第五十条: the report states the figures). An Error when the subtotal and every row of its group were read for
/// certain (the group named, no cell inferred, OCR'd or set aside — <see cref="ReadingDoubtGate"/>); a Warning when
/// the group was taken from the row above a bare "小计", or a row of the group was not read at all.
/// A subtotal column ("法人或其他组织 › 小计", the agency's own — the 2021 format prints 商业企业…其他 without one) is
/// checked the same way against the columns of its group in its own row. Cells read with doubt (one-line text, a
/// label read loosely) turn an Error into a Warning through <see cref="ReadingDoubtGate"/>.
/// </summary>
internal static class SubtotalRule
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        if (context.Subtotals is not { Count: > 0 } subtotals)
        {
            yield break;
        }

        foreach (var subtotal in subtotals.Where(c => c.Value is not null))
        {
            if (context.Data.Layout.FindTable(subtotal.Table) is not { } table)
            {
                continue;
            }

            // a subtotal column (法人或其他组织 › 小计) adds up the columns of its group in its own row
            var isColumn = subtotal.ColumnPath.Count > 1 && subtotal.ColumnPath[^1] == CellCollector.SubtotalLabel && (subtotal.RowPath.Count == 0 || subtotal.RowPath[^1] != CellCollector.SubtotalLabel);
            var group = isColumn ? subtotal.ColumnPath.Take(subtotal.ColumnPath.Count - 1).ToArray() : subtotal.RowPath.Take(subtotal.RowPath.Count - 1).ToArray();
            var members = isColumn
                ? table.Cells.Where(d => LabelKey.Of(d.RowPath) == LabelKey.Of(subtotal.RowPath) && d.ColumnPath.Count > group.Length && StartsWith(d.ColumnPath, group)
                    && !IsTotal(d.ColumnPath[^1])).ToArray()
                : table.Cells
                .Where(d => d.RowPath.Count > group.Length && StartsWith(d.RowPath, group) && LabelKey.Of(d.ColumnPath) == LabelKey.Of(subtotal.ColumnPath)
                    && !IsTotal(d.RowPath[^1]))
                .ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var cells = members.Select(m => context.Data.Find(m.Address)).OfType<ReportCell>().ToArray();
            if (cells.Length == 0)
            {
                continue;
            }

            var sum = cells.Sum(c => c.Value ?? 0m);
            if (sum == subtotal.Value)
            {
                continue;
            }

            var missing = members.Length - cells.Length;
            var severity = missing == 0 ? FindingSeverity.Error : FindingSeverity.Warning;
            var note = missing == 0 ? string.Empty : $"（该项有{missing}行未读到，按空白计；读取存疑，请核对原文。）";
            if (isColumn)
            {
                var rowName = string.Join("›", subtotal.RowPath);
                yield return new Finding(AuditRuleIds.SubtotalMismatch, severity,
                    $"表{subtotal.Table}“{rowName}”一行中“{group[^1]}”的小计列为{Text(subtotal.Value!.Value)}，而其各列之和为{Text(sum)}。{note}",
                    [FindingEvidence.Of(context.Year, subtotal), .. cells.Select(c => FindingEvidence.Of(context.Year, c))]);
                continue;
            }

            var groupName = string.Join("›", group.Skip(1).DefaultIfEmpty(group[^1]));
            var column = string.Join("›", subtotal.ColumnPath.Skip(1).DefaultIfEmpty(subtotal.ColumnPath.LastOrDefault() ?? string.Empty));
            yield return new Finding(AuditRuleIds.SubtotalMismatch, severity,
                $"表{subtotal.Table}“{groupName}”的小计（{column}）为{Text(subtotal.Value!.Value)}，而其各分项之和为{Text(sum)}。{note}",
                [FindingEvidence.Of(context.Year, subtotal), .. cells.Select(c => FindingEvidence.Of(context.Year, c))]);
        }
    }

    private static bool IsTotal(string label) => label.Contains("总计", StringComparison.Ordinal) || label.Contains("合计", StringComparison.Ordinal);

    private static bool StartsWith(IReadOnlyList<string> path, IReadOnlyList<string> prefix) =>
        path.Count >= prefix.Count && prefix.Select((p, i) => LabelKey.Of(p) == LabelKey.Of(path[i])).All(x => x);

    private static string Text(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

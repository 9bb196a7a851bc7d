using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit.Claims;

namespace Gongkai.Domain.Audit.Rules;

/// <summary>
/// The figures of the narrative against the tables and against each other.
/// <list type="bullet">
/// <item><see cref="AuditRuleIds.NarrativeMatchesTable"/> (2019/2021): a figure tied to a cell of table 二/三/四 — or
/// to a group of cells the table prints as several rows or columns (不予公开 = Σ its grounds; 行政诉讼 = 未经复议直接起诉
/// 总计 + 复议后起诉 总计) — equals the table. An Error when the claim was read unambiguously
/// (<see cref="NarrativeClaim.Unambiguous"/>: "不予公开12件", "被申请行政复议3起") and every cell of the group was read
/// (then <see cref="ReadingDoubtGate"/> checks their certainty); a Warning otherwise. 2008/2014 figures are cells of table "正文" and go through the shared
/// <see cref="AnnualReports.NarrativeMatchesTable"/>. Figures about part of the area or approximate are not compared.</item>
/// <item><see cref="AuditRuleIds.NarrativePercent"/>: a share "占p%" equals part ÷ total × 100 within one step of its
/// last printed digit (占29.1% for 14 of 48 = 29.17 holds; truncating is as common as rounding).</item>
/// <item><see cref="AuditRuleIds.NarrativePartsExceedTotal"/>: parts stated with a total ("复议2件，维持1件、其他1件")
/// add up to no more than it — equal is fine, less is fine (a text may name only some parts). For the 正文 groups of
/// 2008/2014 the shared <see cref="NarrativePartsWithinTotals"/> does this; here the other groups.</item>
/// </list>
/// </summary>
internal static class NarrativeRules
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var year = context.Year;
        if (context.Format is ReportFormat.Format2019 or ReportFormat.Format2021)
        {
            foreach (var claim in context.Claims.Where(c => c.Address is { } a && a.Table != NarrativeFigures.TableId && !c.PartialScope))
            {
                if (!context.Data.Cells.Any(c => c.Table == claim.Address!.Table))
                {
                    continue;
                }

                var (value, cells, members) = TableValue(context.Data, claim.Address!);
                if (value is { } tableValue && tableValue != claim.Value)
                {
                    // a cell of the group in a row the reader set aside: the table's value is not known for certain
                    var unsure = members.Select(m => context.Doubtful.GetValueOrDefault(m.Key)).OfType<SourceLocation>().FirstOrDefault();
                    var doubt = unsure is null ? string.Empty : $"（读取存疑：该项有单元格所在行无法确定位置，未计入（{unsure.Describe()}）。请核对原文。）";

                    // an error only when the sentence names the group and nothing else and every cell of it was read
                    // (the gate then checks each cell's certainty); otherwise the reading may be ours: a warning
                    var certain = claim.Unambiguous && unsure is null && cells.Count == members.Count;
                    yield return new Finding(AuditRuleIds.NarrativeMatchesTable, certain ? FindingSeverity.Error : FindingSeverity.Warning,
                        $"正文所述“{claim.Subject}”为{Text(claim.Value)}（“{claim.Source.Text}”），而{claim.Address!.Describe()}为{Text(tableValue)}。{doubt}",
                        [Claim(year, claim), .. cells.Select(c => FindingEvidence.Of(year, c))]);
                }
            }
        }

        foreach (var claim in context.Claims.Where(c => c.Percent is not null && c.Total is { Value: > 0 }))
        {
            var exact = claim.Value / claim.Total!.Value * 100m;
            var step = claim.PercentDecimals == 0 ? 1m : (decimal)Math.Pow(10, -claim.PercentDecimals);
            if (Math.Abs(exact - claim.Percent!.Value) >= step)
            {
                yield return new Finding(AuditRuleIds.NarrativePercent, FindingSeverity.Warning,
                    $"正文所述“{claim.Subject}”{Text(claim.Value)}占{Text(claim.Percent.Value)}%，但{Text(claim.Value)}÷{Text(claim.Total.Value)}={Math.Round(exact, 2).ToString(CultureInfo.InvariantCulture)}%。",
                    [Claim(year, claim), Claim(year, claim.Total), PercentEvidence(year, claim)]);
            }
        }

        foreach (var group in context.Claims.Where(c => c.Total is not null).GroupBy(c => (Total: (object)c.Total!, Family: Family(c.Address))))
        {
            var total = (NarrativeClaim)group.Key.Total;
            var parts = group.Where(p => p.Address is null || !p.Address.Equals(total.Address)).ToArray();
            var narrativeGroup = total.Address?.Table == NarrativeFigures.TableId && !total.PartialScope && parts.All(p => p.Address is not null);
            if (narrativeGroup || parts.Length < 2 || IsChannelGroup(total))
            {
                continue;
            }

            var distinct = parts.GroupBy(p => p.Address?.Key ?? p.Subject).Select(g => g.First()).ToArray();
            var sum = distinct.Sum(p => p.Value);
            if (sum > total.Value)
            {
                yield return new Finding(AuditRuleIds.NarrativePartsExceedTotal, FindingSeverity.Warning,
                    $"正文所述“{total.Subject}”为{Text(total.Value)}，而同段所述分项{string.Join("、", distinct.Select(p => $"“{p.Subject}”{Text(p.Value)}"))}合计{Text(sum)}，超过总数。",
                    [Claim(year, total), .. distinct.Select(p => Claim(year, p))]);
            }
        }
    }

    /// <summary>Which relation a part belongs to: parts of different relations of one total are not summed together.</summary>
    private static string Family(CellAddress? part)
    {
        if (part is null)
        {
            return "results";
        }

        if (part.Table == NarrativeFigures.TableId)
        {
            var index = NarrativePartsWithinTotals.Groups.ToList().FindIndex(g => g.Parts.Any(p => NarrativeFigures.At(p).Equals(part)));
            return index >= 0 ? "group" + index : part.RowLeaf;
        }

        return part.Table + (part.Table == Table4Labels.TableId ? part.ColumnPath[0] : part.RowPath[0]);
    }

    /// <summary>Proactive publication channels overlap (one item on several channels): never summed.</summary>
    private static bool IsChannelGroup(NarrativeClaim total) =>
        total.Address is { } a && a.Equals(NarrativeFigures.At(NarrativeFigures.ProactivelyPublished));

    /// <summary>The table's value at <paramref name="address"/>: the cell, or the sum over the group of cells it names.</summary>
    internal static (decimal? Value, IReadOnlyList<ReportCell> Cells, IReadOnlyList<CellAddress> Members) TableValue(AnnualReportData data, CellAddress address)
    {
        if (data.Layout.Find(address) is { } definition)
        {
            var cell = data.Find(address);
            return (cell?.Value, cell is null ? [] : [cell], [definition.Address]);
        }

        var table = data.Layout.FindTable(address.Table);
        if (table is null)
        {
            return (null, [], []);
        }

        var leaf = LabelKey.Of(address.ColumnLeaf);
        var members = table.Cells.Where(d =>
            StartsWith(d.RowPath, address.RowPath)
            && (StartsWith(d.ColumnPath, address.ColumnPath)
                || (address.ColumnPath.Count > 0 && StartsWith(d.ColumnPath, address.ColumnPath.Take(address.ColumnPath.Count - 1).ToArray())
                    && LabelKey.Of(d.Address.ColumnLeaf) == leaf && d.ColumnPath.Count > address.ColumnPath.Count)))
            .ToArray();
        var cells = members.Select(d => data.Find(d.Address)).OfType<ReportCell>().ToArray();
        var addresses = members.Select(m => m.Address).ToArray();
        if (members.Length == 0 || cells.All(c => c.Value is null))
        {
            return (null, cells, addresses);
        }

        return (cells.Sum(c => c.Value ?? 0m), cells, addresses);
    }

    private static bool StartsWith(IReadOnlyList<string> path, IReadOnlyList<string> prefix) =>
        path.Count >= prefix.Count && prefix.Select((p, i) => LabelKey.Of(p) == LabelKey.Of(path[i])).All(x => x);

    internal static FindingEvidence Claim(int year, NarrativeClaim claim) =>
        claim.Address is { } a
            ? new FindingEvidence(year, a.Table, a.RowPath, a.ColumnPath, claim.Value, claim.Source)
            : new FindingEvidence(year, NarrativeFigures.TableId, [claim.Subject], [NarrativeFigures.ValueColumn], claim.Value, claim.Source);

    private static FindingEvidence PercentEvidence(int year, NarrativeClaim claim) =>
        new(year, NarrativeFigures.TableId, [claim.Subject + "所占比例"], ["%"], claim.Percent, claim.PercentSource);

    private static string Text(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

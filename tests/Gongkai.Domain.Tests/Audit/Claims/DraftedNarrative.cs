using System.Globalization;
using System.Text;
using Gongkai.Domain.AnnualReports;
using N = Gongkai.Domain.AnnualReports.NarrativeFigures;
using T2 = Gongkai.Domain.AnnualReports.Table2Labels;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;
using T4 = Gongkai.Domain.AnnualReports.Table4Labels;

namespace Gongkai.Domain.Tests.Audit.Claims;

/// <summary>
/// Narrative written exactly in the drafter's phrasing (prompts/phrases.md), with the statements it makes: each
/// (address, value) a reader must get back. Group addresses (不予公开, 行政诉讼) carry the group's value.
/// </summary>
internal static class DraftedNarrative
{
    private static string P(decimal part, decimal total) => (part * 100m / total).ToString("0.0", CultureInfo.InvariantCulture);

    private static string A(decimal amount) => amount.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>2008/2014: the 正文 figures, some left unstated (null).</summary>
    public static (string Text, List<(CellAddress Address, decimal Value)> Statements) For2014(Random random)
    {
        var s = new List<(CellAddress, decimal)>();
        decimal? Maybe(int max) => random.Next(8) == 0 ? null : random.Next(0, max);
        var sb = new StringBuilder();
        var proactive = random.Next(100, 90_000);
        sb.Append(N.ProactivePart).Append('\n').Append($"全年主动公开政府信息{proactive}条");
        s.Add((N.At(N.ProactivelyPublished), proactive));
        var normative = Maybe(proactive);
        if (normative is { } nv)
        {
            sb.Append($"，其中主动公开规范性文件{nv}条");
            s.Add((N.At(N.PublishedNormativeDocuments), nv));
        }

        foreach (var (word, path) in new[] { ("政府公报", N.ViaGazette), ("政府网站", N.ViaWebsite), ("政务微博", N.ViaMicroblog), ("政务微信", N.ViaWeChat), ("其他方式", N.ViaOtherMeans) })
        {
            if (Maybe(proactive) is { } v)
            {
                sb.Append($"，通过{word}公开政府信息{v}条");
                s.Add((N.At(path), v));
            }
        }

        sb.Append("。\n").Append(N.OnRequestPart).Append('\n');
        var channels = new[] { ("当面", N.ReceivedInPerson), ("传真", N.ReceivedByFax), ("网络", N.ReceivedOnline), ("信函", N.ReceivedByLetter) }
            .Select(c => (c.Item1, c.Item2, Value: (decimal)random.Next(0, 40))).ToArray();
        var received = channels.Sum(c => c.Value);
        sb.Append($"全年共收到政府信息公开申请{received}件");
        s.Add((N.At(N.RequestsReceived), received));
        if (received > 0)
        {
            sb.Append("，其中").AppendJoin("，", channels.Select(c => $"{c.Item1}申请{c.Value}件、占{P(c.Value, received)}%"));
            s.AddRange(channels.Select(c => (N.At(c.Item2), c.Value)));
        }

        var onTime = random.Next(0, (int)received + 1);
        sb.Append($"。按时办结{onTime}件，延期办结{received - onTime}件。");
        s.Add((N.At(N.ClosedOnTime), onTime));
        s.Add((N.At(N.ClosedAfterExtension), received - onTime));
        var answers = new[]
        {
            ("属于已主动公开范围", N.AnsweredAlreadyPublished), ("同意公开", N.AnsweredDisclosed), ("同意部分公开", N.AnsweredPartiallyDisclosed),
            ("不同意公开", N.AnsweredRefused), ("不属于本行政机关公开", N.AnsweredNotThisAgency), ("申请信息不存在", N.AnsweredDoesNotExist),
        }.Select(a => (a.Item1, a.Item2, Value: (decimal)random.Next(0, 10))).ToArray();
        var answered = answers.Sum(a => a.Value);
        sb.Append($"已答复{answered}件，其中").AppendJoin("、", answers.Select(a => $"{a.Item1}{a.Value}件")).Append("。\n");
        s.Add((N.At(N.RequestsAnswered), answered));
        s.AddRange(answers.Select(a => (N.At(a.Item2), a.Value)));

        sb.Append(N.FeesPart).Append('\n');
        var fees = random.Next(3) == 0 ? 0m : Math.Round((decimal)random.NextDouble() * 3m, random.Next(1, 5));
        sb.Append(fees == 0 ? "未收取信息公开费用" : $"收取信息公开费用{A(fees)}万元");
        s.Add((N.At(N.FeesCollected), fees));
        var waived = Math.Round((decimal)random.NextDouble(), 2);
        if (waived > 0)
        {
            sb.Append($"，减免费用{A(waived)}万元");
            s.Add((N.At(N.FeesWaived), waived));
        }

        sb.Append("。\n").Append(N.AppealsPart).Append('\n');
        var reconsiderations = random.Next(0, 5);
        var lawsuits = random.Next(0, 5);
        sb.Append($"因政府信息公开申请提起行政复议{reconsiderations}件，提起行政诉讼{lawsuits}件。\n");
        s.Add((N.At(N.Reconsiderations), reconsiderations));
        s.Add((N.At(N.Lawsuits), lawsuits));
        sb.Append(N.ProblemsPart).Append("\n工作中还存在一些不足，将在下一年度加以改进。\n").Append(N.OtherMattersPart).Append("\n无。\n");
        return (sb.ToString(), s);
    }

    /// <summary>2019/2021: statements about tables 三 and 四 (and 二 for 2021), from consistent table cells.</summary>
    public static (string Text, List<(CellAddress Address, decimal Value)> Statements) For2019(ReportFormat format, IReadOnlyList<ReportCell> cells)
    {
        var values = cells.ToDictionary(c => c.Address, c => c.Value ?? 0m);
        decimal V(CellAddress a) => values.GetValueOrDefault(a);
        decimal Group(IReadOnlyList<string> prefix) => cells.Where(c => c.Table == T3.TableId && c.RowPath.Take(prefix.Count).SequenceEqual(prefix) && c.ColumnPath.SequenceEqual(T3.TotalColumn)).Sum(c => c.Value ?? 0m);
        var s = new List<(CellAddress, decimal)>();
        var sb = new StringBuilder("一、总体情况\n");
        var newTotal = V(T3.At(T3.NewRequestsRow, T3.TotalColumn));
        var carried = V(T3.At(T3.CarriedOverRow, T3.TotalColumn));
        sb.Append($"本年度新收政府信息公开申请{newTotal}件，上年结转政府信息公开申请{carried}件。");
        s.Add((T3.At(T3.NewRequestsRow, T3.TotalColumn), newTotal));
        s.Add((T3.At(T3.CarriedOverRow, T3.TotalColumn), carried));
        if (newTotal > 0)
        {
            sb.Append("新收申请中，").AppendJoin("，", T3.ApplicantColumns.Select(c => $"{c[^1]}{V(T3.At(T3.NewRequestsRow, c))}件、占{P(V(T3.At(T3.NewRequestsRow, c)), newTotal)}%")).Append('。');
            s.AddRange(T3.ApplicantColumns.Select(c => (T3.At(T3.NewRequestsRow, c), V(T3.At(T3.NewRequestsRow, c)))));
        }

        var groups = new[] { ("予以公开", T3.Disclosed), ("部分公开", T3.PartiallyDisclosed), ("不予公开", T3.Withheld), ("无法提供", T3.UnableToProvide), ("不予处理", T3.NotProcessed), ("其他处理", T3.OtherHandling) };
        var closed = V(T3.At(T3.OutcomeTotalRow, T3.TotalColumn));
        var forward = V(T3.At(T3.CarriedForwardRow, T3.TotalColumn));
        sb.Append($"本年度办结{closed}件，其中").AppendJoin("、", groups.Select(g => $"{g.Item1}{Group([T3.Outcomes, g.Item2])}件")).Append($"；结转下年度继续办理{forward}件。");
        s.Add((T3.At(T3.OutcomeTotalRow, T3.TotalColumn), closed));
        s.AddRange(groups.Select(g => (T3.At([T3.Outcomes, g.Item2], T3.TotalColumn), Group([T3.Outcomes, g.Item2]))));
        s.Add((T3.At(T3.CarriedForwardRow, T3.TotalColumn), forward));
        var r = (IReadOnlyList<string> c) => V(T4.At(c));
        sb.Append($"因政府信息公开工作被申请行政复议{r([T4.Reconsideration, T4.Total])}件，其中").AppendJoin("、", T4.Results.Select(x => $"{x}{r([T4.Reconsideration, x])}件")).Append('。');
        s.Add((T4.At([T4.Reconsideration, T4.Total]), r([T4.Reconsideration, T4.Total])));
        s.AddRange(T4.Results.Select(x => (T4.At([T4.Reconsideration, x]), r([T4.Reconsideration, x]))));
        var direct = r([T4.Litigation, T4.SuedDirectly, T4.Total]);
        var after = r([T4.Litigation, T4.SuedAfterReconsideration, T4.Total]);
        sb.Append($"被提起行政诉讼{direct + after}件，其中未经复议直接起诉{direct}件、复议后起诉{after}件。");
        s.Add((new CellAddress(T4.TableId, [], [T4.Litigation, T4.Total]), direct + after));
        s.Add((T4.At([T4.Litigation, T4.SuedDirectly, T4.Total]), direct));
        s.Add((T4.At([T4.Litigation, T4.SuedAfterReconsideration, T4.Total]), after));
        if (format == ReportFormat.Format2021)
        {
            decimal D(string row, string column) => V(new CellAddress(T2.TableId, [T2.Article20Item1, row], [column]));
            sb.Append($"本年制发规章{D(T2.Rules, T2.IssuedThisYear)}件、行政规范性文件{D(T2.AdministrativeNormativeDocuments, T2.IssuedThisYear)}件，废止规章{D(T2.Rules, T2.RepealedThisYear)}件、行政规范性文件{D(T2.AdministrativeNormativeDocuments, T2.RepealedThisYear)}件，现行有效规章{D(T2.Rules, T2.InForce)}件、行政规范性文件{D(T2.AdministrativeNormativeDocuments, T2.InForce)}件。");
            foreach (var column in new[] { T2.IssuedThisYear, T2.RepealedThisYear, T2.InForce })
            {
                foreach (var row in new[] { T2.Rules, T2.AdministrativeNormativeDocuments })
                {
                    s.Add((new CellAddress(T2.TableId, [T2.Article20Item1, row], [column]), D(row, column)));
                }
            }
        }

        return (sb.Append('\n').ToString(), s);
    }

    /// <summary>Table cells of a 2019/2021 report that satisfy every shared consistency rule.</summary>
    public static IReadOnlyList<ReportCell> ConsistentTables(ReportFormat format, Random random)
    {
        var layout = ReportLayout.For(format);
        var cells = new Dictionary<CellAddress, decimal>();
        foreach (var definition in layout.Table(T2.TableId).Cells)
        {
            cells[definition.Address] = definition.Kind == CellValueKind.SignedCount ? random.Next(-20, 20) : random.Next(0, 200);
        }

        if (format == ReportFormat.Format2019)
        {
            foreach (var row in new[] { T2.Rules, T2.NormativeDocuments })
            {
                var total = random.Next(0, 200);
                cells[new CellAddress(T2.TableId, [T2.Article20Item1, row], [T2.PublishedTotal])] = total;
                cells[new CellAddress(T2.TableId, [T2.Article20Item1, row], [T2.NewlyPublished])] = random.Next(0, total + 1);
            }
        }

        foreach (var column in T3.Columns.Take(6))
        {
            decimal outcomes = 0;
            foreach (var row in T3.OutcomeRows(format))
            {
                var v = random.Next(0, 6);
                outcomes += v;
                cells[T3.At(row, column)] = v;
            }

            cells[T3.At(T3.OutcomeTotalRow, column)] = outcomes;
            var forward = random.Next(0, 4);
            var carried = random.Next(0, (int)outcomes + forward + 1);
            cells[T3.At(T3.CarriedForwardRow, column)] = forward;
            cells[T3.At(T3.CarriedOverRow, column)] = carried;
            cells[T3.At(T3.NewRequestsRow, column)] = outcomes + forward - carried;
        }

        foreach (var row in T3.Rows(format))
        {
            cells[T3.At(row, T3.TotalColumn)] = T3.Columns.Take(6).Sum(c => cells[T3.At(row, c)]);
        }

        foreach (var group in T4.Groups)
        {
            decimal total = 0;
            foreach (var result in T4.Results)
            {
                var v = random.Next(0, 4);
                total += v;
                cells[T4.At([.. group, result])] = v;
            }

            cells[T4.At([.. group, T4.Total])] = total;
        }

        return cells.Select(c => new ReportCell(c.Key, c.Value)).ToArray();
    }
}

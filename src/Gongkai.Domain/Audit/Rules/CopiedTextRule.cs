using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Rules;

/// <summary>
/// <see cref="AuditRuleIds.CopiedFromPreviousYear"/>: how much of the narrative repeats the previous year's report.
/// Sentences (split at 。！？；, digits replaced by one placeholder so that only the figures changed still counts as
/// copied, table rows and sentences under 12 characters left out) of this report found among the previous report's
/// sentences, counted by characters. At 30 % or more: Info; at 60 % or more: Warning (evaluators treat a report
/// largely copied from last year as a defect — peers.md §3). Below 30 % nothing is reported. Evidence: the first
/// repeated sentences with where they stand.
/// </summary>
internal static partial class CopiedTextRule
{
    public const double InfoShare = 0.30;
    public const double WarningShare = 0.60;
    private const int MinSentenceLength = 12;

    public static IEnumerable<Finding> Check(AuditContext context)
    {
        if (context.Previous is not { HasText: true } previous)
        {
            yield break;
        }

        var before = Sentences(previous).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var current = Sentences(context.Text).ToArray();
        var total = current.Sum(s => s.Key.Length);
        if (total == 0)
        {
            yield break;
        }

        var repeated = current.Where(s => before.Contains(s.Key)).ToArray();
        var share = (double)repeated.Sum(s => s.Key.Length) / total;
        if (share < InfoShare)
        {
            yield break;
        }

        var percent = (share * 100).ToString("0.0", CultureInfo.InvariantCulture);
        yield return new Finding(AuditRuleIds.CopiedFromPreviousYear, share >= WarningShare ? FindingSeverity.Warning : FindingSeverity.Info,
            $"正文有{percent}%的文字（{repeated.Length}/{current.Length}句）与上一年度报告相同。",
            repeated.Take(5).Select(s => TextEvidenceOf.Of(context.Year, "与上年相同的句子", s.Source)).ToArray());
    }

    private static IEnumerable<(string Key, SourceLocation Source)> Sentences(ReportText text)
    {
        foreach (var line in text.Lines)
        {
            if (line.TableIndex is not null || line.Normalized.Length < MinSentenceLength || line.Normalized.StartsWith('|'))
            {
                continue;
            }

            var normalized = line.Normalized;
            var start = 0;
            for (var i = 0; i <= normalized.Length; i++)
            {
                if (i < normalized.Length && normalized[i] is not ('。' or '！' or '？' or '；' or '!' or '?' or ';'))
                {
                    continue;
                }

                var sentence = normalized[start..i].Trim();
                if (sentence.Length >= MinSentenceLength)
                {
                    var key = Digits().Replace(sentence, "#");
                    var span = line.ToOriginalSpan(new TextSpan(start, i - start));
                    yield return (key, new SourceLocation(Math.Max(1, line.Source.Line), line.Source.Offset + span.Start, span.Slice(line.Original).Trim(), line.Source.Page));
                }

                start = i + 1;
            }
        }
    }

    [GeneratedRegex(@"[0-9.]+")]
    private static partial Regex Digits();
}

using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Rules;

/// <summary>
/// Confidence-gated severity (issue 14 item 5): the auditor accuses a report of an error only on what it read for
/// certain. A finding is an <see cref="FindingSeverity.Error"/> only when every cell and claim in its evidence was read
/// unambiguously (<see cref="SourceLocation.IsCertain"/>) and none of its addresses lies in a row the reader could not
/// place (<paramref name="doubtful"/>: rows whose values admit more than one placement, left out of the rules). Any
/// other error becomes a <see cref="FindingSeverity.Warning"/> whose message says that the reading is uncertain and
/// where to look. A warning resting on such a reading keeps its severity and gets the same note; infos are left as
/// they are.
/// </summary>
internal static class ReadingDoubtGate
{
    /// <summary>The findings with errors resting on doubtful readings turned into warnings.</summary>
    public static IEnumerable<Finding> Apply(IEnumerable<Finding> findings, IReadOnlyDictionary<string, SourceLocation> doubtful)
    {
        foreach (var finding in findings)
        {
            if (finding.Severity == FindingSeverity.Info || finding.Message.Contains("读取存疑", StringComparison.Ordinal))
            {
                yield return finding;
                continue;
            }

            var doubts = Doubts(finding, doubtful);
            if (doubts.Count == 0)
            {
                yield return finding;
            }
            else if (finding.Severity == FindingSeverity.Error)
            {
                yield return new Finding(finding.RuleId, FindingSeverity.Warning,
                    $"{finding.Message}（读取存疑，未作为错误：{string.Join("；", doubts)}。请核对原文。）", finding.Evidence);
            }
            else
            {
                yield return new Finding(finding.RuleId, finding.Severity,
                    $"{finding.Message}（读取存疑：{string.Join("；", doubts)}。请核对原文。）", finding.Evidence);
            }
        }
    }

    /// <summary>What is doubtful in the evidence of <paramref name="finding"/>, one description per place to look.</summary>
    public static IReadOnlyList<string> Doubts(Finding finding, IReadOnlyDictionary<string, SourceLocation> doubtful)
    {
        var doubts = new List<string>();
        foreach (var evidence in finding.Evidence)
        {
            string? doubt = null;
            if (evidence.Source is { IsCertain: false } source)
            {
                doubt = $"{Name(evidence)}读于{source.Describe()}";
            }
            else if (doubtful.TryGetValue(evidence.Address.Key, out var row))
            {
                doubt = $"{Name(evidence)}所在行无法确定位置，未参与核对（{row.Describe()}）";
            }

            if (doubt is not null && !doubts.Contains(doubt))
            {
                doubts.Add(doubt);
            }
        }

        return doubts.Count > 4 ? [.. doubts.Take(4), $"等{doubts.Count}处"] : doubts;
    }

    private static string Name(FindingEvidence evidence) =>
        evidence.Table == TextEvidenceOf.TableId ? string.Join("", evidence.RowPath) : evidence.Address.Describe();
}

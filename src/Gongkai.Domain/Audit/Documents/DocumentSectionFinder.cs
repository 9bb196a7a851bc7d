using System.Text.RegularExpressions;

namespace Gongkai.Domain.Audit;

/// <summary>
/// Finds the top-level parts of a report: lines that start with a Chinese numeral and 、 ("一、概述",
/// "第三部分"), chained 一, 二, 三 … in order. Table rows that look like headings ("一、本年新收政府信息公开申请数量"
/// in a flattened table 三, "三、依申请公开情况" in a 2014 统计表) are told apart by the figures that follow them;
/// real-table rows are never headings. Among all candidates the best increasing chain is kept (a missing number
/// costs, a known heading topic earns), so a part that is missing shows up as a gap.
/// </summary>
public static partial class DocumentSectionFinder
{
    private const int TableWindow = 6;
    private const double MissingNumberCost = 1.5;

    private static readonly string[] NoneStatements = ["无", "暂无", "没有", "本年度无", "本年无", "本机关无", "本单位无"];

    /// <summary>The top-level parts of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<DocumentSection> Find(ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = FindCandidates(text);
        var chain = BestChain(candidates);
        if (chain.Count == 0)
        {
            return [];
        }

        var appendix = FindAppendixStart(text, chain[^1].Line.Number);
        var sections = new List<DocumentSection>(chain.Count);
        for (var k = 0; k < chain.Count; k++)
        {
            var heading = chain[k];
            var last = k + 1 < chain.Count ? chain[k + 1].Line.Number - 1 : (appendix ?? text.Lines.Count + 1) - 1;
            sections.Add(Describe(text, heading, last));
        }

        return sections;
    }

    /// <summary>The topic a heading speaks of.</summary>
    public static SectionTopic TopicOf(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return title switch
        {
            _ when Has(title, "其他需要报告", "其他事项", "其他需要说明") => SectionTopic.OtherMatters,
            _ when Has(title, "问题", "不足", "改进") => SectionTopic.ProblemsAndImprovements,
            _ when Has(title, "复议", "诉讼", "申诉", "投诉") => SectionTopic.ReconsiderationAndLitigation,
            _ when Has(title, "收费", "费用", "减免") => SectionTopic.Fees,
            _ when Has(title, "依申请", "申请") => SectionTopic.RequestsHandling,
            _ when Has(title, "回应", "解读") => SectionTopic.Responses,
            _ when Has(title, "主动公开") => SectionTopic.ProactiveDisclosure,
            _ when Has(title, "机构建设", "培训", "会议", "保障经费") => SectionTopic.InstitutionsAndTraining,
            _ when Has(title, "下一步", "工作计划", "打算", "措施", "思路") => SectionTopic.NextSteps,
            _ when Has(title, "概述", "总体情况", "基本情况", "概况", "工作情况", "要点落实") => SectionTopic.Overview,
            _ => SectionTopic.Unknown,
        };
    }

    private static bool Has(string title, params string[] words)
    {
        foreach (var word in words)
        {
            if (title.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Candidate> FindCandidates(ReportText text)
    {
        var candidates = new List<Candidate>();
        foreach (var line in text.Lines)
        {
            if (line.TableIndex is not null || line.Normalized.Length < 3 || !CanStartHeading(line.Normalized[0]))
            {
                continue;
            }

            var match = HeadingPattern().Match(line.Normalized);
            if (!match.Success || !ChineseNumeral.TryParse(match.Groups["num"].ValueSpan, out var number) || number is < 1 or > 30)
            {
                continue;
            }

            var rest = match.Groups["rest"].Value;
            var cut = rest.IndexOfAny(['。', ':', ';']);
            var title = (cut >= 0 ? rest[..cut] : rest).Trim();
            var inline = cut >= 0 ? rest[(cut + 1)..].Trim() : string.Empty;
            if (!title.Any(ChineseTextNormalizer.IsCjkIdeograph))
            {
                continue;
            }

            var topic = TopicOf(title);
            var score = 1.0;
            score += topic != SectionTopic.Unknown ? 1.0 : 0;
            score += title.Length switch { <= 30 => 0, <= 60 => -0.5, _ => -2 };
            score -= FollowedByFigures(text, line.Number) ? 3 : 0;
            candidates.Add(new Candidate(line, (int)number, match.Groups["num"].Value, title, inline, topic, score));
        }

        return candidates;
    }

    private static bool CanStartHeading(char c) => c is '第' or '十' || (ChineseNumeral.DigitValue(c) > 0 && c is not ('两' or '壹' or '贰'));

    /// <summary>Two or more bare figures among the next lines: a row label of a flattened table, not a heading.</summary>
    private static bool FollowedByFigures(ReportText text, int lineNumber)
    {
        var seen = 0;
        var figures = 0;
        for (var n = lineNumber + 1; n <= text.Lines.Count && seen < TableWindow; n++)
        {
            var next = text.Line(n);
            if (next.IsBlank)
            {
                continue;
            }

            seen++;
            if (next.Normalized.Length <= 16
                && FigureParser.Parse(next.Normalized).Kind is FigureKind.Number or FigureKind.Dash or FigureKind.Slash)
            {
                figures++;
            }
        }

        return figures >= 2;
    }

    private static List<Candidate> BestChain(List<Candidate> candidates)
    {
        var n = candidates.Count;
        if (n == 0)
        {
            return [];
        }

        var best = new double[n];
        var previous = new int[n];
        var length = new int[n];
        for (var i = 0; i < n; i++)
        {
            var ci = candidates[i];
            best[i] = ci.Score - (MissingNumberCost * (ci.Number - 1));
            previous[i] = -1;
            length[i] = 1;
            for (var j = 0; j < i; j++)
            {
                var cj = candidates[j];
                if (cj.Number >= ci.Number)
                {
                    continue;
                }

                var value = best[j] + ci.Score - (MissingNumberCost * (ci.Number - cj.Number - 1));
                if (value > best[i] || (value == best[i] && length[j] + 1 > length[i]))
                {
                    best[i] = value;
                    previous[i] = j;
                    length[i] = length[j] + 1;
                }
            }
        }

        var end = -1;
        for (var i = 0; i < n; i++)
        {
            if (best[i] > 0 && (end < 0 || best[i] > best[end] || (best[i] == best[end] && length[i] > length[end])))
            {
                end = i;
            }
        }

        var chain = new List<Candidate>();
        for (var i = end; i >= 0; i = previous[i])
        {
            chain.Add(candidates[i]);
        }

        chain.Reverse();
        return chain;
    }

    private static int? FindAppendixStart(ReportText text, int afterLine)
    {
        for (var n = afterLine + 1; n <= text.Lines.Count; n++)
        {
            var line = text.Line(n);
            if (line.TableIndex is not null || line.IsBlank)
            {
                continue;
            }

            var s = line.Normalized;
            if (AppendixPattern().IsMatch(s) || (s.Length <= 40 && s.EndsWith("统计表", StringComparison.Ordinal)))
            {
                return n;
            }
        }

        return null;
    }

    private static DocumentSection Describe(ReportText text, Candidate heading, int lastLine)
    {
        var body = new System.Text.StringBuilder(heading.Inline);
        var tables = new HashSet<int>();
        for (var n = heading.Line.Number + 1; n <= lastLine; n++)
        {
            var line = text.Line(n);
            if (line.TableIndex is { } t)
            {
                tables.Add(t);
            }

            if (!line.IsBlank && !ImagePlaceholderPattern().IsMatch(line.Normalized))
            {
                body.Append(line.Normalized);
            }
        }

        var visible = 0;
        var stripped = new System.Text.StringBuilder();
        foreach (var c in body.ToString())
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            visible++;
            if (!char.IsPunctuation(c))
            {
                stripped.Append(c);
            }
        }

        var content = visible == 0 && tables.Count == 0
            ? SectionContent.Empty
            : tables.Count == 0 && SaysNone(stripped.ToString()) ? SectionContent.NoneStated : SectionContent.Text;
        return new DocumentSection(heading.Number, heading.Numeral, heading.Title, heading.Topic, heading.Line.Number,
            Math.Max(lastLine, heading.Line.Number), content, visible, tables.Count);
    }

    private static bool SaysNone(string stripped)
    {
        if (stripped.Length == 0 || stripped.Length > 20)
        {
            return false;
        }

        foreach (var none in NoneStatements)
        {
            if (stripped.StartsWith(none, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return stripped.Contains("无其他需要报告", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:第(?<num>[一二三四五六七八九十]{1,3})部分\s*[、.,:]?|(?<num>[一二三四五六七八九十]{1,3})\s*[、.,:])\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(?:附件|附表)\s*\d*\s*(?:[:、.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AppendixPattern();

    [GeneratedRegex(@"^[\w\-]{1,60}\.(?:jpg|jpeg|png|gif|bmp)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ImagePlaceholderPattern();

    private sealed record Candidate(ReportLine Line, int Number, string Numeral, string Title, string Inline, SectionTopic Topic, double Score);
}

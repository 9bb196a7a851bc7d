using System.Text.RegularExpressions;
using Gongkai.Domain.AnnualReports;
using N = Gongkai.Domain.AnnualReports.NarrativeFigures;
using T2 = Gongkai.Domain.AnnualReports.Table2Labels;
using T3 = Gongkai.Domain.AnnualReports.Table3Labels;
using T4 = Gongkai.Domain.AnnualReports.Table4Labels;

namespace Gongkai.Domain.Audit.Claims;

/// <summary>
/// Reads the figures stated in the narrative of a report — the drafter's phrasing (prompts/phrases.md) and the ways
/// real reports say the same thing — and ties each to what it claims. A figure belongs to the words just before it in
/// its clause ("当面申请6件"); a share "占12.5%" belongs to the figure before it and to the total stated last in the
/// same paragraph ("共收到…48件"); a sentence's topic (新收申请中 / 办结 / 复议 / 诉讼) tells "其他" and "维持" apart.
/// Statements without digits are read too: "全部按时办结" (按时办结 = the total received), "未收取…费用" (0),
/// "未发生…行政诉讼" (0), "未收到…申请" (0). Sentences about part of the area ("四区三县共收到…") and approximate
/// figures ("1800余条") are kept but marked <see cref="NarrativeClaim.PartialScope"/>. Traditional characters,
/// full-width digits and Chinese numerals followed by a counter are read through <see cref="ChineseTextNormalizer"/>
/// and <see cref="FigureParser"/>.
/// </summary>
public static partial class NarrativeClaimReader
{
    /// <summary>How far back from a figure its words and the sentence's topic are looked for (bounds the work on run-on text).</summary>
    private const int ContextWindow = 120;

    private static readonly HashSet<string> Channels = ["当面", "传真", "网络", "网上", "在线", "电子邮件", "信函", "邮寄"];

    private static readonly string[] PartialScopeWords = ["四区三县", "县区", "区县", "旗县", "市直", "各部门", "各乡镇", "乡镇街道", "各街道", "下辖", "所属"];

    /// <summary>The claims of <paramref name="text"/> read as <paramref name="format"/>, in reading order.</summary>
    public static IReadOnlyList<NarrativeClaim> Read(ReportText text, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var claims = new List<NarrativeClaim>();
        if (!text.HasText)
        {
            return claims;
        }

        var sentence = 0;
        foreach (var line in text.Lines)
        {
            if (line.TableIndex is not null || line.Normalized.Length < 6 || line.Normalized.TrimStart().StartsWith('|'))
            {
                continue;
            }

            ReadLine(line, format, claims, ref sentence);
        }

        return claims;
    }

    private static void ReadLine(ReportLine line, ReportFormat format, List<NarrativeClaim> claims, ref int sentenceNumber)
    {
        var normalized = line.Normalized;
        NarrativeClaim? lineTotal = null;
        var start = 0;
        var previous = string.Empty;
        while (start < normalized.Length)
        {
            var end = normalized.IndexOf('。', start);
            end = end < 0 ? normalized.Length : end + 1;
            sentenceNumber++;

            // "…答复1453件。其中，予以公开966件…": a sentence opening with 其中 goes on with the topic of the one before
            var carried = normalized.AsSpan(start, end - start).TrimStart().StartsWith("其中", StringComparison.Ordinal) ? previous : string.Empty;
            ReadSentence(line, start, end, format, claims, ref lineTotal, sentenceNumber, carried);
            previous = normalized[start..end];
            start = end;
        }
    }

    private static void ReadSentence(ReportLine line, int from, int to, ReportFormat format, List<NarrativeClaim> claims, ref NarrativeClaim? lineTotal, int sentence, string carried)
    {
        var text = line.Normalized[from..to];
        var comparison = OtherPeriod().IsMatch(carried + text);
        var narrativeFormat = format is ReportFormat.Format2008 or ReportFormat.Format2014;
        var firstClause = text[..Math.Max(0, FirstSeparator(text))];
        var partialScope = PartialScopeWords.Any(firstClause.Contains);
        var figures = FigureParser.FindAll(text);
        var previousEnd = 0;
        NarrativeClaim? last = null;
        foreach (var figure in figures)
        {
            var prefixStart = Math.Max(previousEnd, LastSeparator(text, figure.Span.Start) + 1);
            var prefix = text[prefixStart..figure.Span.Start].Trim();
            var before = (carried.Length > 0 ? carried + text[..figure.Span.Start] : text[..figure.Span.Start]) is var context && context.Length > ContextWindow
                ? context[^ContextWindow..]
                : context;
            previousEnd = figure.Span.End;
            if (figure.Kind != FigureKind.Number || figure.Value is not { } value)
            {
                continue;
            }

            if (figure.Unit == FigureUnit.Percent)
            {
                var glue = prefix.Trim('、', ',', '，', ' ');
                if (last is not null && glue is "占" or "占比" or "约占" or "占比为" or "占总数的" or "占申请总数的" or "" && claims.Count > 0 && ReferenceEquals(claims[^1], last))
                {
                    var decimals = figure.Text.Contains('.') ? figure.Text.Length - figure.Text.IndexOf('.') - 1 - (figure.Text.EndsWith('%') ? 1 : 0) : 0;
                    claims[^1] = last = last with { Percent = value, PercentSource = Locate(line, from + figure.Span.Start, figure.Span.Length), PercentDecimals = Math.Max(0, decimals) };
                }

                continue;
            }

            var reading = narrativeFormat ? Classify2014(prefix, before, figure, lineTotal?.Address?.Equals(N.At(N.RequestsReceived)) == true) : Classify2019(prefix, before, format);
            if (reading is null)
            {
                continue;
            }

            var (subject, address, isTotal, isPart) = reading.Value;
            var claim = new NarrativeClaim(subject, address, value, Locate(line, from + figure.Span.Start, figure.Span.Length))
            {
                PartialScope = partialScope || figure.IsApproximate,
                Sentence = sentence,
                Total = isPart ? lineTotal : null,
                Unambiguous = !narrativeFormat && !comparison && !figure.IsApproximate
                    && (figure.Unit is FigureUnit.Jian or FigureUnit.Li || (figure.Unit == FigureUnit.None && figure.Span.End < text.Length && text[figure.Span.End] == '起'))
                    && UnambiguousPrefix().IsMatch(prefix),
            };
            if (isPart && lineTotal is not null && !BelongsTo(address, lineTotal.Address, subject))
            {
                claim = claim with { Total = null };
            }

            if (claim.Total is { PartialScope: true } && !claim.PartialScope)
            {
                claim = claim with { PartialScope = true };
            }

            claims.Add(claim);
            last = claim;
            if (isTotal)
            {
                lineTotal = claim;
            }
        }

        ReadStatementsWithoutDigits(line, from, text, narrativeFormat, partialScope, sentence, claims, lineTotal);
    }

    private static void ReadStatementsWithoutDigits(ReportLine line, int from, string text, bool narrativeFormat, bool partialScope, int sentence, List<NarrativeClaim> claims, NarrativeClaim? lineTotal)
    {
        foreach (Match m in ZeroStatement().Matches(text))
        {
            var what = m.Groups["what"].Value;
            CellAddress? address = (what, narrativeFormat) switch
            {
                ("费", true) => N.At(N.FeesCollected),
                ("复议", true) => N.At(N.Reconsiderations),
                ("诉讼", true) => N.At(N.Lawsuits),
                ("申请", true) => N.At(N.RequestsReceived),
                ("复议", false) => T4.At([T4.Reconsideration, T4.Total]),
                ("诉讼", false) => new CellAddress(T4.TableId, [], [T4.Litigation, T4.Total]),
                ("申请", false) => T3.At(T3.NewRequestsRow, T3.TotalColumn),
                _ => null,
            };
            if (address is null)
            {
                continue;
            }

            var verb = m.Groups["verb"];
            claims.Add(new NarrativeClaim(what, address, 0m, Locate(line, from + verb.Index, verb.Length)) { PartialScope = partialScope, Sentence = sentence });
        }

        if (narrativeFormat && lineTotal?.Address is { } total && total.Equals(N.At(N.RequestsReceived)))
        {
            var m = AllOnTime().Match(text);
            if (m.Success)
            {
                claims.Add(new NarrativeClaim("全部按时办结", N.At(N.ClosedOnTime), lineTotal.Value, Locate(line, from + m.Index, m.Length))
                {
                    PartialScope = partialScope || lineTotal.PartialScope,
                    Sentence = sentence,
                    Total = lineTotal,
                });
            }
        }
    }

    private static bool BelongsTo(CellAddress? part, CellAddress? total, string subject)
    {
        if (total is null)
        {
            return false;
        }

        if (part is null)
        {
            return total.Equals(N.At(N.Reconsiderations)) || total.Equals(N.At(N.Lawsuits));
        }

        if (part.Table != total.Table)
        {
            return false;
        }

        switch (part.Table)
        {
            case N.TableId:
                if (part.Equals(N.At(N.ClosedOnTime)) || part.Equals(N.At(N.ClosedAfterExtension)))
                {
                    return total.Equals(N.At(N.RequestsReceived));
                }

                foreach (var (groupTotal, parts, _) in NarrativePartsWithinTotals.Groups)
                {
                    if (parts.Any(p => N.At(p).Equals(part)))
                    {
                        return total.Equals(N.At(groupTotal))
                            || (groupTotal == N.RequestsAnswered && total.Equals(N.At(N.RequestsReceived)));
                    }
                }

                return false;
            case T3.TableId:
                return part.RowPath[0] == T3.Outcomes
                    ? total.Equals(T3.At(T3.OutcomeTotalRow, T3.TotalColumn))
                    : total.Equals(T3.At(T3.NewRequestsRow, T3.TotalColumn));
            case T4.TableId:
                return total.ColumnPath[0] == part.ColumnPath[0];
            default:
                return false;
        }
    }

    private static (string Subject, CellAddress? Address, bool IsTotal, bool IsPart)? Classify2014(string prefix, string before, Figure figure, bool requestContext)
    {
        var unit = figure.Unit;
        var count = unit is FigureUnit.Jian or FigureUnit.Ci or FigureUnit.Li or FigureUnit.None;
        var items = unit is FigureUnit.Tiao or FigureUnit.None or FigureUnit.Xiang;
        var money = unit is FigureUnit.WanYuan or FigureUnit.Yuan;
        var topic = Topic(before[..^prefix.Length]);
        bool Has(params string[] words) => words.Any(prefix.Contains);

        if (money)
        {
            if (Has("减免"))
            {
                return ("减免费用", N.At(N.FeesWaived), false, false);
            }

            return Has("收取", "收费") && Has("费") ? ("收取费用", N.At(N.FeesCollected), false, false) : null;
        }

        if (count)
        {
            if (Has("复议"))
            {
                return ("行政复议", N.At(N.Reconsiderations), true, false);
            }

            if (Has("诉讼"))
            {
                return ("行政诉讼", N.At(N.Lawsuits), true, false);
            }

            if (topic is "复议" or "诉讼" && Has("维持", "纠正", "纠错", "撤销", "驳回", "其他", "尚未", "确认违法"))
            {
                return (prefix.StartsWith("其中", StringComparison.Ordinal) ? prefix[2..] : prefix, null, false, true);
            }

            (string Word, IReadOnlyList<string> Figure)[] parts =
            [
                ("当面", N.ReceivedInPerson), ("传真", N.ReceivedByFax), ("网络", N.ReceivedOnline), ("网上", N.ReceivedOnline),
                ("在线", N.ReceivedOnline), ("电子邮件", N.ReceivedOnline), ("信函", N.ReceivedByLetter), ("邮寄", N.ReceivedByLetter),
                ("按时办结", N.ClosedOnTime), ("按期办结", N.ClosedOnTime), ("延期", N.ClosedAfterExtension),
                ("已主动公开", N.AnsweredAlreadyPublished), ("已公开范围", N.AnsweredAlreadyPublished), ("部分公开", N.AnsweredPartiallyDisclosed),
                ("不同意公开", N.AnsweredRefused), ("不予公开", N.AnsweredRefused), ("同意公开", N.AnsweredDisclosed), ("予以公开", N.AnsweredDisclosed),
                ("不属于本", N.AnsweredNotThisAgency), ("非本", N.AnsweredNotThisAgency), ("不存在", N.AnsweredDoesNotExist),
            ];
            foreach (var (word, path) in parts)
            {
                if (prefix.Contains(word, StringComparison.Ordinal) && (requestContext || Has("申请") || !Channels.Contains(word)))
                {
                    return (word, N.At(path), false, true);
                }
            }

            if (Has("答复"))
            {
                return ("答复", N.At(N.RequestsAnswered), true, false);
            }

            if (Has("收到", "受理", "接到", "共计收到") && Has("申请"))
            {
                return ("收到申请", N.At(N.RequestsReceived), true, false);
            }
        }

        if (items && unit != FigureUnit.Xiang && (unit == FigureUnit.Tiao || Has("公开")))
        {
            if (Has("规范性文件") && !Has("制发"))
            {
                return ("主动公开规范性文件", N.At(N.PublishedNormativeDocuments), false, true);
            }

            if (Has("等"))
            {
                return null; // "微信公众平台等新媒体": mixes channels
            }

            (string Word, IReadOnlyList<string> Figure)[] channels =
            [
                ("公报", N.ViaGazette), ("网站", N.ViaWebsite), ("门户", N.ViaWebsite), ("微博", N.ViaMicroblog), ("微信", N.ViaWeChat),
                ("其他方式", N.ViaOtherMeans), ("其他渠道", N.ViaOtherMeans),
            ];
            foreach (var (word, path) in channels)
            {
                if (prefix.Contains(word, StringComparison.Ordinal))
                {
                    return (word, N.At(path), false, true);
                }
            }

            if (Has("主动公开") && Has("信息"))
            {
                return ("主动公开政府信息", N.At(N.ProactivelyPublished), true, false);
            }
        }

        return null;
    }

    private static (string Subject, CellAddress? Address, bool IsTotal, bool IsPart)? Classify2019(string prefix, string before, ReportFormat format)
    {
        var topic = Topic(before[..^prefix.Length]);
        bool Has(params string[] words) => words.Any(prefix.Contains);

        if (Has("未经复议", "直接起诉"))
        {
            return ("未经复议直接起诉", T4.At([T4.Litigation, T4.SuedDirectly, T4.Total]), false, true);
        }

        if (Has("复议后起诉", "经复议后"))
        {
            return ("复议后起诉", T4.At([T4.Litigation, T4.SuedAfterReconsideration, T4.Total]), false, true);
        }

        if (Has("复议"))
        {
            return ("行政复议", T4.At([T4.Reconsideration, T4.Total]), true, false);
        }

        if (Has("诉讼"))
        {
            return ("行政诉讼", new CellAddress(T4.TableId, [], [T4.Litigation, T4.Total]), true, false);
        }

        if (topic == "复议")
        {
            (string Word, string Result)[] results = [("维持", T4.Upheld), ("纠正", T4.Corrected), ("其他", T4.OtherResult), ("未审结", T4.Pending)];
            foreach (var (word, result) in results)
            {
                if (prefix.Contains(word, StringComparison.Ordinal))
                {
                    return (word, T4.At([T4.Reconsideration, result]), false, true);
                }
            }
        }

        if (topic == "申请人" || Has("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构"))
        {
            foreach (var column in T3.ApplicantColumns)
            {
                if (prefix.Contains(column[^1], StringComparison.Ordinal) && (column[^1] != T3.OtherOrganisation || topic == "申请人"))
                {
                    return (column[^1], T3.At(T3.NewRequestsRow, column), false, true);
                }
            }
        }

        if (Has("新收"))
        {
            return ("新收申请", T3.At(T3.NewRequestsRow, T3.TotalColumn), true, false);
        }

        if (Has("上年结转", "上年度结转"))
        {
            return ("上年结转", T3.At(T3.CarriedOverRow, T3.TotalColumn), false, false);
        }

        if (Has("结转下年", "继续办理"))
        {
            return ("结转下年度继续办理", T3.At(T3.CarriedForwardRow, T3.TotalColumn), false, false);
        }

        if (topic == "办结" || Has("办结"))
        {
            (string Word, string Group)[] outcomes =
            [
                ("予以公开", T3.Disclosed), ("部分公开", T3.PartiallyDisclosed), ("不予公开", T3.Withheld), ("无法提供", T3.UnableToProvide),
                ("不予处理", T3.NotProcessed), ("其他处理", T3.OtherHandling),
            ];
            foreach (var (word, group) in outcomes)
            {
                if (prefix.Contains(word, StringComparison.Ordinal))
                {
                    return (word, T3.At([T3.Outcomes, group], T3.TotalColumn), false, true);
                }
            }

            if (Has("办结") && !Has("按时", "按期", "延期"))
            {
                return ("办结", T3.At(T3.OutcomeTotalRow, T3.TotalColumn), true, false);
            }
        }

        // "共完成政府信息依申请公开答复1453件" / "办理政府信息公开申请…件，均已答复": the answers given are the outcomes
        if (Has("答复") && !Has("按时", "按期", "延期", "延长", "期限", "时限", "超期", "逾期", "新收", "收到"))
        {
            return ("办结", T3.At(T3.OutcomeTotalRow, T3.TotalColumn), true, false);
        }

        if (format == ReportFormat.Format2021 && Has("规章", "规范性文件"))
        {
            var verb = LastOf(before, ("制发", T2.IssuedThisYear), ("废止", T2.RepealedThisYear), ("现行有效", T2.InForce));
            if (verb is not null)
            {
                var row = Has("规章") ? T2.Rules : T2.AdministrativeNormativeDocuments;
                return (row, new CellAddress(T2.TableId, [T2.Article20Item1, row], [verb]), false, false);
            }
        }

        return null;
    }

    private static string? Topic(string before) =>
        LastOf(before, ("新收申请中", "申请人"), ("申请人", "申请人"), ("办结", "办结"), ("答复", "办结"), ("办理结果", "办结"), ("复议", "复议"), ("诉讼", "诉讼"));

    private static string? LastOf(string text, params (string Word, string Result)[] words)
    {
        string? result = null;
        var at = -1;
        foreach (var (word, value) in words)
        {
            var i = text.LastIndexOf(word, StringComparison.Ordinal);
            if (i > at)
            {
                at = i;
                result = value;
            }
        }

        return result;
    }

    private static int FirstSeparator(string text)
    {
        var i = text.AsSpan().IndexOfAny("，,；;。");
        return i < 0 ? text.Length : i;
    }

    private static int LastSeparator(string text, int before)
    {
        for (var i = before - 1; i >= Math.Max(0, before - ContextWindow); i--)
        {
            if (text[i] is '，' or ',' or '；' or ';' or '：' or ':' or '。' or '、')
            {
                return i;
            }
        }

        return Math.Max(-1, before - ContextWindow - 1);
    }

    private static SourceLocation Locate(ReportLine line, int start, int length)
    {
        var span = line.ToOriginalSpan(new TextSpan(start, length));
        return new SourceLocation(Math.Max(1, line.Source.Line), line.Source.Offset + span.Start, span.Slice(line.Original), line.Source.Page);
    }

    [GeneratedRegex("(?<verb>(未|没有|无)收取)[^，,。；;]{0,30}?(?<what>费)|(?<verb>(未|没有|无)(发生|收到|接到|产生|出现))[^，,。；;]{0,30}?(?<what>复议|诉讼|申请)")]
    private static partial Regex ZeroStatement();

    /// <summary>
    /// The words before a figure that name one group and nothing else: lead words (其中, 决定, 因…等原因, 共, 全年 …),
    /// the group, an optional 的/答复/申请/案件 — "决定不予公开的", "其中不予公开", "因信息不存在等原因无法提供的",
    /// "被申请行政复议", "行政诉讼案件". A figure read after such words, in a sentence comparing no other period, is read
    /// unambiguously; anything looser is a reading a finding may only warn about.
    /// </summary>
    [GeneratedRegex(@"^(其中[，,]?|另有|另|全年|本年度?|共计?|决定|作出|依法|因[^，,。；]{1,12}?等?原因|对[^，,。；]{1,12}?的?)*(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|(因政府信息公开(工作)?)?(被申请|收到|发生|涉及政府信息公开的|政府信息公开)*行政复议(申请|案件)?|(因政府信息公开(工作)?)?(被提起|发生|涉及政府信息公开的|政府信息公开)*行政诉讼(案件)?)(的|答复|申请|案件|决定)?(共|计|为)?$")]
    private static partial Regex UnambiguousPrefix();

    /// <summary>A sentence that compares with another period ("较去年", "同比", "上年度…"): its figures may be that period's.</summary>
    [GeneratedRegex("去年|上年度?(?!结转)|同比|环比|较上|比上|与上|历年|累计")]
    private static partial Regex OtherPeriod();

    [GeneratedRegex("(全部|均|都)(已)?(按时|按期|在法定期限内|在规定期限内|在规定时限内)(办结|答复)")]
    private static partial Regex AllOnTime();
}

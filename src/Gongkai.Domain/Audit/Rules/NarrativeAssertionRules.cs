using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Rules;

/// <summary>
/// What the narrative asserts, against the rest of the same report (issue 14 item 6). All Warnings, each with the
/// sentences as evidence (pseudo-table 文本, where they stand):
/// <list type="bullet">
/// <item><see cref="AuditRuleIds.NarrativeContradiction"/> — a universal claim denied by another sentence: "全部按时办结" /
/// "均在法定期限内答复" / "无超期" beside a sentence that extends or delays a reply ("延长答复期限", "延期答复",
/// "延期办结", "超期"); "未发生…行政复议/行政诉讼" beside a sentence that counts one ("行政复议1件", "被提起行政诉讼2起");
/// "未收取…费用" beside one that collects ("收取信息处理费200元"). Statements of 0 ("行政复议0件") never deny.
/// 条例 第三十三条 (time limits), 第五十条 (what the report must state).</item>
/// <item><see cref="AuditRuleIds.MalformedDate"/> — a date no calendar has: a year of five or more digits ("202020年"),
/// a day written straight after the year ("2007年45日"), month 0 or above 12, day 0 or above 31.</item>
/// <item><see cref="AuditRuleIds.OwnYearAsFuture"/> — the report's own year written as a plan ("2016年，我们将…" in the
/// 2016 report): text carried over from the previous year's plans.</item>
/// <item><see cref="AuditRuleIds.CopiedFromOtherAgency"/> — "市本级" in the report of a county, district or banner
/// (县/区/旗): text copied from a city's report; the compiler or contact sentence naming another place; another
/// province's newspaper, rules or website cited as one's own (<see cref="ProvinceGazetteer"/>).</item>
/// </list>
/// Sentences are split at 。！？；; table rows are left out. Linear in the text.
/// </summary>
internal static partial class NarrativeAssertionRules
{
    public static IEnumerable<Finding> Check(AuditContext context)
    {
        var year = context.Year;
        var sentences = Sentences(context.Text).ToArray();
        var findings = new List<Finding>();

        Contradiction(findings, year, sentences, OnTime(), Delayed(), "称全部按时办结或均在法定期限内答复", "另有申请延期或超期答复");
        Contradiction(findings, year, sentences, NoReconsideration(), SomeReconsideration(), "称未发生行政复议", "另述有行政复议");
        Contradiction(findings, year, sentences, NoLitigation(), SomeLitigation(), "称未发生行政诉讼", "另述有行政诉讼");
        Contradiction(findings, year, sentences, NoFee(), SomeFee(), "称未收取费用", "另述收取了费用");

        // against the tables: "未发生行政复议" beside a table that counts one
        var (reconsiderations, lawsuits, fees) = context.Format switch
        {
            ReportFormat.Format2019 or ReportFormat.Format2021 => (
                (IReadOnlyList<CellAddress>)[Table4Labels.At([Table4Labels.Reconsideration, Table4Labels.Total])],
                (IReadOnlyList<CellAddress>)[Table4Labels.At([Table4Labels.Litigation, Table4Labels.SuedDirectly, Table4Labels.Total]), Table4Labels.At([Table4Labels.Litigation, Table4Labels.SuedAfterReconsideration, Table4Labels.Total])],
                (IReadOnlyList<CellAddress>)[]),
            ReportFormat.Format2014 => (
                [StatisticsTableRows.At(StatisticsTableRows.Reconsiderations)],
                [StatisticsTableRows.At(StatisticsTableRows.Lawsuits)],
                [StatisticsTableRows.At(StatisticsTableRows.FeesCollected)]),
            // the 2008 statistics are each agency's own table: no prescribed cell to hold the claim against
            ReportFormat.Format2008 => ((IReadOnlyList<CellAddress>)[], (IReadOnlyList<CellAddress>)[], (IReadOnlyList<CellAddress>)[]),
        };
        AgainstTable(findings, context, sentences, NoReconsideration(), reconsiderations, "称未发生行政复议");
        AgainstTable(findings, context, sentences, NoLitigation(), lawsuits, "称未发生行政诉讼");
        AgainstTable(findings, context, sentences, NoFee(), fees, "称未收取费用");

        // dates are looked for on every line of text, short ones too ("（2017210日）" under a title)
        foreach (var s in Sentences(context.Text, shortLines: true))
        {
            foreach (Match m in DateLike().Matches(s.Text))
            {
                if (MalformedReason(m) is { } reason)
                {
                    findings.Add(new Finding(AuditRuleIds.MalformedDate, FindingSeverity.Warning,
                        $"日期“{m.Value}”{reason}：{Quote(s.Text)}", [TextEvidenceOf.Of(year, "日期", s.Source)]));
                }
            }

            // "2017210日": year, month and day run together without 年 and 月; "，年5月1日起": the year left out
            foreach (Match m in RunTogetherDate().Matches(s.Text))
            {
                findings.Add(new Finding(AuditRuleIds.MalformedDate, FindingSeverity.Warning,
                    $"日期“{m.Value}”缺少“年”“月”（年月日连写）：{Quote(s.Text)}", [TextEvidenceOf.Of(year, "日期", s.Source)]));
            }

            foreach (Match m in YearLeftOut().Matches(s.Text))
            {
                findings.Add(new Finding(AuditRuleIds.MalformedDate, FindingSeverity.Warning,
                    $"日期“{m.Value.TrimStart('，', ',', '。', '；', '：', '（', '(', ' ')}”缺少年份数字：{Quote(s.Text)}", [TextEvidenceOf.Of(year, "日期", s.Source)]));
            }
        }

        if (context.Metadata.ReportYear is { } reportYear)
        {
            var own = reportYear.ToString(CultureInfo.InvariantCulture);
            foreach (var s in sentences)
            {
                var m = FuturePlan().Match(s.Text);
                if (m.Success && m.Groups["year"].Value == own)
                {
                    findings.Add(new Finding(AuditRuleIds.OwnYearAsFuture, FindingSeverity.Warning,
                        $"{reportYear}年度报告把{reportYear}年写成将来的计划（疑为沿用上年报告）：{Quote(s.Text)}", [TextEvidenceOf.Of(year, "计划", s.Source)]));
                }
            }
        }

        if (context.Metadata.AgencyName is { } agency && CountyLevel().IsMatch(agency) && !agency.Contains('市', StringComparison.Ordinal))
        {
            if (sentences.FirstOrDefault(s => s.Text.Contains("市本级", StringComparison.Ordinal)) is { Text.Length: > 0 } s)
            {
                findings.Add(new Finding(AuditRuleIds.CopiedFromOtherAgency, FindingSeverity.Warning,
                    $"{agency}的报告中出现“市本级”，疑为抄自市级报告：{Quote(s.Text)}", [TextEvidenceOf.Of(year, "市本级", s.Source)]));
            }
        }

        OtherAgencyNamed(findings, context, sentences);
        OtherProvinceCited(findings, context, sentences);
        AllClosedAgainstCarryForward(findings, context, sentences);
        return findings;
    }

    /// <summary>
    /// The sentences that say whose report this is — "本报告由…编制", "如对本报告有任何疑问，请与…联系", "本报告电子版可在…
    /// 下载" — naming a 市/县/区/旗 government or office of a place the agency's name does not hold, and none that it holds:
    /// the paragraph was copied from another agency's report (南平 2012 wording with another city's name).
    /// </summary>
    private static void OtherAgencyNamed(List<Finding> findings, AuditContext context, Sentence[] sentences)
    {
        if (context.Metadata.AgencyName is not { Length: > 0 } agency)
        {
            return;
        }

        var own = PlaceName().Matches(agency).Select(m => m.Groups["stem"].Value).Where(p => p.Length >= 2).ToArray();
        if (own.Length == 0)
        {
            return;
        }

        foreach (var s in sentences.Where(s => Authorship().IsMatch(s.Text)))
        {
            if (own.Any(p => s.Text.Contains(p, StringComparison.Ordinal)))
            {
                continue;
            }

            var other = PlaceName().Matches(s.Text).Select(m => m.Value).FirstOrDefault(p => OwnsAGovernment(s.Text, p));
            if (other is not null)
            {
                findings.Add(new Finding(AuditRuleIds.CopiedFromOtherAgency, FindingSeverity.Warning,
                    $"{agency}的报告中，说明报告编制或联系单位的句子写的是“{other}”，疑为抄自其他机关的报告：{Quote(s.Text)}",
                    [TextEvidenceOf.Of(context.Year, other, s.Source)]));
                return;
            }
        }
    }

    /// <summary>
    /// Another province's newspaper, rules or website cited as the agency's own — a 青海 county that "在《贵州日报》上
    /// 公开", acts "根据《浙江省政府信息公开规定》" or publishes "通过浙江政务服务网": the text was copied from that
    /// province's report. The agency's province comes from its name (<see cref="ProvinceGazetteer"/>; unknown → nothing);
    /// the places are those inside 《…》 titles of newspapers (…报, not …学报) and rules (…规定/办法/条例/实施细则), and
    /// the place right before 政务服务网 / 人民政府门户网站 / 政府网站. National titles name no province. A sentence about
    /// exchange or aid with another province (交流, 赴…学习, 考察, 借鉴, 对口支援, 援藏, 援疆, 帮扶, 协作) cites nothing as its own.
    /// One finding per sentence. 条例 第二十三条 (主动公开的渠道), 第五十条.
    /// </summary>
    private static void OtherProvinceCited(List<Finding> findings, AuditContext context, Sentence[] sentences)
    {
        if (context.Metadata.AgencyName is not { Length: > 0 } agency || ProvinceGazetteer.ProvinceOfAgency(agency) is not { } own)
        {
            return;
        }

        foreach (var s in sentences)
        {
            if (NotOwnCitation().IsMatch(s.Text))
            {
                continue;
            }

            var cited = CitedPlaces(s.Text).FirstOrDefault(c => c.Provinces.Length > 0 && !c.Provinces.Contains(own, StringComparer.Ordinal));
            if (cited.What is null)
            {
                continue;
            }

            findings.Add(new Finding(AuditRuleIds.CopiedFromOtherAgency, FindingSeverity.Warning,
                $"{agency}（{own}）的报告引用了{cited.Provinces[0]}的{cited.Kind}“{cited.What}”，疑为抄自其他地方的报告：{Quote(s.Text)}",
                [TextEvidenceOf.Of(context.Year, cited.What, s.Source)]));
        }
    }

    private static IEnumerable<(string What, string Kind, string[] Provinces)> CitedPlaces(string sentence)
    {
        foreach (Match m in CitedTitle().Matches(sentence))
        {
            var title = m.Groups["t"].Value;
            var kind = Newspaper().IsMatch(title) ? "报纸" : RuleTitle().IsMatch(title) ? "规定" : null;
            if (kind is not null)
            {
                yield return (m.Value, kind, ProvinceGazetteer.Named(title).Select(n => n.Province).Distinct(StringComparer.Ordinal).ToArray());
            }
        }

        foreach (var (name, province, end) in ProvinceGazetteer.Named(sentence))
        {
            var rest = sentence.AsSpan(end, Math.Min(16, sentence.Length - end));
            var suffix = PlaceSuffix().Match(rest.ToString());
            var site = rest[suffix.Length..];
            if (site.StartsWith("政务服务网", StringComparison.Ordinal) || site.StartsWith("人民政府门户网", StringComparison.Ordinal)
                || site.StartsWith("政府门户网", StringComparison.Ordinal) || site.StartsWith("人民政府网", StringComparison.Ordinal)
                || site.StartsWith("政府网站", StringComparison.Ordinal))
            {
                yield return (name + rest[..suffix.Length].ToString() + SiteName().Match(site.ToString()).Value, "网站", [province]);
            }
        }
    }

    private static bool OwnsAGovernment(string sentence, string place)
    {
        var at = sentence.IndexOf(place, StringComparison.Ordinal) + place.Length;
        var rest = sentence.AsSpan(at, Math.Min(12, sentence.Length - at));
        return rest.StartsWith("人民政府", StringComparison.Ordinal) || rest.StartsWith("政府", StringComparison.Ordinal)
            || rest.StartsWith("政务公开", StringComparison.Ordinal) || rest.StartsWith("信息公开", StringComparison.Ordinal);
    }

    /// <summary>
    /// "办结率100%" / "已全部办结" beside a table 三 that carries requests into next year (结转下年度继续办理 &gt; 0): not
    /// every request was closed.
    /// </summary>
    private static void AllClosedAgainstCarryForward(List<Finding> findings, AuditContext context, Sentence[] sentences)
    {
        if (!Table3Labels.IsIn(context.Format)
            || context.Data.Find(Table3Labels.At(Table3Labels.CarriedForwardRow, Table3Labels.TotalColumn)) is not { Value: > 0 } forward
            || sentences.FirstOrDefault(s => AllClosed().IsMatch(s.Text)) is not { Text: not null } claim)
        {
            return;
        }

        findings.Add(new Finding(AuditRuleIds.NarrativeContradiction, FindingSeverity.Warning,
            $"正文称申请全部办结（{Quote(claim.Text)}），而{forward.Address.Describe()}为{forward.Value!.Value.ToString("0.####", CultureInfo.InvariantCulture)}。",
            [TextEvidenceOf.Of(context.Year, "全称断言", claim.Source), FindingEvidence.Of(context.Year, forward)]));
    }

    private static void Contradiction(List<Finding> findings, int year, Sentence[] sentences, Regex universal, Regex denial, string claims, string denies)
    {
        var claim = sentences.FirstOrDefault(s => universal.IsMatch(s.Text));
        if (claim.Text is null)
        {
            return;
        }

        var other = sentences.FirstOrDefault(s => !ReferenceEquals(s.Text, claim.Text) && denial.Match(s.Text) is { Success: true } m && !IsZero(m));
        if (other.Text is null)
        {
            return;
        }

        findings.Add(new Finding(AuditRuleIds.NarrativeContradiction, FindingSeverity.Warning,
            $"正文前后矛盾：{claims}（{Quote(claim.Text)}），{denies}（{Quote(other.Text)}）。",
            [TextEvidenceOf.Of(year, "全称断言", claim.Source), TextEvidenceOf.Of(year, "相反陈述", other.Source)]));
    }

    private static void AgainstTable(List<Finding> findings, AuditContext context, Sentence[] sentences, Regex universal, IReadOnlyList<CellAddress> addresses, string claims)
    {
        var cells = addresses.Select(a => context.Data.Find(a)).OfType<ReportCell>().Where(c => c.Value > 0).ToArray();
        if (cells.Length == 0 || sentences.FirstOrDefault(s => universal.IsMatch(s.Text)) is not { Text: not null } claim)
        {
            return;
        }

        findings.Add(new Finding(AuditRuleIds.NarrativeContradiction, FindingSeverity.Warning,
            $"正文{claims}（{Quote(claim.Text)}），而{string.Join("、", cells.Select(c => $"{c.Address.Describe()}为{c.Value!.Value.ToString("0.####", CultureInfo.InvariantCulture)}"))}。",
            [TextEvidenceOf.Of(context.Year, "全称断言", claim.Source), .. cells.Select(c => FindingEvidence.Of(context.Year, c))]));
    }

    private static bool IsZero(Match m) =>
        m.Groups["n"] is { Success: true } n && (n.Value is "0" or "零" || (decimal.TryParse(n.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v == 0));

    private static string? MalformedReason(Match m)
    {
        var y = m.Groups["y"].Value;
        if (y.Length >= 5)
        {
            return "的年份有" + y.Length.ToString(CultureInfo.InvariantCulture) + "位数字";
        }

        if (m.Groups["mo"].Success)
        {
            var month = int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return "的月份不存在";
            }
        }
        else if (m.Groups["d"].Success)
        {
            return "缺少月份";
        }

        if (m.Groups["d"].Success)
        {
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31)
            {
                return "的日期不存在";
            }
        }

        return null;
    }

    private static string Quote(string sentence) => "“" + (sentence.Length > 80 ? sentence[..80] + "…" : sentence) + "”";

    private readonly record struct Sentence(string Text, SourceLocation Source);

    private static IEnumerable<Sentence> Sentences(ReportText text, bool shortLines = false)
    {
        foreach (var line in text.Lines)
        {
            if (line.TableIndex is not null || line.IsBlank)
            {
                continue;
            }

            var original = line.Original;
            var start = 0;
            for (var i = 0; i <= original.Length; i++)
            {
                if (i < original.Length && original[i] is not ('。' or '！' or '？' or '；' or ';'))
                {
                    continue;
                }

                var piece = original[start..Math.Min(original.Length, i + 1)].Trim();

                // a table label printed as a line of its own ("2.延期办结数") is not a sentence
                if ((piece.Length >= 4 && (i < original.Length || piece.Length >= 30)) || (shortLines && piece.Length > 0))
                {
                    yield return new Sentence(piece, new SourceLocation(Math.Max(1, line.Source.Line), line.Source.Offset + start, piece, line.Source.Page));
                }

                start = i + 1;
            }
        }
    }

    [GeneratedRegex(@"(全部|均|都|全都|一律)(已)?(按时|按期|在法定(期限|时限)内|在规定(期限|时限)内)(办结|答复|予以答复|完成|回复)|无(一件|一例)?(超期|逾期)(答复|办理|办结)?|(未|没有)(出现|发生)(超期|逾期)|(按时|按期)(办结|答复)率(为|达到?)?100(\.0+)?%")]
    private static partial Regex OnTime();

    [GeneratedRegex(@"(延长(了)?(答复|办理)?(期限|时限)|延期(答复|办结|办理)|(超期|逾期)(答复|办结|办理)(?!率)|超过(法定)?(答复)?期限)(?:[^。；，,\d]{0,4}(?<n>\d+)(件|个|次))?")]
    private static partial Regex Delayed();

    [GeneratedRegex(@"(未|没有|无)(发生|出现|收到|接到|产生)?[^。；，,]{0,16}?(行政复议)(案件|申请|情况)?(?![^。；]{0,6}\d)")]
    private static partial Regex NoReconsideration();

    [GeneratedRegex(@"行政复议(案件|申请)?(共|计)?(?<n>\d+|[一二两三四五六七八九十]+)(件|起|宗|例|次)|(?<n>\d+|[一二两三四五六七八九十]+)(件|起|宗|例)(政府信息公开)?行政复议")]
    private static partial Regex SomeReconsideration();

    [GeneratedRegex(@"(未|没有|无)(发生|出现|被提起|收到|产生)?[^。；，,]{0,16}?(行政诉讼)(案件|情况)?(?![^。；]{0,6}\d)")]
    private static partial Regex NoLitigation();

    [GeneratedRegex(@"行政诉讼(案件)?(共|计)?(?<n>\d+|[一二两三四五六七八九十]+)(件|起|宗|例)|(?<n>\d+|[一二两三四五六七八九十]+)(件|起|宗|例)(政府信息公开)?行政诉讼")]
    private static partial Regex SomeLitigation();

    [GeneratedRegex(@"(未|没有|无|不)(收取|收)(任何)?[^。；，,]{0,8}?费")]
    private static partial Regex NoFee();

    [GeneratedRegex(@"(?<!未|没有|不|无)收取[^。；，,]{0,10}?费(用)?(共|计)?(?<n>\d+(\.\d+)?)(万)?元")]
    private static partial Regex SomeFee();

    [GeneratedRegex(@"(?<y>\d{4,})年(?:(?<mo>\d{1,2})月)?(?:(?<d>\d{1,3})日)?")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"^(?<year>\d{4})年[，,]?\s*(我们|我局|我委|我办|我区|我县|我市|我旗|我镇|我乡|本机关|全区|全县|全市)?(将|要|计划|拟|力争|继续)")]
    private static partial Regex FuturePlan();

    [GeneratedRegex(@"(县|区|旗)(人民政府)?")]
    private static partial Regex CountyLevel();

    /// <summary>Year, month and day printed as one digit run before 日 ("2017210日"), not part of a longer number.</summary>
    [GeneratedRegex(@"(?<![\d.年月])(19|20)\d{3,5}日")]
    private static partial Regex RunTogetherDate();

    /// <summary>A date whose year digits are missing ("，年5月1日起"); 本年/今年/同年/当年 … are words, not slips.</summary>
    [GeneratedRegex(@"(^|[，,。；;：:（(\s])年\d{1,2}月(\d{1,2}日)?")]
    private static partial Regex YearLeftOut();

    /// <summary>
    /// A place: 2–6 characters before 自治区/省/市/州/盟/县/区/旗 (the stem without it), none of them a function word or
    /// a word of an office ("本报告由市政府…" names no place).
    /// </summary>
    [GeneratedRegex(@"(?<stem>[\u4e00-\u9fa5-[本报告由在的与和对请全我各及向于为是等经按据从共政府办室会局厅委省市州盟县区旗]]{2,6}?)(自治区|省|市|州|盟|县|区|旗)")]
    private static partial Regex PlaceName();

    /// <summary>Sentences saying who compiled the report or whom to ask about it.</summary>
    [GeneratedRegex(@"(本|该)(年度)?(报告|年报)[^。；]{0,40}(编制|汇总|组成)|(对|就)(本|该)(年度)?(报告|年报)[^。；]{0,20}(疑问|意见)[^。；]{0,40}(联系|反映)|(本|该)(年度)?(报告|年报)[^。；]{0,10}电子版")]
    private static partial Regex Authorship();

    /// <summary>A title in 《…》 (several titles a sentence).</summary>
    [GeneratedRegex(@"《(?<t>[^《》\n]{2,60})》")]
    private static partial Regex CitedTitle();

    /// <summary>A newspaper: 《贵州日报》, 《浙江法制报》 — not a journal (学报).</summary>
    [GeneratedRegex(@"(?<!学)报$")]
    private static partial Regex Newspaper();

    /// <summary>Rules: 《浙江省政府信息公开规定》, 《贵州省政府信息公开办法》, …条例, …实施细则.</summary>
    [GeneratedRegex(@"(规定|办法|条例|实施细则|暂行规定)(（[^）]*）)?$")]
    private static partial Regex RuleTitle();

    /// <summary>The suffix after a place's stem in a website's name ("浙江省政务服务网", "杭州市人民政府门户网站").</summary>
    [GeneratedRegex(@"^(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|地区|盟|州)?")]
    private static partial Regex PlaceSuffix();

    [GeneratedRegex(@"^(政务服务网|人民政府门户网站|人民政府门户网|政府门户网站|政府门户网|人民政府网站|人民政府网|政府网站)")]
    private static partial Regex SiteName();

    /// <summary>Another province named for exchange or aid, not as one's own.</summary>
    [GeneratedRegex(@"交流|考察|参观|调研|借鉴|对口|援藏|援疆|援青|帮扶|协作|结对|赴[^。；]{0,12}学习")]
    private static partial Regex NotOwnCitation();

    /// <summary>"办结率100%", "已全部办结", "均已办结" — every request closed.</summary>
    [GeneratedRegex(@"(?<!按时|按期)办结率(为|达到?)?100(\.0+)?%|(全部|均已|均)(已)?办结(?!率)")]
    private static partial Regex AllClosed();
}

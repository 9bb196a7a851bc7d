using System.Text.RegularExpressions;

namespace Gongkai.Domain.Audit;

/// <summary>
/// Reads what a report says about itself: agency, report year, statistics period, publication date, layout and parts.
/// The agency and year come, in this order of trust, from a title line ("西宁市2017年政府信息公开工作年度报告",
/// "白云鄂博矿区人民政府 2019年政府信息公开工作年度报告"), the page title, an announcement in the body
/// ("现公布二连浩特市人民政府办公室2011年政府信息公开年度报告"), a sentence naming the report, and finally the
/// place name that opens the report and recurs in it ("…的相关要求，博乐市对2017年政府信息公开进行梳理").
/// </summary>
public static partial class ReportMetadataReader
{
    private const int HeadLines = 60;
    private const int TitleLines = 40;
    private const int DateLineScan = 15;
    private const int SignatureScan = 8;

    private const string AgencyChar = @"[^\s,.;:!?、。《》""'()\[\]<>|/·•]";
    private const string YearPart = @"(?<year>(?:19|20)\d{2})\s?年度?";
    private const string ReportNoun = @"(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)";
    private const string TitleTail = @"(?:\([^()]{1,10}\))?$";
    private const string Bullets = @"^[-•·*>\s]*";
    private const string DatePart = @"(?<y>(?:19|20)\d{2})\s?[-/.年]\s?(?<m>\d{1,2})\s?[-/.月]\s?(?<d>\d{1,2})";

    private static readonly string[] LeadingWords =
        ["本报告是", "本报告为", "本报告", "现公布", "现将", "公布", "发布", "根据", "按照", "关于", "由", "是", "对", "为", "及"];

    private static readonly string[] TrailingWords = ["关于", "本级", "的"];

    private static readonly HashSet<string> NotAgencies =
        ["本级", "本机关", "本单位", "本部门", "全市", "全区", "全县", "全旗", "全省", "我市", "我区", "我县", "我旗", "本市", "本区", "本县", "年度", "本年度"];

    /// <summary>Reads the metadata of <paramref name="text"/>. Never throws for odd content; missing values are null.</summary>
    public static ReportMetadata Read(ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.HasText)
        {
            var guess = new ReportFormatGuess(null, 0, false, [$"文件未能读取：{text.Message}"], []);
            return new ReportMetadata(null, null, null, null, null, guess, [], text.Script);
        }

        var prose = text.Lines.Where(l => l.TableIndex is null && !l.IsBlank).ToList();
        var head = prose.Take(HeadLines).ToList();

        var (agency, year) = FindAgencyAndYear(text, head);
        var period = FindPeriod(prose);
        if (year is null && period is not null)
        {
            year = new MetadataValue<int>(period.From.Year, 0.8, "period", period.Evidence);
        }

        year ??= FindYearMentioned(head);
        if (period is null && year is not null)
        {
            period = new ReportPeriod(new DateOnly(year.Value, 1, 1), new DateOnly(year.Value, 12, 31), false, null);
        }

        agency ??= FindPlaceName(text, head);
        var published = FindPublished(head);
        var signed = FindSigned(prose);
        var format = ReportFormatDetector.Detect(text, year?.Value);
        var sections = DocumentSectionFinder.Find(text);
        return new ReportMetadata(agency, year, period, published, signed, format, sections, text.Script);
    }

    private static (MetadataValue<string>? Agency, MetadataValue<int>? Year) FindAgencyAndYear(ReportText text, List<ReportLine> head)
    {
        MetadataValue<int>? year = null;

        foreach (var line in head.Take(TitleLines))
        {
            var match = TitleAgencyFirst().Match(line.Normalized);
            if (!match.Success)
            {
                match = TitleYearFirst().Match(line.Normalized);
            }

            if (!match.Success)
            {
                continue;
            }

            year ??= YearOf(match, line, 0.95, "title-line");
            var name = Clean(match.Groups["agency"].Value, requireSuffix: false);
            if (name is not null)
            {
                return (Value(name, 0.95, "title-line", line, match.Groups["agency"]), year);
            }
        }

        if (!string.IsNullOrWhiteSpace(text.Title))
        {
            foreach (var part in DocumentTitleSeparators().Split(ChineseTextNormalizer.Normalize(text.Title, text.Script)))
            {
                var candidate = part.Trim();
                var match = TitleAgencyFirst().Match(candidate);
                if (!match.Success)
                {
                    match = TitleYearFirst().Match(candidate);
                }

                if (!match.Success)
                {
                    continue;
                }

                if (year is null && int.TryParse(match.Groups["year"].ValueSpan, out var titleYear))
                {
                    year = new MetadataValue<int>(titleYear, 0.85, "document-title", null);
                }

                var name = Clean(match.Groups["agency"].Value, requireSuffix: false);
                if (name is not null)
                {
                    return (new MetadataValue<string>(name, 0.85, "document-title", null), year);
                }
            }
        }

        foreach (var line in head)
        {
            var match = Announcement().Match(line.Normalized);
            if (!match.Success || InsideBookTitle(line.Normalized, match.Index))
            {
                continue;
            }

            year ??= YearOf(match, line, 0.9, "announcement");
            var name = Clean(match.Groups["agency"].Value, requireSuffix: false);
            if (name is not null)
            {
                return (Value(name, 0.9, "announcement", line, match.Groups["agency"]), year);
            }
        }

        foreach (var line in head)
        {
            for (var match = NamedReport().Match(line.Normalized); match.Success; match = match.NextMatch())
            {
                if (InsideBookTitle(line.Normalized, match.Index))
                {
                    continue;
                }

                var name = Clean(match.Groups["agency"].Value, requireSuffix: true);
                if (name is not null)
                {
                    year ??= YearOf(match, line, 0.75, "body");
                    return (Value(name, 0.75, "body", line, match.Groups["agency"]), year);
                }
            }
        }

        return (null, year);
    }

    /// <summary>The first place name (…市/县/区/旗 …) in the opening lines that recurs in the report.</summary>
    private static MetadataValue<string>? FindPlaceName(ReportText text, List<ReportLine> head)
    {
        var whole = text.NormalizedText;
        foreach (var line in head.Take(10))
        {
            var withoutTitles = BookTitle().Replace(line.Normalized, " ");
            foreach (Match match in PlaceName().Matches(withoutTitles))
            {
                var name = match.Groups["name"].Value.TrimStart("及由在对各全我本该和与向经据按从为将把被给使于".ToCharArray());
                if (name.Length < 3 || NotAgencies.Contains(name) || CountOf(whole, name) < 2)
                {
                    continue;
                }

                var at = line.Normalized.IndexOf(name, StringComparison.Ordinal);
                var evidence = at >= 0 ? TextEvidence.Of(line, at, name.Length) : null;
                return new MetadataValue<string>(name, 0.5, "place-name", evidence);
            }
        }

        return null;
    }

    private static MetadataValue<int>? FindYearMentioned(List<ReportLine> head)
    {
        var counts = new Dictionary<int, (int Count, ReportLine Line, Match Match)>();
        foreach (var line in head.Take(5))
        {
            foreach (Match match in YearMention().Matches(line.Normalized))
            {
                if (InsideBookTitle(line.Normalized, match.Index) || !int.TryParse(match.Groups["year"].ValueSpan, out var y))
                {
                    continue;
                }

                counts[y] = counts.TryGetValue(y, out var seen) ? (seen.Count + 1, seen.Line, seen.Match) : (1, line, match);
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var (bestYear, (_, bestLine, bestMatch)) = counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.Line.Number).First();
        return new MetadataValue<int>(bestYear, 0.5, "year-mentioned", TextEvidence.Of(bestLine, bestMatch.Index, bestMatch.Length));
    }

    private static ReportPeriod? FindPeriod(List<ReportLine> prose)
    {
        foreach (var line in prose)
        {
            var match = StatedPeriod().Match(line.Normalized);
            if (!match.Success)
            {
                continue;
            }

            var y1 = int.Parse(match.Groups["y1"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            var y2 = match.Groups["y2"].Success
                ? int.Parse(match.Groups["y2"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
                : y1;
            if (!TryDate(y1, match.Groups["m1"].ValueSpan, match.Groups["d1"].ValueSpan, out var from)
                || !TryDate(y2, match.Groups["m2"].ValueSpan, match.Groups["d2"].ValueSpan, out var to))
            {
                continue;
            }

            if (to < from && !match.Groups["y2"].Success)
            {
                to = to.AddYears(1);
            }

            if (to < from)
            {
                continue;
            }

            return new ReportPeriod(from, to, true, TextEvidence.Of(line, match.Index, match.Length));
        }

        return null;
    }

    private static MetadataValue<DateOnly>? FindPublished(List<ReportLine> head)
    {
        foreach (var line in head)
        {
            var match = LabelledDate().Match(line.Normalized);
            if (match.Success && TryDate(match, out var date))
            {
                return new MetadataValue<DateOnly>(date, 0.9, "published-label", TextEvidence.Of(line, match.Index, match.Length));
            }
        }

        foreach (var line in head.Take(DateLineScan))
        {
            var match = DateLine().Match(line.Normalized);
            if (match.Success && TryDate(match, out var date))
            {
                return new MetadataValue<DateOnly>(date, 0.7, "date-line", TextEvidence.Of(line, match.Index, match.Length));
            }
        }

        return null;
    }

    private static MetadataValue<DateOnly>? FindSigned(List<ReportLine> prose)
    {
        var from = Math.Max(DateLineScan, prose.Count - SignatureScan);
        for (var i = prose.Count - 1; i >= from; i--)
        {
            var line = prose[i];
            var match = DateLine().Match(line.Normalized);
            if (match.Success && TryDate(match, out var date))
            {
                return new MetadataValue<DateOnly>(date, 0.8, "signature-date", TextEvidence.Of(line, match.Index, match.Length));
            }

            match = ChineseDateLine().Match(line.Normalized);
            if (match.Success && ChineseNumeral.TryParse(match.Groups["m"].ValueSpan, out var m)
                && ChineseNumeral.TryParse(match.Groups["d"].ValueSpan, out var d)
                && int.TryParse(match.Groups["y"].ValueSpan, out var y)
                && TryDate(y, (int)m, (int)d, out date))
            {
                return new MetadataValue<DateOnly>(date, 0.8, "signature-date", TextEvidence.Of(line, match.Index, match.Length));
            }
        }

        return null;
    }

    private static string? Clean(string raw, bool requireSuffix)
    {
        var name = raw.Trim();
        bool changed;
        do
        {
            changed = false;
            foreach (var word in LeadingWords)
            {
                if (name.Length > word.Length + 1 && name.StartsWith(word, StringComparison.Ordinal))
                {
                    name = name[word.Length..];
                    changed = true;
                }
            }

            foreach (var word in TrailingWords)
            {
                if (name.Length > word.Length + 1 && name.EndsWith(word, StringComparison.Ordinal))
                {
                    name = name[..^word.Length];
                    changed = true;
                }
            }
        }
        while (changed);

        if (name.Length < 2 || NotAgencies.Contains(name) || name.Any(char.IsAsciiDigit) || !name.Any(ChineseTextNormalizer.IsCjkIdeograph))
        {
            return null;
        }

        return requireSuffix && !AgencySuffix().IsMatch(name) ? null : name;
    }

    private static bool InsideBookTitle(string text, int index)
    {
        var open = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '《')
            {
                open++;
            }
            else if (text[i] == '》' && open > 0)
            {
                open--;
            }
        }

        return open > 0;
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static MetadataValue<int>? YearOf(Match match, ReportLine line, double confidence, string basis)
    {
        var group = match.Groups["year"];
        return group.Success && int.TryParse(group.ValueSpan, out var year)
            ? new MetadataValue<int>(year, confidence, basis, TextEvidence.Of(line, group.Index, group.Length))
            : null;
    }

    private static MetadataValue<string> Value(string name, double confidence, string basis, ReportLine line, Group group)
    {
        var at = line.Normalized.IndexOf(name, group.Index, StringComparison.Ordinal);
        var evidence = at >= 0 ? TextEvidence.Of(line, at, name.Length) : TextEvidence.Of(line, group.Index, group.Length);
        return new MetadataValue<string>(name, confidence, basis, evidence);
    }

    private static bool TryDate(Match match, out DateOnly date) =>
        TryDate(int.Parse(match.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
            match.Groups["m"].ValueSpan, match.Groups["d"].ValueSpan, out date);

    private static bool TryDate(int year, ReadOnlySpan<char> month, ReadOnlySpan<char> day, out DateOnly date)
    {
        date = default;
        return int.TryParse(month, out var m) && int.TryParse(day, out var d) && TryDate(year, m, d, out date);
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(Bullets + "(?<agency>" + AgencyChar + @"{2,40}?)\s?(?:关于)?\s?" + YearPart + "(?:本级)?" + ReportNoun + TitleTail, RegexOptions.CultureInvariant)]
    private static partial Regex TitleAgencyFirst();

    [GeneratedRegex(Bullets + YearPart + "(?<agency>" + AgencyChar + "{2,40}?)?" + ReportNoun + TitleTail, RegexOptions.CultureInvariant)]
    private static partial Regex TitleYearFirst();

    [GeneratedRegex(@"(?:现[将予特]?(?:公布|发布|印发)|特此(?:公布|发布)|予以公布|现将)(?<agency>" + AgencyChar + "{2,40}?)" + YearPart + ReportNoun, RegexOptions.CultureInvariant)]
    private static partial Regex Announcement();

    [GeneratedRegex("(?<!" + AgencyChar + ")(?<agency>" + AgencyChar + @"{2,40}?)\s?" + YearPart + ReportNoun, RegexOptions.CultureInvariant)]
    private static partial Regex NamedReport();

    [GeneratedRegex(@"(?:省|市|县|区|旗|盟|州|镇|乡|街道|办事处|政府|办公室|办公厅|局|委员会|委|厅|部|署|院|中心|所|站|队|处|办|会|馆|社|公司|集团)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencySuffix();

    [GeneratedRegex(@"(?<![\u4e00-\u9fff])(?<name>[\u4e00-\u9fff]{1,12}?(?:自治区|自治州|自治县|自治旗|地区|新区|矿区|林区|开发区|市|县|区|旗|盟|州|镇|乡|街道)(?:人民政府(?:办公室|办公厅)?)?)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceName();

    [GeneratedRegex(@"《[^《》]{0,120}》", RegexOptions.CultureInvariant)]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"[_|]|\s+-\s+|-+(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentTitleSeparators();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s?年", RegexOptions.CultureInvariant)]
    private static partial Regex YearMention();

    [GeneratedRegex(@"(?:统计|数据|报告期)[^。;\d]{0,20}?(?<y1>(?:19|20)\d{2})\s?年\s?(?<m1>\d{1,2})\s?月\s?(?<d1>\d{1,2})\s?日?\s?起?\s?(?:至|到|-|~)\s?(?:(?<y2>(?:19|20)\d{2})\s?年\s?)?(?<m2>\d{1,2})\s?月\s?(?<d2>\d{1,2})\s?日?", RegexOptions.CultureInvariant)]
    private static partial Regex StatedPeriod();

    [GeneratedRegex(@"(?:发布|公开|成文|印发|发文|生成|更新)(?:时间|日期)\s?:?\s?" + DatePart, RegexOptions.CultureInvariant)]
    private static partial Regex LabelledDate();

    [GeneratedRegex(Bullets + DatePart + @"\s?日?(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})\s?年\s?(?<m>[一二三四五六七八九十]{1,2})\s?月\s?(?<d>[一二三四五六七八九十]{1,3})\s?日?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDateLine();
}

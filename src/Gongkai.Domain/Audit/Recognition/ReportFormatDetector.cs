using System.Globalization;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit;

/// <summary>
/// Guesses the format of a report from the table labels it contains, with the report year as weaker evidence.
/// Content wins over the year: a 2022 report still written in the 2019 format is detected as 2019 (and the
/// mismatch is given as a reason). A narrative-only report is placed by its year, with a confidence that says how
/// well the narrative fits that era (a 2017 report without its 统计表 is "2014", but not with high confidence).
/// </summary>
public static class ReportFormatDetector
{
    private const int Table2014Threshold = 8;
    private const int SharedTableThreshold = 5;

    /// <summary>Guesses the format of <paramref name="text"/>; <paramref name="reportYear"/> is the year reported on, if known.</summary>
    public static ReportFormatGuess Detect(ReportText text, int? reportYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(ReportFormatLabels.Compact(text.Lines), reportYear);
    }

    internal static ReportFormatGuess Detect(string compact, int? reportYear)
    {
        var only2021 = ReportFormatLabels.Hits(compact, ReportFormatLabels.Only2021);
        var only2019 = ReportFormatLabels.Hits(compact, ReportFormatLabels.Only2019);
        var shared = ReportFormatLabels.Hits(compact, ReportFormatLabels.Shared2019And2021);
        var table2014 = ReportFormatLabels.Hits(compact, ReportFormatLabels.Table2014);
        var narrative2014 = ReportFormatLabels.Hits(compact, ReportFormatLabels.Narrative2014);
        var narrative2008 = ReportFormatLabels.Hits(compact, ReportFormatLabels.Narrative2008);

        var reasons = new List<string>();
        var matched = new List<string>();
        var era = reportYear is { } y ? ReportFormatGuess.FormatInForce(y) : null;

        var has2019Or2021Tables = only2021.Count >= 2 || only2019.Count >= 2 || shared.Count >= SharedTableThreshold;
        var has2014Table = table2014.Count >= Table2014Threshold;

        ReportFormat format;
        double confidence;
        if (has2019Or2021Tables && (!has2014Table || only2019.Count + only2021.Count + shared.Count >= table2014.Count))
        {
            matched.AddRange(only2021);
            matched.AddRange(only2019);
            matched.AddRange(shared);
            if (only2021.Count >= 2 && only2021.Count >= only2019.Count)
            {
                format = ReportFormat.Format2021;
                confidence = 0.80 + (0.03 * Math.Min(only2021.Count, 5));
                reasons.Add($"找到2021格式特有的表格标签{only2021.Count}处：{Join(only2021)}");
            }
            else if (only2019.Count >= 2)
            {
                format = ReportFormat.Format2019;
                confidence = 0.80 + (0.03 * Math.Min(only2019.Count, 5));
                reasons.Add($"找到2019格式（试行）特有的表格标签{only2019.Count}处：{Join(only2019)}");
                if (only2021.Count > 0)
                {
                    reasons.Add($"也出现2021格式标签：{Join(only2021)}");
                    confidence -= 0.1;
                }
            }
            else
            {
                format = reportYear >= 2021 ? ReportFormat.Format2021 : ReportFormat.Format2019;
                confidence = 0.6;
                reasons.Add("只找到2019与2021格式共有的表三/表四标签，无法从表格区分，按年份判断");
            }

            if (shared.Count > 0)
            {
                reasons.Add($"找到2019/2021格式共有的表格标签{shared.Count}处");
                confidence += shared.Count >= SharedTableThreshold ? 0.02 : 0;
            }

            confidence = WeighYear(format, era, reportYear, confidence, reasons);
            return Guess(format, confidence, true, reasons, matched);
        }

        if (has2014Table)
        {
            matched.AddRange(table2014);
            format = ReportFormat.Format2014;
            confidence = 0.80 + (0.01 * Math.Min(table2014.Count - Table2014Threshold, 15));
            reasons.Add($"找到《政府信息公开情况统计表》（国办发〔2014〕32号）的指标{table2014.Count}处，如：{Join(table2014)}");
            confidence = WeighYear(format, era, reportYear, confidence, reasons);
            return Guess(format, confidence, true, reasons, matched);
        }

        matched.AddRange(table2014);
        matched.AddRange(shared);
        reasons.Add("未找到任何规定表格（统计表、表二至表四），只有文字部分");
        switch (era)
        {
            case ReportFormat.Format2008:
                confidence = 0.80;
                reasons.Add($"报告年度{reportYear}年属于2007年《条例》时期（2008–2013年），该时期年报只有文字部分");
                if (narrative2008.Count > 0)
                {
                    confidence += 0.05;
                    reasons.Add($"文字结构符合2008年格式：{Join(narrative2008)}");
                }

                if (narrative2014.Count >= 4)
                {
                    confidence -= 0.1;
                    reasons.Add($"但出现统计表时期的用语：{Join(narrative2014)}");
                }

                return Guess(ReportFormat.Format2008, confidence, false, reasons, matched);

            case ReportFormat.Format2014:
                confidence = 0.45 + (0.04 * Math.Min(narrative2014.Count, 4));
                reasons.Add($"报告年度{reportYear}年属于统计表时期（2014–2018年），应附《政府信息公开情况统计表》，但报告中没有");
                if (narrative2014.Count > 0)
                {
                    reasons.Add($"文字中使用统计表时期的指标用语：{Join(narrative2014)}");
                }

                if (narrative2008.Count > 0)
                {
                    confidence -= 0.05;
                    reasons.Add($"文字结构沿用2008年格式：{Join(narrative2008)}");
                }

                return Guess(ReportFormat.Format2014, confidence, false, reasons, matched);

            case ReportFormat.Format2019:
            case ReportFormat.Format2021:
                reasons.Add($"报告年度{reportYear}年应使用{ReportFormatGuess.NameOf(era)}格式的表格，但报告中没有");
                return Guess(era, 0.35, false, reasons, matched);

            default:
                reasons.Add("未能确定报告年度，无法按年份判断格式");
                if (narrative2014.Count >= 3)
                {
                    reasons.Add($"文字中使用统计表时期的指标用语：{Join(narrative2014)}");
                    return Guess(ReportFormat.Format2014, 0.3, false, reasons, matched);
                }

                if (narrative2008.Count > 0)
                {
                    reasons.Add($"文字结构符合2008年格式：{Join(narrative2008)}");
                    return Guess(ReportFormat.Format2008, 0.3, false, reasons, matched);
                }

                return Guess(null, 0, false, reasons, matched);
        }
    }

    private static double WeighYear(ReportFormat format, ReportFormat? era, int? year, double confidence, List<string> reasons)
    {
        if (year is null || era is null)
        {
            reasons.Add("未能确定报告年度，仅按表格判断");
            return confidence;
        }

        if (era == format)
        {
            reasons.Add($"报告年度{year}年按时间也应使用{ReportFormatGuess.NameOf(format)}格式，两者一致");
            return confidence + 0.02;
        }

        reasons.Add(
            $"报告年度{year}年按时间通常使用{ReportFormatGuess.NameOf(era)}格式，但表格属于{ReportFormatGuess.NameOf(format)}格式（以表格内容为准，可能沿用了旧格式）");
        return confidence - 0.07;
    }

    private static ReportFormatGuess Guess(ReportFormat? format, double confidence, bool tablesFound, List<string> reasons, List<string> matched) =>
        new(format, Math.Round(Math.Clamp(confidence, 0, 0.97), 2, MidpointRounding.AwayFromZero), tablesFound, reasons, matched);

    private static string Join(List<string> labels)
    {
        var shown = labels.Take(6).ToList();
        var text = string.Join("、", shown.Select(l => "“" + l + "”"));
        return labels.Count > shown.Count
            ? text + string.Create(CultureInfo.InvariantCulture, $"等{labels.Count}处")
            : text;
    }
}

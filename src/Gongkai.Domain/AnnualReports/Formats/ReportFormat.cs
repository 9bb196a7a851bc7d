using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 政府信息公开工作年度报告格式 — the national format a report is written in. Persisted in the database as the
/// member name (never renamed or renumbered); written to every JSON contract as its <see cref="ReportFormatExtensions"/>
/// name "2008" … "2021" (<see cref="ReportFormatJsonConverter"/>, which still reads the member names written before).
/// <para>
/// The format belongs to the report, not to its year: <see cref="ReportFormatExtensions.DefaultFor(int)"/> only
/// gives the format a report of that year <em>should</em> use. Real reports lag (螅镇 2022 still used the 2019
/// layout), so a report read back from publication carries the format detected from its tables.
/// </para>
/// </summary>
[JsonConverter(typeof(ReportFormatJsonConverter))]
public enum ReportFormat
{
    /// <summary>
    /// Report years 2008–2013: a narrative report whose six parts are those of 《中华人民共和国政府信息公开条例》
    /// (2007, 国务院令第492号) 第三十二条 — 主动公开; 依申请公开和不予公开; 收费及减免; 行政复议和行政诉讼;
    /// 主要问题及改进; 其他需要报告的事项. No national table existed; the figures the parts state are modelled as the
    /// pseudo-table <see cref="NarrativeFigures.TableId"/> ("正文").
    /// </summary>
    Format2008,

    /// <summary>
    /// Report years 2014–2018: the same six narrative parts plus the national 政府信息公开情况统计表 created by
    /// 《国务院办公厅关于加强和规范政府信息公开情况统计报送工作的通知》(国办发〔2014〕32号), table id
    /// <see cref="StatisticsTableRows.TableId"/> ("统计表").
    /// </summary>
    Format2014,

    /// <summary>
    /// Report years 2019–2020: 《中华人民共和国政府信息公开工作年度报告格式（试行）》(国办公开办函〔2019〕60号) under the
    /// 2019 Regulation (国务院令第711号) 第五十条 — table 二 with five sub-tables (第二十条第（一）（五）（六）（八）（九）项)
    /// and a signed 本年增/减 column; table 三 with a single （六）其他处理 row; table 四.
    /// </summary>
    Format2019,

    /// <summary>
    /// Report years 2021 onward: 《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号) — sections
    /// 一–六; table 二 with four sub-tables; table 三 with （六）其他处理 1–3; table 四.
    /// </summary>
    Format2021,
}

/// <summary>Which report years each <see cref="ReportFormat"/> was issued for.</summary>
public static class ReportFormatExtensions
{
    /// <summary>The first report year: the 2007 Regulation took effect on 2008-05-01, so 2008 is the first.</summary>
    public const int FirstReportYear = 2008;

    extension(ReportFormat)
    {
        /// <summary>
        /// The format a report for <paramref name="reportYear"/> should use: 2008–2013 → <see cref="ReportFormat.Format2008"/>,
        /// 2014–2018 → <see cref="ReportFormat.Format2014"/>, 2019–2020 → <see cref="ReportFormat.Format2019"/>,
        /// 2021 and later → <see cref="ReportFormat.Format2021"/> (until a newer format is issued and added here).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The year is before 2008, when no annual report existed.</exception>
        public static ReportFormat DefaultFor(int reportYear) => reportYear switch
        {
            < FirstReportYear => throw new ArgumentOutOfRangeException(
                nameof(reportYear), reportYear, "2008年以前没有政府信息公开工作年度报告（2007年条例自2008年5月1日起施行）。"),
            <= 2013 => ReportFormat.Format2008,
            <= 2018 => ReportFormat.Format2014,
            <= 2020 => ReportFormat.Format2019,
            _ => ReportFormat.Format2021,
        };

        /// <summary>
        /// Reads a format name: the contract name ("2021") or the member name written by earlier versions
        /// ("Format2021"), ignoring case and surrounding blanks. False for anything else.
        /// </summary>
        public static bool TryParseName(string? text, out ReportFormat format)
        {
            var name = text?.Trim() ?? "";
            if (name.StartsWith("Format", StringComparison.OrdinalIgnoreCase)) name = name["Format".Length..];
            foreach (var candidate in Enum.GetValues<ReportFormat>())
            {
                if (candidate.Name != name) continue;
                format = candidate;
                return true;
            }
            format = default;
            return false;
        }
    }

    extension(ReportFormat format)
    {
        /// <summary>
        /// The format's name in every JSON contract and in the HTML fragment: the first report year it was issued for,
        /// "2008", "2014", "2019", "2021" (the report JSON and the audit JSON spell it alike).
        /// </summary>
        public string Name => format switch
        {
            ReportFormat.Format2008 => "2008",
            ReportFormat.Format2014 => "2014",
            ReportFormat.Format2019 => "2019",
            ReportFormat.Format2021 => "2021",
        };

        /// <summary>The first report year the format was issued for.</summary>
        public int FirstYear => format switch
        {
            ReportFormat.Format2008 => 2008,
            ReportFormat.Format2014 => 2014,
            ReportFormat.Format2019 => 2019,
            ReportFormat.Format2021 => 2021,
        };

        /// <summary>The last report year the format was issued for; null while it is current.</summary>
        public int? LastYear => format switch
        {
            ReportFormat.Format2008 => 2013,
            ReportFormat.Format2014 => 2018,
            ReportFormat.Format2019 => 2020,
            ReportFormat.Format2021 => null,
        };

        /// <summary>
        /// Whether the format prescribes the tables 二、三、四 of the 2019 Regulation's formats (2019, 2021); the older
        /// formats are narratives (2008) or a narrative with the 2014 统计表.
        /// </summary>
        public bool HasPrescribedTables => format switch
        {
            ReportFormat.Format2008 or ReportFormat.Format2014 => false,
            ReportFormat.Format2019 or ReportFormat.Format2021 => true,
        };

        /// <summary>Whether the report is written as the six narrative parts of the 2007 Regulation's 第三十二条 (2008, 2014).</summary>
        public bool IsNarrative => !format.HasPrescribedTables;

        /// <summary>Whether the format counts requests in a table (2014 统计表 三; 2019 and 2021 表三); 2008 has none.</summary>
        public bool HasRequestTable => format switch
        {
            ReportFormat.Format2008 => false,
            ReportFormat.Format2014 or ReportFormat.Format2019 or ReportFormat.Format2021 => true,
        };
    }
}

namespace Gongkai.Domain.Audit;

/// <summary>
/// Table labels that tell the report layouts apart, in normalised form without spaces (so a label split over
/// two lines of a flattened table, "结转下年" / "度继续办理", is still found). Sources: formats-and-law §1–3.
/// </summary>
internal static class ReportFormatLabels
{
    /// <summary>Only in the 2021 format: table 二 (20(1), 20(5), 20(8)) and the three （六）其他处理 rows.</summary>
    internal static readonly string[] Only2021 =
    [
        "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
        "逾期不补正", "逾期未按收费通知要求缴纳费用", "不再处理其政府信息公开申请",
    ];

    /// <summary>Only in the 2019 (试行) format: table 二 with five sub-tables.</summary>
    internal static readonly string[] Only2019 =
    [
        "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
        "采购项目数量", "采购总金额", "其他对外管理服务事项",
    ];

    /// <summary>In both the 2019 and 2021 formats: tables 三 and 四 and the 20(x) titles.</summary>
    internal static readonly string[] Shared2019And2021 =
    [
        "本年新收政府信息公开申请数量", "结转政府信息公开申请数量", "本年度办理结果", "部分公开(区分处理的",
        "三安全一稳定", "属于三类内部事务信息", "属于四类过程性信息", "属于行政查询事项",
        "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确",
        "信访举报投诉类申请", "要求提供公开出版物", "无正当理由大量反复申请", "结转下年度继续办理",
        "未经复议直接起诉", "复议后起诉", "第二十条第(一)项", "第二十条第(五)项", "第二十条第(六)项",
        "申请人情况", "法人或其他组织", "社会公益组织", "法律服务机构", "尚未审结",
    ];

    /// <summary>The 《政府信息公开情况统计表》 of 2014–2018.</summary>
    internal static readonly string[] Table2014 =
    [
        "政府信息公开情况统计表", "统计指标", "主动公开政府信息数", "制发规范性文件总数",
        "政府公报公开政府信息数", "政府网站公开政府信息数", "政务微博公开政府信息数", "政务微信公开政府信息数",
        "回应公众关注热点或重大舆情数", "参加或举办新闻发布会总次数", "政府网站在线访谈次数", "政策解读稿件发布数",
        "微博微信回应事件数", "收到申请数", "当面申请数", "申请办结数", "按时办结数", "延期办结数", "申请答复数",
        "属于已主动公开范围数", "同意公开答复数", "同意部分公开答复数", "不同意公开答复数", "不属于本行政机关公开数",
        "申请信息不存在数", "告知作出更改补充数", "告知通过其他途径办理数", "行政复议数量", "维持具体行政行为数",
        "被依法纠错数", "行政诉讼数量", "举报投诉数量", "依申请公开信息收取的费用", "机构建设和保障经费情况",
        "政府信息公开工作专门机构数", "设置政府信息公开查阅点数", "从事政府信息公开工作人员数", "政府信息公开专项经费",
        "政府信息公开会议和培训情况", "举办各类培训班数", "接受培训人员数",
    ];

    /// <summary>Words narrative reports of the statistics-table era (2014–2018) use; weak evidence.</summary>
    internal static readonly string[] Narrative2014 =
    [
        "回应解读", "政策解读", "回应公众关注", "政务微博", "政务微信", "新闻发布会", "在线访谈", "主动公开规范性文件",
    ];

    /// <summary>Parts of the 2008 narrative template: 收费及减免情况, 复议、诉讼和申诉情况; weak evidence.</summary>
    internal static readonly string[] Narrative2008 = ["收费及减免", "申诉"];

    /// <summary>Normalised text of all lines with every whitespace removed.</summary>
    internal static string Compact(IEnumerable<ReportLine> lines)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            foreach (var c in line.Normalized)
            {
                if (!char.IsWhiteSpace(c))
                {
                    sb.Append(c);
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>The labels of <paramref name="labels"/> that occur in <paramref name="compact"/>.</summary>
    internal static List<string> Hits(string compact, string[] labels)
    {
        var hits = new List<string>();
        foreach (var label in labels)
        {
            if (compact.Contains(label, StringComparison.Ordinal))
            {
                hits.Add(label);
            }
        }

        return hits;
    }
}

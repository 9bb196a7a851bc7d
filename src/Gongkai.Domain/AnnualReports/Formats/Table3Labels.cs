namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// 收到和处理政府信息公开申请情况 — the labels of table 三 of the 2019 (国办公开办函〔2019〕60号) and 2021
/// (国办公开办函〔2021〕30号) formats, exactly as printed, with full-width punctuation. The two formats differ only in
/// （六）其他处理: one row in 2019, three sub-rows in 2021.
/// <para>
/// Sources (docs: formats-and-law.md §1.5, §2.2): every row [V+] on government pages, except the 2021 sub-rows of
/// （六）其他处理, which are [C] (identical in four independent public repositories, not yet seen on a government page),
/// and （七）总计 / 四、结转下年度继续办理, seen on 2019-layout government pages only.
/// </para>
/// </summary>
public static class Table3Labels
{
    /// <summary>The table id.</summary>
    public const string TableId = "三";

    /// <summary>The section heading the table is printed under.</summary>
    public const string Title = "三、收到和处理政府信息公开申请情况";

    /// <summary>The note in the top-left header cell: the one consistency rule the form itself states.</summary>
    public const string Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>申请人情况 — the header spanning the seven columns.</summary>
    public const string ApplicantGroup = "申请人情况";

    /// <summary>自然人 — natural person.</summary>
    public const string NaturalPerson = "自然人";

    /// <summary>法人或其他组织 — legal person or other organisation (spans five columns).</summary>
    public const string LegalPersonOrOrganisation = "法人或其他组织";

    /// <summary>商业企业 — commercial enterprise.</summary>
    public const string CommercialEnterprise = "商业企业";

    /// <summary>科研机构 — research institution.</summary>
    public const string ResearchInstitution = "科研机构";

    /// <summary>社会公益组织 — social / public-welfare organisation.</summary>
    public const string PublicWelfareOrganisation = "社会公益组织";

    /// <summary>法律服务机构 — legal-services institution.</summary>
    public const string LegalServiceInstitution = "法律服务机构";

    /// <summary>其他 — other organisation.</summary>
    public const string OtherOrganisation = "其他";

    /// <summary>总计 — the total column (and, with its number, the total row “（七）总计”).</summary>
    public const string Total = "总计";

    /// <summary>一、本年新收政府信息公开申请数量 — requests received this year.</summary>
    public const string NewRequests = "一、本年新收政府信息公开申请数量";

    /// <summary>二、上年结转政府信息公开申请数量 — requests carried over from last year.</summary>
    public const string CarriedOver = "二、上年结转政府信息公开申请数量";

    /// <summary>三、本年度办理结果 — this year's outcomes (merged parent of the outcome rows).</summary>
    public const string Outcomes = "三、本年度办理结果";

    /// <summary>（一）予以公开 — disclosed.</summary>
    public const string Disclosed = "（一）予以公开";

    /// <summary>（二）部分公开 — partly disclosed; a split request is counted here only.</summary>
    public const string PartiallyDisclosed = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";

    /// <summary>（三）不予公开 — withheld (条例 第十四–十六条).</summary>
    public const string Withheld = "（三）不予公开";

    /// <summary>（四）无法提供 — cannot be provided.</summary>
    public const string UnableToProvide = "（四）无法提供";

    /// <summary>（五）不予处理 — not handled.</summary>
    public const string NotProcessed = "（五）不予处理";

    /// <summary>（六）其他处理 — other handling.</summary>
    public const string OtherHandling = "（六）其他处理";

    /// <summary>（七）总计 — total of the outcomes.</summary>
    public const string OutcomeTotal = "（七）总计";

    /// <summary>四、结转下年度继续办理 — carried into next year.</summary>
    public const string CarriedForward = "四、结转下年度继续办理";

    /// <summary>The eight grounds under （三）不予公开, in printed order.</summary>
    public static IReadOnlyList<string> WithheldGrounds { get; } =
    [
        "1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        "4.保护第三方合法权益",
        "5.属于三类内部事务信息",
        "6.属于四类过程性信息",
        "7.属于行政执法案卷",
        "8.属于行政查询事项",
    ];

    /// <summary>The three grounds under （四）无法提供.</summary>
    public static IReadOnlyList<string> UnableToProvideGrounds { get; } =
    [
        "1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确",
    ];

    /// <summary>The five grounds under （五）不予处理.</summary>
    public static IReadOnlyList<string> NotProcessedGrounds { get; } =
    [
        "1.信访举报投诉类申请",
        "2.重复申请",
        "3.要求提供公开出版物",
        "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
    ];

    /// <summary>The three sub-rows of （六）其他处理 in the 2021 format ([C], see the type remarks).</summary>
    public static IReadOnlyList<string> OtherHandlingGrounds2021 { get; } =
    [
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
    ];

    /// <summary>The seven column paths, left to right; the last is the total column.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Columns { get; } =
    [
        [ApplicantGroup, NaturalPerson],
        [ApplicantGroup, LegalPersonOrOrganisation, CommercialEnterprise],
        [ApplicantGroup, LegalPersonOrOrganisation, ResearchInstitution],
        [ApplicantGroup, LegalPersonOrOrganisation, PublicWelfareOrganisation],
        [ApplicantGroup, LegalPersonOrOrganisation, LegalServiceInstitution],
        [ApplicantGroup, LegalPersonOrOrganisation, OtherOrganisation],
        [ApplicantGroup, Total],
    ];

    /// <summary>The six applicant columns whose sum is the total column.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ApplicantColumns { get; } = Columns.Take(6).ToArray();

    /// <summary>The total column.</summary>
    public static IReadOnlyList<string> TotalColumn { get; } = Columns[6];

    /// <summary>Row 一.</summary>
    public static IReadOnlyList<string> NewRequestsRow { get; } = [NewRequests];

    /// <summary>Row 二.</summary>
    public static IReadOnlyList<string> CarriedOverRow { get; } = [CarriedOver];

    /// <summary>Row （七）总计.</summary>
    public static IReadOnlyList<string> OutcomeTotalRow { get; } = [Outcomes, OutcomeTotal];

    /// <summary>Row 四.</summary>
    public static IReadOnlyList<string> CarriedForwardRow { get; } = [CarriedForward];

    /// <summary>The 23 (2019) or 25 (2021) data rows in printed order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(ReportFormat format)
    {
        IEnumerable<IReadOnlyList<string>> otherHandling = format switch
        {
            ReportFormat.Format2019 => [[Outcomes, OtherHandling]],
            ReportFormat.Format2021 => OtherHandlingGrounds2021.Select(g => (IReadOnlyList<string>)[Outcomes, OtherHandling, g]),
            ReportFormat.Format2008 or ReportFormat.Format2014 => throw new ArgumentOutOfRangeException(nameof(format), format, "表三只存在于2019和2021格式。"),
        };

        return
        [
            NewRequestsRow,
            CarriedOverRow,
            [Outcomes, Disclosed],
            [Outcomes, PartiallyDisclosed],
            .. WithheldGrounds.Select(g => (IReadOnlyList<string>)[Outcomes, Withheld, g]),
            .. UnableToProvideGrounds.Select(g => (IReadOnlyList<string>)[Outcomes, UnableToProvide, g]),
            .. NotProcessedGrounds.Select(g => (IReadOnlyList<string>)[Outcomes, NotProcessed, g]),
            .. otherHandling,
            OutcomeTotalRow,
            CarriedForwardRow,
        ];
    }

    /// <summary>The outcome rows whose sum is （七）总计: every row under 三、本年度办理结果 except the total itself.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> OutcomeRows(ReportFormat format) =>
        Rows(format).Where(r => r.Count > 1 && r[0] == Outcomes && r[^1] != OutcomeTotal).ToArray();

    /// <summary>Whether <paramref name="format"/> has this table (2019 and 2021).</summary>
    public static bool IsIn(ReportFormat format) => format.HasPrescribedTables;

    /// <summary>A column's name for messages: its path below 申请人情况, e.g. "法人或其他组织›商业企业".</summary>
    public static string NameOf(IReadOnlyList<string> column) => string.Join('›', column.Skip(1));

    /// <summary>The address of a cell of table 三.</summary>
    public static CellAddress At(IReadOnlyList<string> row, IReadOnlyList<string> column) => new(TableId, row, column);

    internal static ReportTable Build(ReportFormat format) =>
        new(TableId, Title,
            from row in Rows(format)
            from column in Columns
            select new CellDefinition(new CellAddress(TableId, row, column), CellValueKind.Count),
            Note);
}

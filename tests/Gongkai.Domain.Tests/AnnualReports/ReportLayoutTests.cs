using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class ReportLayoutTests
{
    private static readonly ReportLayout Layout2021 = ReportLayout.For(ReportFormat.Format2021);
    private static readonly ReportLayout Layout2019 = ReportLayout.For(ReportFormat.Format2019);
    private static readonly ReportLayout Layout2014 = ReportLayout.For(ReportFormat.Format2014);
    private static readonly ReportLayout Layout2008 = ReportLayout.For(ReportFormat.Format2008);

    [Fact]
    public void Table3_2021_Has25RowsBy7ColumnsIs175Cells()
    {
        var table = Layout2021.Table("三");
        Assert.Equal(25, table.Rows.Count);
        Assert.Equal(7, table.Columns.Count);
        Assert.Equal(175, table.Cells.Count);
    }

    [Fact]
    public void Table3_2019_Has23RowsBy7Columns()
    {
        var table = Layout2019.Table("三");
        Assert.Equal(23, table.Rows.Count);
        Assert.Equal(161, table.Cells.Count);
        Assert.Contains(table.Rows, r => r.SequenceEqual(["三、本年度办理结果", "（六）其他处理"]));
    }

    [Fact]
    public void Table2_2021_Has10NumericCells() => Assert.Equal(10, Layout2021.Table("二").Cells.Count);

    [Fact]
    public void Table2_2019_Has22NumericCells() => Assert.Equal(22, Layout2019.Table("二").Cells.Count);

    [Theory]
    [InlineData(ReportFormat.Format2019)]
    [InlineData(ReportFormat.Format2021)]
    public void Table4_Has15CellsInOneUnlabelledRow(ReportFormat format)
    {
        var table = ReportLayout.For(format).Table("四");
        Assert.Equal(15, table.Cells.Count);
        Assert.All(table.Cells, c => Assert.Empty(c.RowPath));
    }

    [Fact]
    public void StatisticsTable_2014_Has58RowsInOneColumn()
    {
        var table = Layout2014.Table("统计表");
        Assert.Equal(58, table.Cells.Count);
        Assert.All(table.Cells, c => Assert.Equal(["统计数"], c.ColumnPath));
    }

    [Fact]
    public void Tables_PerFormat_AreAsDocumented()
    {
        Assert.Equal(["正文"], Layout2008.Tables.Select(t => t.Id));
        Assert.Equal(["统计表", "正文"], Layout2014.Tables.Select(t => t.Id));
        Assert.Equal(["二", "三", "四"], Layout2019.Tables.Select(t => t.Id));
        Assert.Equal(["二", "三", "四"], Layout2021.Tables.Select(t => t.Id));
    }

    [Fact]
    public void Sections_2021_AreTheSixHeadings() =>
        Assert.Equal(
            ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
            Layout2021.Sections.Select(s => s.Heading));

    [Fact]
    public void Sections_2008_AreTheSixPartsOfArticle32() =>
        Assert.Equal(
            ["（一）行政机关主动公开政府信息的情况", "（二）行政机关依申请公开政府信息和不予公开政府信息的情况", "（三）政府信息公开的收费及减免情况",
             "（四）因政府信息公开申请行政复议、提起行政诉讼的情况", "（五）政府信息公开工作存在的主要问题及改进情况", "（六）其他需要报告的事项"],
            Layout2008.Sections.Select(s => s.Heading));

    // Labels exactly as in formats-and-law.md §1.5 (full-width, curly quotes)
    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量")]
    [InlineData("二、上年结转政府信息公开申请数量")]
    [InlineData("三、本年度办理结果", "（一）予以公开")]
    [InlineData("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")]
    [InlineData("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密")]
    [InlineData("三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开")]
    [InlineData("三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”")]
    [InlineData("三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益")]
    [InlineData("三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息")]
    [InlineData("三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息")]
    [InlineData("三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷")]
    [InlineData("三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项")]
    [InlineData("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息")]
    [InlineData("三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作")]
    [InlineData("三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确")]
    [InlineData("三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请")]
    [InlineData("三、本年度办理结果", "（五）不予处理", "2.重复申请")]
    [InlineData("三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物")]
    [InlineData("三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请")]
    [InlineData("三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息")]
    [InlineData("三、本年度办理结果", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")]
    [InlineData("三、本年度办理结果", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")]
    [InlineData("三、本年度办理结果", "（六）其他处理", "3.其他")]
    [InlineData("三、本年度办理结果", "（七）总计")]
    [InlineData("四、结转下年度继续办理")]
    public void Table3_2021_RowIsPrintedExactly(params string[] row) =>
        Assert.Contains(Layout2021.Table("三").Rows, r => r.SequenceEqual(row, StringComparer.Ordinal));

    [Fact]
    public void Table3_Columns_ArePrintedExactly() =>
        Assert.Equal(
            [
                "申请人情况›自然人", "申请人情况›法人或其他组织›商业企业", "申请人情况›法人或其他组织›科研机构",
                "申请人情况›法人或其他组织›社会公益组织", "申请人情况›法人或其他组织›法律服务机构", "申请人情况›法人或其他组织›其他", "申请人情况›总计",
            ],
            Layout2021.Table("三").Columns.Select(c => string.Join('›', c)));

    [Fact]
    public void Table3_Note_IsTheStatedRule() =>
        Assert.Equal("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", Layout2021.Table("三").Note);

    [Fact]
    public void Table2_2021_CellsArePrintedExactly() =>
        Assert.Equal(
            [
                "第二十条第（一）项›规章|本年制发件数", "第二十条第（一）项›规章|本年废止件数", "第二十条第（一）项›规章|现行有效件数",
                "第二十条第（一）项›行政规范性文件|本年制发件数", "第二十条第（一）项›行政规范性文件|本年废止件数", "第二十条第（一）项›行政规范性文件|现行有效件数",
                "第二十条第（五）项›行政许可|本年处理决定数量",
                "第二十条第（六）项›行政处罚|本年处理决定数量", "第二十条第（六）项›行政强制|本年处理决定数量",
                "第二十条第（八）项›行政事业性收费|本年收费金额（单位：万元）",
            ],
            Layout2021.Table("二").Cells.Select(c => string.Join('›', c.RowPath) + "|" + string.Join('›', c.ColumnPath)));

    [Fact]
    public void Table2_2019_CellsArePrintedExactly() =>
        Assert.Equal(
            [
                "第二十条第（一）项›规章|本年新制作数量", "第二十条第（一）项›规章|本年新公开数量", "第二十条第（一）项›规章|对外公开总数量",
                "第二十条第（一）项›规范性文件|本年新制作数量", "第二十条第（一）项›规范性文件|本年新公开数量", "第二十条第（一）项›规范性文件|对外公开总数量",
                "第二十条第（五）项›行政许可|上一年项目数量", "第二十条第（五）项›行政许可|本年增/减", "第二十条第（五）项›行政许可|处理决定数量",
                "第二十条第（五）项›其他对外管理服务事项|上一年项目数量", "第二十条第（五）项›其他对外管理服务事项|本年增/减", "第二十条第（五）项›其他对外管理服务事项|处理决定数量",
                "第二十条第（六）项›行政处罚|上一年项目数量", "第二十条第（六）项›行政处罚|本年增/减", "第二十条第（六）项›行政处罚|处理决定数量",
                "第二十条第（六）项›行政强制|上一年项目数量", "第二十条第（六）项›行政强制|本年增/减", "第二十条第（六）项›行政强制|处理决定数量",
                "第二十条第（八）项›行政事业性收费|上一年项目数量", "第二十条第（八）项›行政事业性收费|本年增/减",
                "第二十条第（九）项›政府集中采购|采购项目数量", "第二十条第（九）项›政府集中采购|采购总金额",
            ],
            Layout2019.Table("二").Cells.Select(c => string.Join('›', c.RowPath) + "|" + string.Join('›', c.ColumnPath)));

    [Fact]
    public void Table2_2019_ItemChangeIsSigned_AmountsMayBeFractional()
    {
        var table = Layout2019.Table("二");
        Assert.All(table.Cells.Where(c => c.ColumnPath[^1] == "本年增/减"), c => Assert.Equal(CellValueKind.SignedCount, c.Kind));
        Assert.Equal(CellValueKind.Amount, table.Get(["第二十条第（九）项", "政府集中采购"], ["采购总金额"]).Kind);
        Assert.Equal(CellValueKind.Amount, Layout2021.Table("二").Get(["第二十条第（八）项", "行政事业性收费"], ["本年收费金额（单位：万元）"]).Kind);
    }

    [Fact]
    public void Table4_Columns_ArePrintedExactly() =>
        Assert.Equal(
            [
                "行政复议›结果维持", "行政复议›结果纠正", "行政复议›其他结果", "行政复议›尚未审结", "行政复议›总计",
                "行政诉讼›未经复议直接起诉›结果维持", "行政诉讼›未经复议直接起诉›结果纠正", "行政诉讼›未经复议直接起诉›其他结果", "行政诉讼›未经复议直接起诉›尚未审结", "行政诉讼›未经复议直接起诉›总计",
                "行政诉讼›复议后起诉›结果维持", "行政诉讼›复议后起诉›结果纠正", "行政诉讼›复议后起诉›其他结果", "行政诉讼›复议后起诉›尚未审结", "行政诉讼›复议后起诉›总计",
            ],
            Layout2021.Table("四").Columns.Select(c => string.Join('›', c)));

    [Fact]
    public void StatisticsTable_Rows_AreTheSeedWordingInFullWidth()
    {
        var leaves = Layout2014.Table("统计表").Rows.Select(r => r[^1]).ToArray();
        Assert.Equal("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", leaves[0]);
        Assert.Equal("其中：主动公开规范性文件数", leaves[1]);
        Assert.Equal("制发规范性文件总数", leaves[2]);
        Assert.Contains("其中：涉及国家秘密", leaves);
        Assert.Contains("危及国家安全、公共安全、经济安全和社会稳定", leaves);
        Assert.Contains("不是《条例》所指政府信息", leaves);
        Assert.Contains("（一）维持具体行政行为或者驳回原告诉讼请求数", leaves);
        Assert.Contains("1.专职人员数（不包括政府公报及政府网站工作人员数）", leaves);
        Assert.Contains("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", leaves);
        Assert.Equal("（三）接受培训人员数", leaves[^1]);
    }

    [Fact]
    public void StatisticsTable_Units_AreThoseThePrintedTableStates()
    {
        var table = Layout2014.Table("统计表");
        var units = table.Cells.Where(c => c.Unit is not null).ToDictionary(c => c.RowPath[^1], c => c.Unit);
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）"] = "条",
                ["其中：主动公开规范性文件数"] = "条",
                ["制发规范性文件总数"] = "件",
                ["七、依申请公开信息收取的费用"] = "万元",
                ["（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）"] = "万元",
                ["（三）接受培训人员数"] = "人次",
            },
            units);
    }

    [Fact]
    public void Labels_EveryFormat_UseFullWidthPunctuation()
    {
        var labels = Enum.GetValues<ReportFormat>()
            .Select(ReportLayout.For)
            .SelectMany(l => l.Cells)
            .SelectMany(c => c.RowPath.Concat(c.ColumnPath));
        Assert.All(labels, label => Assert.DoesNotContain(label, ch => ch is '(' or ')' or ':' or ',' or ';' or '"'));
    }

    [Fact]
    public void Find_HalfWidthLabels_ResolvesToTheOfficialCell()
    {
        var cell = Layout2021.Find("三", ["三、本年度办理结果", "(三)不予公开", "3.危及\"三安全一稳定\""], ["申请人情况", "法人或其他组织", "商业 企业"]);
        Assert.NotNull(cell);
        Assert.Equal(["三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"], cell.RowPath);
        Assert.Equal(["申请人情况", "法人或其他组织", "商业企业"], cell.ColumnPath);
    }

    [Fact]
    public void Find_UnknownCell_IsNull_AndGetThrows()
    {
        Assert.Null(Layout2021.Find("三", ["三、本年度办理结果", "（六）其他处理"], Table3Labels.TotalColumn));
        Assert.Throws<RuleViolationException>(() => Layout2021.Get("二", ["第二十条第（九）项", "政府集中采购"], ["采购项目数量"]));
    }

    [Fact]
    public void NarrativeFigures_EveryCounterpartIsInTheStatisticsTable()
    {
        var table = Layout2014.Table("统计表");
        Assert.All(NarrativeFigures.StatisticsCounterparts, pair => Assert.NotNull(table.Find(pair.StatisticsRow, StatisticsTableRows.Column)));
    }
}

using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>Layout detection on small synthetic reports: content first, year second.</summary>
public sealed class ReportFormatDetectorTests
{
    private const string Table3Shared = """
        三、收到和处理政府信息公开申请情况
        申请人情况
        自然人
        法人或其他组织
        一、本年新收政府信息公开申请数量
        二、上年结转政府信息公开申请数量
        三、本年度办理结果
        (三)不予公开
        3.危及“三安全一稳定”
        5.属于三类内部事务信息
        (四)无法提供
        1.本机关不掌握相关政府信息
        四、结转下年度继续办理
        四、政府信息公开行政复议、行政诉讼情况
        未经复议直接起诉
        复议后起诉
        """;

    private const string Table2Of2021 = """
        二、主动公开政府信息情况
        第二十条第（一）项
        信息内容	本年制发件数	本年废止件数	现行有效件数
        规章	0	0	0
        第二十条第（五）项
        信息内容	本年处理决定数量
        (六)其他处理
        1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
        """;

    private const string Table2Of2019 = """
        二、主动公开政府信息情况
        第二十条第(一)项
        信息内容	本年新制作数量	本年新公开数量	对外公开总数量
        第二十条第(五)项
        信息内容	上一年项目数量	本年增/减	处理决定数量
        (六)其他处理	0
        """;

    [Fact]
    public void Detect_2021Tables_Is2021()
    {
        var guess = Detect(Table2Of2021 + "\n" + Table3Shared, 2022);

        Assert.Equal(ReportFormat.Format2021, guess.Format);
        Assert.Equal("2021", guess.FormatName);
        Assert.True(guess.TablesFound);
        Assert.True(guess.Confidence >= 0.9);
    }

    [Fact]
    public void Detect_2022ReportIn2019Layout_Is2019WithTheMismatchExplained()
    {
        var guess = Detect(Table2Of2019 + "\n" + Table3Shared, 2022);

        Assert.Equal(ReportFormat.Format2019, guess.Format);
        Assert.InRange(guess.Confidence, 0.75, 0.92);
        Assert.Contains(guess.Reasons, r => r.Contains("2022", StringComparison.Ordinal) && r.Contains("以表格内容为准", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_2019LayoutIn2019_IsMoreCertainThanIn2022()
    {
        var inTime = Detect(Table2Of2019 + "\n" + Table3Shared, 2019);
        var late = Detect(Table2Of2019 + "\n" + Table3Shared, 2022);

        Assert.True(inTime.Confidence > late.Confidence);
    }

    [Fact]
    public void Detect_OnlySharedTables_FallsBackOnYear()
    {
        Assert.Equal(ReportFormat.Format2021, Detect(Table3Shared, 2023).Format);
        Assert.Equal(ReportFormat.Format2019, Detect(Table3Shared, 2020).Format);
        Assert.True(Detect(Table3Shared, 2023).Confidence < 0.8);
    }

    [Fact]
    public void Detect_NarrativeOf2010_Is2008()
    {
        var guess = Detect("一、概述\n二、主动公开政府信息情况\n四、政府信息公开的收费及减免情况\n五、复议、诉讼和申诉情况", 2010);

        Assert.Equal(ReportFormat.Format2008, guess.Format);
        Assert.False(guess.TablesFound);
        Assert.True(guess.Confidence >= 0.8);
    }

    [Fact]
    public void Detect_NarrativeOf2020WithoutTables_GuessesByYearWithLowConfidence()
    {
        var guess = Detect("一、总体情况\n二、主动公开政府信息情况\n五、存在的主要问题及改进情况", 2020);

        Assert.Equal(ReportFormat.Format2019, guess.Format);
        Assert.False(guess.TablesFound);
        Assert.True(guess.Confidence < 0.5);
    }

    [Fact]
    public void Detect_NoYearNoTables_IsUnknown()
    {
        var guess = Detect("一、概述\n二、其他", null);

        Assert.Null(guess.Format);
        Assert.Equal(0, guess.Confidence);
    }

    [Fact]
    public void Detect_FullWidthAndSpacedLabels_AreStillRecognised()
    {
        var guess = Detect("本 年 制 发 件 数\n本年废止件数\n现行有效件数\n（六）其他处理", 2021);

        Assert.Equal(ReportFormat.Format2021, guess.Format);
    }

    private static ReportFormatGuess Detect(string body, int? year) =>
        ReportFormatDetector.Detect(ReportText.FromPlainText(body), year);
}

using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

public sealed class DocumentSectionFinderTests
{
    [Fact]
    public void Find_2021Report_FindsSixPartsWithTopics()
    {
        var text = ReportText.FromPlainText("""
            XX区2022年政府信息公开工作年度报告
            一、总体情况
            本年度……
            二、主动公开政府信息情况
            见下表。
            三、收到和处理政府信息公开申请情况
            见下表。
            四、政府信息公开行政复议、行政诉讼情况
            见下表。
            五、存在的主要问题及改进情况
            问题是……
            六、其他需要报告的事项
            本年度未收取信息处理费。
            """);

        var sections = DocumentSectionFinder.Find(text);

        Assert.Equal(
            new[]
            {
                SectionTopic.Overview, SectionTopic.ProactiveDisclosure, SectionTopic.RequestsHandling,
                SectionTopic.ReconsiderationAndLitigation, SectionTopic.ProblemsAndImprovements, SectionTopic.OtherMatters,
            },
            sections.Select(s => s.Topic));
        Assert.Equal("四", sections[3].Numeral);
        Assert.Equal(8, sections[3].HeadingLine);
        Assert.Equal(9, sections[3].LastLine);
    }

    [Fact]
    public void Find_MissingPart_LeavesAGap()
    {
        var text = ReportText.FromPlainText("""
            一、总体情况
            内容。
            二、主动公开政府信息情况
            内容。
            三、收到和处理政府信息公开申请情况
            内容。
            四、政府信息公开行政复议、行政诉讼情况
            内容。
            六、其他需要报告的事项
            内容。
            """);

        var sections = DocumentSectionFinder.Find(text);

        Assert.Equal(new[] { 1, 2, 3, 4, 6 }, sections.Select(s => s.Number));
    }

    [Theory]
    [InlineData("五、存在的主要问题及改进情况\n六、其他需要报告的事项", SectionContent.Empty)]
    [InlineData("五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项", SectionContent.NoneStated)]
    [InlineData("五、存在的主要问题及改进情况:暂无\n六、其他需要报告的事项", SectionContent.NoneStated)]
    [InlineData("五、存在的主要问题及改进情况\n一是人员不足。\n六、其他需要报告的事项", SectionContent.Text)]
    public void Find_PartFive_ReportsWhetherItSaysAnything(string body, SectionContent expected)
    {
        var text = ReportText.FromPlainText("一、总体情况\n概述。\n二、主动公开\n内容。\n三、依申请公开\n内容。\n四、行政复议、行政诉讼\n内容。\n" + body + "\n本年度无。");

        var five = DocumentSectionFinder.Find(text).Single(s => s.Number == 5);

        Assert.Equal(expected, five.Content);
        Assert.Equal(expected != SectionContent.Text, five.IsEmpty);
    }

    [Fact]
    public void Find_FlattenedStatisticsTable_RowsAreNotParts()
    {
        var text = ReportText.FromPlainText("""
            一、概述
            内容。
            二、存在的主要问题
            内容。
            政府信息公开情况统计表
            统计指标
            一、主动公开情况
            (一)主动公开政府信息数
            66045
            其中:主动公开规范性文件数
            3145
            二、回应解读情况
            (一)回应公众关注热点或重大舆情数
            1581
            三、依申请公开情况
            (一)收到申请数
            48
            1.当面申请数
            6
            """);

        var sections = DocumentSectionFinder.Find(text);

        Assert.Equal(2, sections.Count);
        Assert.Equal(4, sections[1].LastLine);
    }

    [Fact]
    public void Find_RealTableRows_AreNeverParts()
    {
        var table = new DocumentTableBuilder();
        table.StartRow();
        table.AddCell("一、本年新收政府信息公开申请数量");
        table.AddCell("0");
        var builder = new ReportTextBuilder("t", ReportSourceKind.Html);
        builder.AddLine("一、总体情况");
        builder.AddLine("二、主动公开政府信息情况");
        builder.AddLine("三、收到和处理政府信息公开申请情况");
        builder.AddTable(table);
        builder.AddLine("四、政府信息公开行政复议、行政诉讼情况");

        var sections = DocumentSectionFinder.Find(builder.Build());

        Assert.Equal(new[] { 1, 2, 3, 4 }, sections.Select(s => s.Number));
        Assert.Equal(1, sections[2].TableCount);
    }

    [Theory]
    [InlineData("一是部门领导重视不够", false)]
    [InlineData("十九大以来", false)]
    [InlineData("第三部分 依申请公开情况", true)]
    [InlineData("三.依申请公开情况", true)]
    [InlineData("三、依申请公开情况", true)]
    public void Find_HeadingShapes_AreRecognisedOnlyWithASeparator(string line, bool isHeading)
    {
        var text = ReportText.FromPlainText("一、概述\n内容。\n二、主动公开情况\n内容。\n" + line + "\n内容。");

        var sections = DocumentSectionFinder.Find(text);

        Assert.Equal(isHeading ? 3 : 2, sections.Count);
    }
}

using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

public sealed class FigureParserTests
{
    [Theory]
    [InlineData("48", 48, FigureUnit.None)]
    [InlineData("48件", 48, FigureUnit.Jian)]
    [InlineData(" 48 件 ", 48, FigureUnit.Jian)]
    [InlineData("2.46万件", 24600, FigureUnit.Jian)]
    [InlineData("1,234", 1234, FigureUnit.None)]
    [InlineData("１，２３４", 1234, FigureUnit.None)]
    [InlineData("４８", 48, FigureUnit.None)]
    [InlineData("二件", 2, FigureUnit.Jian)]
    [InlineData("十二", 12, FigureUnit.None)]
    [InlineData("两", 2, FigureUnit.None)]
    [InlineData("12.5%", 12.5, FigureUnit.Percent)]
    [InlineData("12.5％", 12.5, FigureUnit.Percent)]
    [InlineData("0", 0, FigureUnit.None)]
    [InlineData("-8", -8, FigureUnit.None)]
    [InlineData("1126人次", 1126, FigureUnit.RenCi)]
    [InlineData("22场次", 22, FigureUnit.Chang)]
    [InlineData("3条", 3, FigureUnit.Tiao)]
    [InlineData("5次", 5, FigureUnit.Ci)]
    [InlineData("172人", 172, FigureUnit.Ren)]
    [InlineData("50个", 50, FigureUnit.Ge)]
    [InlineData("2202万元", 2202, FigureUnit.WanYuan)]
    [InlineData("251000元", 251000, FigureUnit.Yuan)]
    [InlineData("44万元", 44, FigureUnit.WanYuan)]
    [InlineData("三例", 3, FigureUnit.Li)]
    [InlineData("共48件", 48, FigureUnit.Jian)]
    public void Parse_WrittenNumber_ReturnsValueAndUnit(string text, double value, FigureUnit unit)
    {
        var figure = FigureParser.Parse(text);

        Assert.Equal(FigureKind.Number, figure.Kind);
        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("", FigureKind.Blank)]
    [InlineData("   ", FigureKind.Blank)]
    [InlineData(null, FigureKind.Blank)]
    [InlineData("/", FigureKind.Slash)]
    [InlineData("／", FigureKind.Slash)]
    [InlineData("—", FigureKind.Dash)]
    [InlineData("——", FigureKind.Dash)]
    [InlineData("-", FigureKind.Dash)]
    [InlineData("－", FigureKind.Dash)]
    [InlineData("无", FigureKind.NoneWord)]
    [InlineData("暂无", FigureKind.NoneWord)]
    [InlineData("見附件", FigureKind.Text)]
    [InlineData("48件（含转办）", FigureKind.Text)]
    public void Parse_MarkerOrText_RecordsWhatWasWritten(string? text, FigureKind kind)
    {
        var figure = FigureParser.Parse(text);

        Assert.Equal(kind, figure.Kind);
    }

    [Fact]
    public void Parse_BlankSlashDashNone_KeepTheirDistinction()
    {
        Assert.False(FigureParser.Parse("").IsFilled);
        Assert.Null(FigureParser.Parse("").Value);
        Assert.True(FigureParser.Parse("/").IsExplicitlyEmpty);
        Assert.Null(FigureParser.Parse("—").Value);
        Assert.Equal(0m, FigureParser.Parse("无").Value);
        Assert.Equal(0m, FigureParser.Parse("0").Value);
        Assert.NotEqual(FigureParser.Parse("0").Kind, FigureParser.Parse("无").Kind);
    }

    [Theory]
    [InlineData("9616余条", 9616, FigureUnit.Tiao)]
    [InlineData("30多条", 30, FigureUnit.Tiao)]
    [InlineData("约48件", 48, FigureUnit.Jian)]
    [InlineData("100件左右", 100, FigureUnit.Jian)]
    public void Parse_Approximation_IsMarked(string text, double value, FigureUnit unit)
    {
        var figure = FigureParser.Parse(text);

        Assert.True(figure.IsApproximate);
        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Parse_Figure_SpanCoversExactText()
    {
        const string cell = "  2.46万件 ";

        var figure = FigureParser.Parse(cell);

        Assert.Equal("2.46万件", figure.Span.Slice(cell));
        Assert.Equal("2.46万件", figure.Text);
        Assert.Equal("件", figure.UnitText);
    }

    [Fact]
    public void Parse_Money_ConvertsToYuan()
    {
        Assert.Equal(22_020_000m, FigureParser.Parse("2202万元").ValueInYuan);
        Assert.Equal(251_000m, FigureParser.Parse("251000元").ValueInYuan);
        Assert.Null(FigureParser.Parse("48件").ValueInYuan);
    }

    [Fact]
    public void FindAll_NarrativeSentence_FindsCountsAndPercentages()
    {
        const string text = "全市共收到政府信息公开申请48件，当面申请6件、占12.5%，信函申请42件、占87.5%。";

        var figures = FigureParser.FindAll(text);

        Assert.Equal(new[] { "48件", "6件", "12.5%", "42件", "87.5%" }, figures.Select(f => f.Text));
        Assert.All(figures, f => Assert.Equal(f.Text, f.Span.Slice(text)));
    }

    [Fact]
    public void FindAll_ChineseCounts_NeedACounterAfterThem()
    {
        const string text = "2017年因政府信息公开申请发生的行政复议三例，其中二例已维持，一是加强领导，十九大精神。";

        var figures = FigureParser.FindAll(text);

        Assert.Equal(new[] { 3m, 2m }, figures.Select(f => f.Value!.Value));
        Assert.All(figures, f => Assert.Equal(FigureUnit.Li, f.Unit));
    }

    [Fact]
    public void FindAll_DatesPhonesOrdinalsAndAddresses_AreSkipped()
    {
        const string text = "2018-03-30 09:00 电话:0971-8222155 第7次常务会议 自2017年1月1日 www.xjbl.gov.cn 邮编:833400 111.jpg 1.政府公报";

        var figures = FigureParser.FindAll(text);

        Assert.Empty(figures);
    }

    [Fact]
    public void FindAll_WanMultiplierAndApproximation_AreRead()
    {
        var figures = FigureParser.FindAll("接待群众近4万人次，办理3.8万件，信息9616余条");

        Assert.Equal(new[] { 40000m, 38000m, 9616m }, figures.Select(f => f.Value!.Value));
        Assert.True(figures[0].IsApproximate);
        Assert.False(figures[1].IsApproximate);
        Assert.True(figures[2].IsApproximate);
    }
}

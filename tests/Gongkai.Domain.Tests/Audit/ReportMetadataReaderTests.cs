using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Domain.Tests.Audit;

/// <summary>Metadata on synthetic variants of how reports name themselves, beyond the five seeds.</summary>
public sealed class ReportMetadataReaderTests
{
    [Theory]
    [InlineData("西宁市2017年政府信息公开工作年度报告", "西宁市", 2017)]
    [InlineData("白云鄂博矿区人民政府 2019年政府信息公开工作年度报告", "白云鄂博矿区人民政府", 2019)]
    [InlineData("2019年度北京市海淀区人民政府政府信息公开工作年度报告", "北京市海淀区人民政府", 2019)]
    [InlineData("北京市统计局关于2020年政府信息公开工作年度报告", "北京市统计局", 2020)]
    [InlineData("湖北省人民政府办公厅2018年政府信息公开年报", "湖北省人民政府办公厅", 2018)]
    [InlineData("ＸＸ县２０２１年度政府信息公开工作年度报告", "XX县", 2021)]
    [InlineData("二〇一七年度某某县人民政府政府信息公开工作年度报告", "某某县人民政府", 2017)]
    public void Read_TitleLine_GivesAgencyAndYear(string title, string agency, int year)
    {
        var metadata = ReportMetadataReader.Read(ReportText.FromPlainText($"首页 > 信息公开\n{title}\n一、总体情况\n内容。"));

        Assert.Equal(agency, metadata.AgencyName);
        Assert.Equal(year, metadata.ReportYear);
        Assert.Equal("title-line", metadata.Agency!.Basis);
        Assert.Equal(2, metadata.Agency.Evidence!.LineNumber);
    }

    [Fact]
    public void Read_AnnouncementInBody_GivesAgency()
    {
        var metadata = ReportMetadataReader.Read(ReportText.FromPlainText(
            "根据《条例》要求，现公布某某县人民政府办公室2012年政府信息公开年度报告。\n一、概述\n内容。"));

        Assert.Equal("某某县人民政府办公室", metadata.AgencyName);
        Assert.Equal(2012, metadata.ReportYear);
        Assert.Equal(ReportFormat.Format2008, metadata.FormatGuess.Format);
    }

    [Fact]
    public void Read_ReportTitleInsideBookTitleMarks_IsNotTheAgency()
    {
        var metadata = ReportMetadataReader.Read(ReportText.FromPlainText(
            "根据《关于做好2017年政府信息公开工作年度报告编制和发布工作的通知》要求，某某市对2017年政府信息公开进行梳理，形成本报告。\n某某市政务公开办公室"));

        Assert.Equal("某某市", metadata.AgencyName);
        Assert.Equal("place-name", metadata.Agency!.Basis);
    }

    [Fact]
    public void Read_DocumentTitleOnly_GivesAgency()
    {
        var builder = new ReportTextBuilder("page.html", ReportSourceKind.Html) { Title = "某某区2020年政府信息公开工作年度报告_某某区人民政府" };
        builder.AddLine("一、总体情况");
        builder.AddLine("本区政府信息公开工作……");

        var metadata = ReportMetadataReader.Read(builder.Build());

        Assert.Equal("某某区", metadata.AgencyName);
        Assert.Equal(2020, metadata.ReportYear);
    }

    [Theory]
    [InlineData("本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。", "2020-01-01", "2020-12-31")]
    [InlineData("本年度报告全文及数据期限为2017年1月1日至12月31日。", "2017-01-01", "2017-12-31")]
    [InlineData("报告期为2016年7月1日—2017年6月30日。", "2016-07-01", "2017-06-30")]
    [InlineData("数据统计时间：２０２１年１月１日至２０２１年１２月３１日", "2021-01-01", "2021-12-31")]
    public void Read_StatedPeriod_IsParsed(string sentence, string from, string to)
    {
        var metadata = ReportMetadataReader.Read(ReportText.FromPlainText("某某市政府信息公开工作年度报告\n" + sentence));

        var period = metadata.StatisticsPeriod!;
        Assert.True(period.IsStated);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Fact]
    public void Read_SignatureDateInChineseNumerals_IsRead()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"第{i}段内容。");
        var metadata = ReportMetadataReader.Read(ReportText.FromPlainText(
            "某某县2017年政府信息公开工作年度报告\n" + string.Join('\n', lines) + "\n某某县人民政府办公室\n二〇一八年三月二十日"));

        Assert.Equal(new DateOnly(2018, 3, 20), metadata.SignedOn!.Value);
    }

    [Fact]
    public void Read_UnreadableText_GivesEmptyMetadataWithReason()
    {
        var metadata = ReportMetadataReader.Read(ReportText.Failed(ReportReadStatus.ToolMissing, "无法读取PDF", "a.pdf", ReportSourceKind.Pdf));

        Assert.Null(metadata.AgencyName);
        Assert.Null(metadata.ReportYear);
        Assert.Null(metadata.FormatGuess.Format);
        Assert.Contains(metadata.FormatGuess.Reasons, r => r.Contains("无法读取PDF", StringComparison.Ordinal));
    }
}

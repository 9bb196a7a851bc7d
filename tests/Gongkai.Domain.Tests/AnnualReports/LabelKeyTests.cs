using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class LabelKeyTests
{
    [Theory]
    [InlineData("（三）不予公开", "(三)不予公开")]
    [InlineData("3.危及“三安全一稳定”", "3.危及\"三安全一稳定\"")]
    [InlineData("本年收费金额（单位：万元）", "本年收费金额(单位:万元)")]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)")]
    [InlineData("四、结转下年度继续办理", "四、结转下年\n度继续办理")] // 白云鄂博 2019 wraps the label
    [InlineData("商业企业", "商业 企业")] // header split over two lines
    [InlineData("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "(一)主动公开政府信息数\n\u00A0     (不同渠道和方式公开相同信息计1条)")] // 西宁 2017
    [InlineData("第二十条第（一）项", "第二十条第(一)项")]
    [InlineData("本年增/减", "本年增／减")]
    [InlineData("科研机构", "科研\u3000机构")]
    public void Of_FullAndHalfWidthOrSpaces_SameKey(string official, string written) =>
        Assert.Equal(LabelKey.Of(official), LabelKey.Of(written));

    [Theory]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情况，不计其他情形）")] // 长春 2022: a changed word
    [InlineData("5.属于三类内部事务信息", "5.属于三类内容事务信息")]
    [InlineData("行政规范性文件", "规范性文件")]
    [InlineData("二、上年结转政府信息公开申请数量", "二、本年结转政府信息公开申请数量")] // 白云鄂博 2019
    public void Of_DifferentWording_DifferentKey(string official, string written) =>
        Assert.NotEqual(LabelKey.Of(official), LabelKey.Of(written));

    [Fact]
    public void Of_Path_SegmentBoundariesMatter() =>
        Assert.NotEqual(LabelKey.Of(["三、本年度办理结果", "（七）总计"]), LabelKey.Of(["三、本年度办理结果（七）", "总计"]));

    [Fact]
    public void Of_Path_EmptySegmentsDropped() =>
        Assert.Equal(LabelKey.Of(["行政复议", "总计"]), LabelKey.Of(["", "行政复议", " ", "总计"]));
}

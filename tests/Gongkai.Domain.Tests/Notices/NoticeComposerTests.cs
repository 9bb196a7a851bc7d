using Gongkai.Domain.Notices;

namespace Gongkai.Domain.Tests.Notices;

public sealed class NoticeComposerTests
{
    private static readonly Guid AgencyId = Guid.NewGuid();

    public static TheoryData<NoticeKind> Kinds() => new(NoticeKinds.All);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Compose_BuiltInTemplateWithEveryFieldFilled_LeavesNoPlaceholder(NoticeKind kind)
    {
        var template = NoticeTemplate.BuiltIn(AgencyId, "西宁市城中区人民政府", kind);

        var text = NoticeComposer.Compose(template, new NoticeNumber("城政依复", 2025, 12), NoticeSamples.Values(NoticeSamples.Full()));

        Assert.Equal("城政依复〔2025〕12号", text.DocumentNumber);
        Assert.Equal("西宁市城中区人民政府", text.Letterhead);
        Assert.Equal("西宁市城中区人民政府", text.Signatory);
        Assert.Equal("2025年3月10日", text.DateLine);
        Assert.Equal(DefaultNoticeTemplates.For(kind).Title, text.Title);
        Assert.All(text.Lines(), line => Assert.DoesNotMatch(@"\{[^}]*\}", line));
        Assert.Equal(kind == NoticeKind.ThirdPartyConsultation ? "某某建设有限公司：" : "张三：", text.Addressee);
        if (NoticeKinds.TellsRemedies(kind))
        {
            Assert.Contains(NoticeRemedies.Default, text.Paragraphs);
        }
    }

    [Fact]
    public void Compose_CorrectionRequest_FillsRequestAndOfficerFields()
    {
        var template = NoticeTemplate.BuiltIn(AgencyId, "西宁市城中区人民政府", NoticeKind.CorrectionRequest);

        var text = NoticeComposer.Compose(template, new NoticeNumber("依申请公开", 2025, 1), NoticeSamples.Values(NoticeSamples.Full()));

        Assert.Equal("本机关于2025年3月3日收到您提出的政府信息公开申请（受理编号：XN-2025-0007），您申请获取：2024年城中区棚户区改造项目征收补偿方案。", text.Paragraphs[0]);
        Assert.Contains("请写明所需信息的文号或者形成时间。", text.Paragraphs);
        Assert.Contains(text.Paragraphs, p => p.StartsWith("补正期限：自收到本告知书之日起10个工作日内。", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_FeeNotice_PrintsAmountInYuan()
    {
        var template = NoticeTemplate.BuiltIn(AgencyId, "西宁市城中区人民政府", NoticeKind.FeeNotice);

        var text = NoticeComposer.Compose(template, new NoticeNumber("依申请公开", 2025, 3), NoticeSamples.Values(NoticeSamples.Full()));

        Assert.Contains("收费金额：人民币1200.00元。", text.Paragraphs);
    }

    [Fact]
    public void Compose_MissingFields_IsRefusedNamingThem()
    {
        var template = NoticeTemplate.BuiltIn(AgencyId, "西宁市城中区人民政府", NoticeKind.CorrectionRequest);
        var values = NoticeSamples.Values(new NoticeFields { CorrectionPeriod = "  " });

        var refusal = Assert.Throws<RuleViolationException>(() => NoticeComposer.Compose(template, new NoticeNumber("依申请公开", 2025, 1), values));

        Assert.Equal("出具“补正告知书”缺少“补正事项”“补正期限”，请填写后再出具。", refusal.Message);
    }

    [Fact]
    public void Compose_WithheldWithoutGrounds_IsRefusedNamingGrounds()
    {
        var template = NoticeTemplate.BuiltIn(AgencyId, "西宁市城中区人民政府", NoticeKind.Withheld);
        var values = NoticeSamples.Values(new NoticeFields().ForOutcome(Gongkai.Domain.Requests.Outcome.WithheldStateSecret));

        var refusal = Assert.Throws<RuleViolationException>(() => NoticeComposer.Compose(template, new NoticeNumber("依申请公开", 2025, 1), values));

        Assert.Equal("出具“不予公开告知书”缺少“理由”，请填写后再出具。", refusal.Message);
    }

    [Fact]
    public void Compose_ValueWithLineBreaks_BecomesSeveralParagraphs()
    {
        var template = NoticeTemplate.BuiltIn(AgencyId, "西宁市城中区人民政府", NoticeKind.CorrectionRequest);
        var values = NoticeSamples.Values(NoticeSamples.Full() with { CorrectionItems = "1.写明文号；\n2.写明年份。" });

        var text = NoticeComposer.Compose(template, new NoticeNumber("依申请公开", 2025, 1), values);

        Assert.Contains("1.写明文号；", text.Paragraphs);
        Assert.Contains("2.写明年份。", text.Paragraphs);
    }

    [Fact]
    public void Number_ToString_IsPrefixYearInHexagonalBracketsAndSequence()
    {
        Assert.Equal("西政依复〔2025〕12号", new NoticeNumber("西政依复", 2025, 12).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new NoticeNumber("西政依复", 2025, 0));
    }
}

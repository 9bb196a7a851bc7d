using Gongkai.Domain.Notices;

namespace Gongkai.Domain.Tests.Notices;

public sealed class NoticeTemplateTests
{
    private static readonly NoticeTemplateText Valid = new(
        "西宁市城中区人民政府", "城政依复", "政府信息公开申请答复书",
        "{申请人}：\n您于{申请日期}提出的申请，本机关决定予以公开。{答复内容}\n{救济途径}", NoticeRemedies.Default);

    [Fact]
    public void Create_ValidText_IsSavedWithWhoAndWhen()
    {
        var template = NoticeTemplate.Create(Guid.NewGuid(), Guid.NewGuid(), NoticeKind.Disclosed, Valid with { NumberPrefix = " 城政依复 " }, NoticeSamples.Officer);

        Assert.Equal("城政依复", template.NumberPrefix);
        Assert.Equal("officer.li", template.RevisedBy);
        Assert.False(template.IsBuiltIn);
    }

    [Fact]
    public void Create_UnknownPlaceholder_IsRefusedNamingIt()
    {
        var refusal = Assert.Throws<RuleViolationException>(() =>
            NoticeTemplate.Create(Guid.NewGuid(), Guid.NewGuid(), NoticeKind.Disclosed, Valid with { Body = Valid.Body + "\n联系人：{经办人}" }, NoticeSamples.Officer));

        Assert.Equal(
            "模板中的占位符“{经办人}”无法识别。可以使用的占位符：{申请人}、{申请日期}、{申请内容}、{受理编号}、{答复内容}、{理由}、{法律依据}、{补正事项}、{补正期限}、{延长期限}、{延迟答复期限}、{收费金额}、{缴费期限}、{第三方}、{救济途径}、{落款机关}、{成文日期}、{文号}。",
            refusal.Message);
    }

    [Fact]
    public void Revise_UnknownPlaceholderInTitle_IsRefusedAndChangesNothing()
    {
        var template = NoticeTemplate.Create(Guid.NewGuid(), Guid.NewGuid(), NoticeKind.Disclosed, Valid, NoticeSamples.Officer);

        Assert.Throws<RuleViolationException>(() => template.Revise(Valid with { Title = "{机关简称}答复书" }, NoticeSamples.Officer));

        Assert.Equal("政府信息公开申请答复书", template.Title);
    }

    [Fact]
    public void Create_DecisionWithoutRemedies_IsRefused()
    {
        var refusal = Assert.Throws<RuleViolationException>(() =>
            NoticeTemplate.Create(Guid.NewGuid(), Guid.NewGuid(), NoticeKind.Withheld, Valid with { Body = "{申请人}：\n不予公开。{理由}" }, NoticeSamples.Officer));

        Assert.Equal("“不予公开告知书”是对申请作出的决定，须告知救济途径：请在正文中保留{救济途径}。", refusal.Message);
    }

    [Fact]
    public void Create_PrefixWithYear_IsRefused()
    {
        var refusal = Assert.Throws<RuleViolationException>(() =>
            NoticeTemplate.Create(Guid.NewGuid(), Guid.NewGuid(), NoticeKind.Disclosed, Valid with { NumberPrefix = "城政依复〔2025〕" }, NoticeSamples.Officer));

        Assert.Contains("年份〔2025〕和序号由系统生成", refusal.Message);
    }

    [Fact]
    public void BuiltIn_UsesAgencyNameDefaultPrefixAndRemedies()
    {
        var template = NoticeTemplate.BuiltIn(Guid.NewGuid(), "西宁市城中区人民政府", NoticeKind.Extension);

        Assert.True(template.IsBuiltIn);
        Assert.Equal(("西宁市城中区人民政府", "依申请公开", NoticeRemedies.Default), (template.Letterhead, template.NumberPrefix, template.Remedies));
        Assert.Equal("政府信息公开申请延期答复告知书", template.Title);
    }

    [Fact]
    public void IssuedNotice_NumberOfAnotherYear_IsRefused()
    {
        var request = NoticeSamples.Request();
        var template = NoticeTemplate.BuiltIn(request.AgencyId, "西宁市城中区人民政府", NoticeKind.Disclosed);
        var number = new NoticeNumber("依申请公开", 2024, 5);
        var text = NoticeComposer.Compose(template, number, NoticeSamples.Values(NoticeSamples.Full()));

        var refusal = Assert.Throws<RuleViolationException>(() =>
            IssuedNotice.Issue(Guid.NewGuid(), request, NoticeKind.Disclosed, number, new DateOnly(2025, 1, 2), text, new NoticeFiles([1], null), NoticeSamples.Officer));

        Assert.Equal("文号年份〔2024〕须与成文日期的年份（2025年）一致。", refusal.Message);
    }

    [Fact]
    public void IssuedNotice_AttachPdfTwice_IsRefused()
    {
        var request = NoticeSamples.Request();
        var template = NoticeTemplate.BuiltIn(request.AgencyId, "西宁市城中区人民政府", NoticeKind.Disclosed);
        var number = new NoticeNumber("依申请公开", 2025, 5);
        var text = NoticeComposer.Compose(template, number, NoticeSamples.Values(NoticeSamples.Full()));
        var notice = IssuedNotice.Issue(Guid.NewGuid(), request, NoticeKind.Disclosed, number, new DateOnly(2025, 3, 10), text, new NoticeFiles([1], null), NoticeSamples.Officer);

        notice.AttachPdf([2]);

        Assert.Throws<RuleViolationException>(() => notice.AttachPdf([3]));
        Assert.Equal(text, notice.Text with { Paragraphs = text.Paragraphs });
        Assert.Equal(text.Paragraphs, notice.Text.Paragraphs);
    }
}

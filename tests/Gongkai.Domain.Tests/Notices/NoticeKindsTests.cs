using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Notices;

public sealed class NoticeKindsTests
{
    public static TheoryData<Outcome> Outcomes() => new(Enum.GetValues<Outcome>());

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void For_EveryOutcome_HasANoticeKindWithWording(Outcome outcome)
    {
        var kind = NoticeKinds.For(outcome);

        Assert.True(Enum.IsDefined(kind));
        Assert.False(string.IsNullOrWhiteSpace(NoticeKinds.ChineseName(kind)));
        Assert.True(NoticeKinds.TellsRemedies(kind));
        Assert.Contains("{救济途径}", DefaultNoticeTemplates.For(kind).Body);
    }

    [Fact]
    public void For_ReplyOutcomes_UsesTheKindOfArticle36()
    {
        Assert.Equal(NoticeKind.Disclosed, NoticeKinds.For(Outcome.Disclosed));
        Assert.Equal(NoticeKind.AlreadyPublic, NoticeKinds.For(Outcome.DisclosedAlreadyPublic));
        Assert.Equal(NoticeKind.PartlyDisclosed, NoticeKinds.For(Outcome.PartlyDisclosed));
        Assert.Equal(NoticeKind.Withheld, NoticeKinds.For(Outcome.WithheldPersonalPrivacy));
        Assert.Equal(NoticeKind.SpecialAccessRegime, NoticeKinds.For(Outcome.WithheldAdministrativeInquiry));
        Assert.Equal(NoticeKind.DoesNotExist, NoticeKinds.For(Outcome.UnavailableDoesNotExist));
        Assert.Equal(NoticeKind.NotThisAgency, NoticeKinds.For(Outcome.UnavailableNotThisAgency));
        Assert.Equal(NoticeKind.RepeatRequest, NoticeKinds.For(Outcome.NotProcessedRepeatRequest));
        Assert.Equal(NoticeKind.CorrectionLapsed, NoticeKinds.For(Outcome.OtherCorrectionLapsed));
        Assert.Equal(NoticeKind.FeeLapsed, NoticeKinds.For(Outcome.OtherFeeLapsed));
    }

    [Fact]
    public void DefaultLegalBasis_WithheldOutcomes_CitesTheExemptionArticle()
    {
        Assert.Equal("《中华人民共和国政府信息公开条例》第十四条", NoticeKinds.DefaultLegalBasis(Outcome.WithheldStateSecret));
        Assert.Equal("《中华人民共和国政府信息公开条例》第十五条", NoticeKinds.DefaultLegalBasis(Outcome.WithheldTradeSecret));
        Assert.Equal("《中华人民共和国政府信息公开条例》第十六条第二款", NoticeKinds.DefaultLegalBasis(Outcome.WithheldProcessInformation));
        Assert.Null(NoticeKinds.DefaultLegalBasis(Outcome.Disclosed));
    }

    [Theory]
    [InlineData(NoticeKind.CorrectionRequest)]
    [InlineData(NoticeKind.Extension)]
    [InlineData(NoticeKind.DelayedReply)]
    [InlineData(NoticeKind.ThirdPartyConsultation)]
    public void TellsRemedies_ProceduralNotices_IsFalse(NoticeKind kind)
    {
        Assert.False(NoticeKinds.TellsRemedies(kind));
        Assert.DoesNotContain("{救济途径}", DefaultNoticeTemplates.For(kind).Body);
    }

    [Fact]
    public void DefaultTemplates_EveryKind_CitesItsArticleAndUsesKnownPlaceholders()
    {
        foreach (var kind in NoticeKinds.All)
        {
            var wording = DefaultNoticeTemplates.For(kind);
            if (kind is not (NoticeKind.ConfirmationOrReissue or NoticeKind.OtherHandling))
            {
                Assert.Contains(wording.Article, wording.Body);
            }

            Assert.All(NoticePlaceholders.UsedIn(wording.Body), name => Assert.True(NoticePlaceholders.IsKnown(name), name));
            new NoticeTemplateText("某机关", DefaultNoticeTemplates.NumberPrefix, wording.Title, wording.Body, NoticeRemedies.Default).Validate(kind);
        }
    }

    [Fact]
    public void Remedies_Default_Cites60DaysAnd6MonthsWithArticles()
    {
        Assert.Contains("六十日内依照《中华人民共和国行政复议法》第二十条", NoticeRemedies.Default);
        Assert.Contains("六个月内依照《中华人民共和国行政诉讼法》第四十六条", NoticeRemedies.Default);
    }
}

using Gongkai.Domain.Catalogue;
using static Gongkai.Domain.Tests.AnnualReports.Generation.RecordBuilder;

namespace Gongkai.Domain.Tests.AnnualReports.Generation;

public sealed class NormativeDocumentTests
{
    private static readonly RecordBuilder Agency = new(Guid.NewGuid());

    private static NormativeDocument Issued(string on) => Agency.Document(NormativeDocumentKind.AdministrativeNormativeDocument, D(on));

    [Fact]
    public void Register_NoDocumentNumber_Refused()
    {
        var e = Assert.Throws<RuleViolationException>(() =>
            NormativeDocument.Register(Guid.NewGuid(), Agency.AgencyId, NormativeDocumentKind.Rule, "某某办法", " ", D("2024-01-02"), Officer));
        Assert.Equal("第二十条第（一）项", e.Article);
    }

    [Fact]
    public void Register_NoTitle_Refused() =>
        Assert.Throws<RuleViolationException>(() =>
            NormativeDocument.Register(Guid.NewGuid(), Agency.AgencyId, NormativeDocumentKind.Rule, "", "令第1号", D("2024-01-02"), Officer));

    [Fact]
    public void Publish_BeforeIssue_Refused() =>
        Assert.Throws<RuleViolationException>(() => Issued("2024-03-01").Publish(D("2024-02-29"), Officer));

    [Fact]
    public void Publish_Twice_Refused()
    {
        var document = Issued("2024-03-01");
        document.Publish(D("2024-03-05"), Officer);

        Assert.Throws<RuleViolationException>(() => document.Publish(D("2024-03-06"), Officer));
        Assert.Equal(D("2024-03-05"), document.PublishedOn);
    }

    [Fact]
    public void Repeal_BeforeIssue_Refused() =>
        Assert.Throws<RuleViolationException>(() => Issued("2024-03-01").Repeal(D("2024-02-01"), "废止决定", Officer));

    [Fact]
    public void Repeal_NoDecision_Refused() =>
        Assert.Throws<RuleViolationException>(() => Issued("2024-03-01").Repeal(D("2024-05-01"), " ", Officer));

    [Fact]
    public void Repeal_Twice_Refused()
    {
        var document = Issued("2024-03-01");
        document.Repeal(D("2024-05-01"), "废止决定", Officer);

        Assert.Throws<RuleViolationException>(() => document.Repeal(D("2024-06-01"), "另一决定", Officer));
    }

    [Theory]
    [InlineData("2024-02-29", false)]
    [InlineData("2024-03-01", true)]
    [InlineData("2024-04-30", true)]
    [InlineData("2024-05-01", false)]
    public void IsInForceOn_IssuedAndRepealed_InForceBetween(string day, bool inForce)
    {
        var document = Issued("2024-03-01");
        document.Repeal(D("2024-05-01"), "废止决定", Officer);

        Assert.Equal(inForce, document.IsInForceOn(D(day)));
    }
}

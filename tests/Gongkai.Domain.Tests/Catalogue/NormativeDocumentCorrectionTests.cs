using Gongkai.Domain.Catalogue;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Catalogue;

public sealed class NormativeDocumentCorrectionTests
{
    private static readonly RecordedBy By = new("officer.li", new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    private static NormativeDocument Registered() => NormativeDocument.Register(
        Guid.NewGuid(), Guid.NewGuid(), NormativeDocumentKind.AdministrativeNormativeDocument, "某市物业管理办法", "某政规〔2025〕1号", new DateOnly(2025, 3, 1), By);

    [Fact]
    public void Correct_Fields_Changed()
    {
        var d = Registered();
        d.Correct(NormativeDocumentKind.Rule, "某市物业管理规定", "市政府令第3号", new DateOnly(2025, 2, 20), By);
        Assert.Equal(NormativeDocumentKind.Rule, d.Kind);
        Assert.Equal("市政府令第3号", d.DocumentNumber);
        Assert.Equal(new DateOnly(2025, 2, 20), d.IssuedOn);
    }

    [Fact]
    public void Correct_IssueAfterRepeal_Refused()
    {
        var d = Registered();
        d.Repeal(new DateOnly(2025, 6, 1), "某政规〔2025〕9号", By);
        var e = Assert.Throws<RuleViolationException>(() => d.Correct(d.Kind, d.Title, d.DocumentNumber, new DateOnly(2025, 7, 1), By));
        Assert.Equal("制发日期2025-07-01晚于已登记的废止日期2025-06-01。", e.Message);
    }

    [Fact]
    public void Correct_NoTitle_Refused()
    {
        var d = Registered();
        Assert.Throws<RuleViolationException>(() => d.Correct(d.Kind, " ", d.DocumentNumber, d.IssuedOn, By));
        Assert.Equal("某市物业管理办法", d.Title);
    }

    [Fact]
    public void Repeal_BeforeIssue_Refused()
    {
        var d = Registered();
        var e = Assert.Throws<RuleViolationException>(() => d.Repeal(new DateOnly(2025, 2, 1), "某政规〔2025〕9号", By));
        Assert.Equal("废止日期2025-02-01早于制发日期2025-03-01。", e.Message);
    }
}

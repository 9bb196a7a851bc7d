using Gongkai.Domain;
using Gongkai.Domain.Catalogue;
using Gongkai.Web.Catalogue;

namespace Gongkai.Web.Tests.Catalogue;

public sealed class CatalogueDomainTests
{
    private static CatalogueEntry Draft(DateOnly? written = null) => CatalogueEntry.Draft(
        Guid.NewGuid(), Guid.NewGuid(), "X/2024-00001", "关于调整城乡低保标准的通知", CatalogueBody.FromPlainText("城乡低保标准提高。"),
        CatalogueCategory.SocialAssistance, written ?? new DateOnly(2024, 3, 1), "宁民〔2024〕1号", Validity.InForce);

    [Fact]
    public void ChineseBigrams_HanRun_GivesOverlappingBigrams()
    {
        Assert.Equal(["城乡", "乡低", "低保", "2024", "标准", "x"], ChineseBigrams.Tokens("城乡低保，2024标准 X"));
    }

    [Fact]
    public void ChineseBigrams_LoneHanCharacter_StaysItself()
    {
        Assert.Equal(["年", "abc"], ChineseBigrams.Tokens("年、ABC"));
    }

    [Fact]
    public void SearchTerms_SingleHanCharacter_IsReportedTooShort()
    {
        var terms = SearchTerms.Parse("保 拆迁");
        Assert.Equal(["保"], terms.TooShort);
        Assert.Equal("\"拆迁\"", terms.ToFts5());
        Assert.Equal("('拆迁')", terms.ToTsQuery());
    }

    [Fact]
    public void SearchTerms_FourCharacters_BecomePhraseOfBigrams()
    {
        var terms = SearchTerms.Parse("生活保障");
        Assert.Equal("\"生活 活保 保障\"", terms.ToFts5());
        Assert.Equal("('生活' <-> '活保' <-> '保障')", terms.ToTsQuery());
    }

    [Fact]
    public void Publish_Twice_IsRefused()
    {
        var entry = Draft();
        entry.RecordImportedPublication(new DateOnly(2024, 3, 5));
        Assert.Throws<RuleViolationException>(() => entry.RecordImportedPublication(new DateOnly(2024, 3, 6)));
    }

    [Fact]
    public void Publish_BeforeWrittenOn_IsRefused()
    {
        var e = Assert.Throws<RuleViolationException>(() => Draft().RecordImportedPublication(new DateOnly(2024, 2, 1)));
        Assert.Equal("第二十六条", e.Article);
    }

    [Fact]
    public void Withdraw_WithoutReason_IsRefusedAndChangesNothing()
    {
        var entry = Draft();
        entry.RecordImportedPublication(new DateOnly(2024, 3, 5));
        Assert.Throws<RuleViolationException>(() => entry.Withdraw(new DateOnly(2024, 4, 1), " "));
        Assert.Equal(CatalogueEntryStatus.Published, entry.Status);
    }

    [Fact]
    public void Withdraw_Draft_IsRefused()
    {
        Assert.Throws<RuleViolationException>(() => Draft().Withdraw(new DateOnly(2024, 4, 1), "错误"));
    }

    [Fact]
    public void Withdraw_Published_KeepsReason()
    {
        var entry = Draft();
        entry.RecordImportedPublication(new DateOnly(2024, 3, 5));
        entry.Withdraw(new DateOnly(2024, 4, 1), "文件已废止");
        Assert.Equal(CatalogueEntryStatus.Withdrawn, entry.Status);
        Assert.Equal("文件已废止", entry.WithdrawalReason);
    }

    [Fact]
    public void DaysLate_PublishedAfterTwentyWorkingDays_CountsTheExcess()
    {
        var entry = Draft(new DateOnly(2024, 9, 27));
        entry.RecordImportedPublication(new DateOnly(2024, 11, 1));
        // 2024-09-27 → 11-01: National Day week off, 09-29 and 10-12 make-up days; 22 working days after 09-27.
        Assert.Equal(2, entry.DaysLate(Gongkai.Domain.Calendar.WorkingDayCalendar.Official));
    }

    [Fact]
    public void CatalogueBody_FromHtml_RemovesScriptAndKeepsText()
    {
        var body = CatalogueBody.FromHtml("<p onclick=\"x()\">低保<script>alert(1)</script>标准</p><img src=x onerror=y>", new HtmlRichTextSanitizer());
        Assert.DoesNotContain("script", body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("img", body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("低保标准", body.Text);
    }

    [Fact]
    public void CatalogueBody_FromPlainText_EncodesMarkup()
    {
        var body = CatalogueBody.FromPlainText("<b>拆迁</b>");
        Assert.Equal("<p>&lt;b&gt;拆迁&lt;/b&gt;</p>", body.Html);
    }

    [Fact]
    public void HighlightedText_Mark_SplitsAroundMatches()
    {
        var segments = HighlightedText.Mark("城乡低保标准", ["低保"]);
        Assert.Equal([new TextSegment("城乡", false), new TextSegment("低保", true), new TextSegment("标准", false)], segments);
    }
}

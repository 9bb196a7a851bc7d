using System.Text;
using Gongkai.Data.Calendar;
using Gongkai.Data.Notices;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Data.Tests.Notices;

/// <summary>Issuing, numbering and storing notices, on SQLite always and on PostgreSQL when configured.</summary>
public sealed class NoticeIssuerTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    private static readonly NoticeFields Reply = new() { Reply = "现将该信息随本告知书一并提供。" };

    /// <summary>Text instead of files: the DOCX bytes are the notice's lines, so tests can read them.</summary>
    private sealed class TextRenderer : INoticeFileRenderer
    {
        public Task<NoticeFiles> RenderAsync(NoticeText text, CancellationToken cancellationToken = default) =>
            Task.FromResult(new NoticeFiles(Encoding.UTF8.GetBytes(string.Join('\n', text.Lines())), null));
    }

    /// <summary>On its first call, another officer takes the next number first (a race made certain).</summary>
    private sealed class RacingRenderer(TestDatabase database, DisclosureRequest request) : INoticeFileRenderer
    {
        private bool _raced;

        public async Task<NoticeFiles> RenderAsync(NoticeText text, CancellationToken cancellationToken = default)
        {
            if (!_raced)
            {
                _raced = true;
                await using var other = database.NewContext();
                await new NoticeIssuer(other, new TextRenderer()).IssueAsync(request, NoticeKind.Disclosed, Reply, On(2024, 12, 20), cancellationToken);
            }

            return await new TextRenderer().RenderAsync(text, cancellationToken);
        }
    }

    private static RecordedBy On(int year, int month, int day) => new("officer.li", new DateTime(year, month, day, 2, 0, 0, DateTimeKind.Utc));

    private static async Task<(Domain.Agencies.Agency Agency, DisclosureRequest Request)> SeedAsync(TestDatabase database, string code = "XN-GOV", string tracking = "XN-2024-0001")
    {
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, Time);
        var agency = RequestBuilder.Agency(code);
        var request = RequestBuilder.Letter(agency, new DateOnly(2024, 12, 2), tracking);
        db.Agencies.Add(agency);
        db.DisclosureRequests.Add(request);
        await db.SaveChangesAsync();
        return (agency, request);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Issue_Reply_IsStoredWithTheRequestAndListed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (agency, request) = await SeedAsync(database);
        IssuedNotice issued;
        await using (var db = database.NewContext())
        {
            issued = await new NoticeIssuer(db, new TextRenderer()).IssueForOutcomeAsync(request, Outcome.Disclosed, Reply, On(2024, 12, 20));
        }

        await using var reader = database.NewContext();
        var notice = Assert.Single(await new NoticeIssuer(reader, new TextRenderer()).NoticesOfAsync(request.Id));
        Assert.Equal(issued.Id, notice.Id);
        Assert.Equal((NoticeKind.Disclosed, "依申请公开〔2024〕1号", new DateOnly(2024, 12, 20)), (notice.Kind, notice.DocumentNumber, notice.IssuedOn));
        Assert.Equal((agency.Id, "officer.li", "张三："), (notice.AgencyId, notice.IssuedBy, notice.Text.Addressee));
        Assert.Equal("西宁市人民政府", notice.Text.Signatory);
        Assert.Contains(NoticeRemedies.Default, notice.Text.Paragraphs);
        Assert.Contains("依申请公开〔2024〕1号", Encoding.UTF8.GetString(notice.Docx));
        Assert.Null(notice.Pdf);
    }

    [Theory]
    [DatabaseEngines]
    public async Task Issue_SeveralYearsAndAgencies_NumbersRunPerAgencyAndRestartEachYear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, first) = await SeedAsync(database);
        var (_, other) = await SeedAsync(database, "HD-GOV", "HD-2024-0001");
        await using var db = database.NewContext();
        var issuer = new NoticeIssuer(db, new TextRenderer());

        var numbers = new List<string>
        {
            (await issuer.IssueAsync(first, NoticeKind.CorrectionRequest, new() { CorrectionItems = "写明文号", CorrectionPeriod = "10个工作日内" }, On(2024, 12, 3))).DocumentNumber,
            (await issuer.IssueAsync(first, NoticeKind.Extension, new() { Grounds = "需调取档案", ExtensionPeriod = "20个工作日" }, On(2024, 12, 30))).DocumentNumber,
            (await issuer.IssueAsync(other, NoticeKind.Extension, new() { Grounds = "需调取档案", ExtensionPeriod = "10个工作日" }, On(2024, 12, 30))).DocumentNumber,
            (await issuer.IssueAsync(first, NoticeKind.Disclosed, Reply, On(2025, 1, 6))).DocumentNumber,
            (await issuer.IssueAsync(first, NoticeKind.Disclosed, Reply with { IssuedOn = new DateOnly(2025, 1, 7) }, On(2025, 1, 6))).DocumentNumber,
        };

        Assert.Equal(["依申请公开〔2024〕1号", "依申请公开〔2024〕2号", "依申请公开〔2024〕1号", "依申请公开〔2025〕1号", "依申请公开〔2025〕2号"], numbers);
        Assert.Equal([1, 2, 1, 2], (await issuer.NoticesOfAsync(first.Id)).Select(n => n.NumberSequence));
    }

    [Theory]
    [DatabaseEngines]
    public async Task Issue_TwoOfficersAtOnce_GetDifferentNumbers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, request) = await SeedAsync(database);
        await using var one = database.NewContext();
        await using var two = database.NewContext();

        var issued = await Task.WhenAll(
            new NoticeIssuer(one, new TextRenderer()).IssueAsync(request, NoticeKind.Disclosed, Reply, On(2024, 12, 20)),
            new NoticeIssuer(two, new TextRenderer()).IssueAsync(request, NoticeKind.Disclosed, Reply, On(2024, 12, 20)));

        Assert.Equal([1, 2], issued.Select(n => n.NumberSequence).Order());
    }

    [Theory]
    [DatabaseEngines]
    public async Task Issue_NumberTakenMeanwhile_RetriesWithTheNextNumber(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, request) = await SeedAsync(database);
        await using var db = database.NewContext();

        var notice = await new NoticeIssuer(db, new RacingRenderer(database, request)).IssueAsync(request, NoticeKind.Disclosed, Reply, On(2024, 12, 21));

        Assert.Equal("依申请公开〔2024〕2号", notice.DocumentNumber);
        Assert.Contains("依申请公开〔2024〕2号", Encoding.UTF8.GetString(notice.Docx));
        Assert.Equal([1, 2], (await new NoticeIssuer(db, new TextRenderer()).NoticesOfAsync(request.Id)).Select(n => n.NumberSequence));
    }

    [Theory]
    [DatabaseEngines]
    public async Task Issue_WithTheRequestsNewEvent_SavesBothInOneSaveChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, seeded) = await SeedAsync(database);
        await using (var db = database.NewContext())
        {
            var request = await db.DisclosureRequests.SingleAsync(r => r.Id == seeded.Id);
            var clock = new StatutoryClock(await new CalendarStore(db, Time).LoadAsync());
            request.RequestCorrection(clock, new DateOnly(2024, 12, 3), "写明文号", 10, RequestBuilder.Officer);

            await new NoticeIssuer(db, new TextRenderer()).IssueAsync(
                request, NoticeKind.CorrectionRequest, new() { CorrectionItems = "写明文号", CorrectionPeriod = "10个工作日内" }, On(2024, 12, 3));
        }

        await using var reader = database.NewContext();
        var stored = await reader.DisclosureRequests.SingleAsync(r => r.Id == seeded.Id);
        Assert.Equal(RequestEventKind.CorrectionRequested, stored.Events[^1].Kind);
        Assert.Single(await reader.IssuedNotices.Where(n => n.RequestId == seeded.Id).ToListAsync());
    }

    [Theory]
    [DatabaseEngines]
    public async Task Issue_MissingField_IsRefusedAndTakesNoNumber(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, request) = await SeedAsync(database);
        await using var db = database.NewContext();
        var issuer = new NoticeIssuer(db, new TextRenderer());

        var refusal = await Assert.ThrowsAsync<RuleViolationException>(() =>
            issuer.IssueForOutcomeAsync(request, Outcome.WithheldStateSecret, new NoticeFields(), On(2024, 12, 20)));

        Assert.Equal("出具“不予公开告知书”缺少“理由”，请填写后再出具。", refusal.Message);
        Assert.Empty(await issuer.NoticesOfAsync(request.Id));
        var next = await issuer.IssueForOutcomeAsync(request, Outcome.WithheldStateSecret, new() { Grounds = "该信息经确定为国家秘密。" }, On(2024, 12, 20));
        Assert.Equal(1, next.NumberSequence);
        Assert.Contains("根据《中华人民共和国政府信息公开条例》第十四条和《中华人民共和国政府信息公开条例》第三十六条第（三）项的规定，本机关决定不予公开。", next.Text.Paragraphs);
    }

    [Theory]
    [DatabaseEngines]
    public async Task SaveTemplate_OwnPrefixAndLetterhead_AreUsedForLaterNotices(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (agency, request) = await SeedAsync(database);
        await using var db = database.NewContext();
        var issuer = new NoticeIssuer(db, new TextRenderer());
        var builtIn = await issuer.TemplateAsync(agency.Id, NoticeKind.Disclosed);
        Assert.True(builtIn.IsBuiltIn);

        await issuer.SaveTemplateAsync(agency.Id, NoticeKind.Disclosed, builtIn.Text with { NumberPrefix = "西政依复", Letterhead = "西宁市人民政府办公厅" }, RequestBuilder.Officer);
        await issuer.SaveTemplateAsync(agency.Id, NoticeKind.Disclosed, builtIn.Text with { NumberPrefix = "宁政依复", Letterhead = "西宁市人民政府办公厅" }, RequestBuilder.Officer);
        var notice = await issuer.IssueAsync(request, NoticeKind.Disclosed, Reply, On(2025, 1, 6));

        Assert.Equal(("宁政依复〔2025〕1号", "西宁市人民政府办公厅"), (notice.DocumentNumber, notice.Letterhead));
        var templates = await issuer.TemplatesAsync(agency.Id);
        Assert.Equal(NoticeKinds.All, templates.Select(t => t.Kind));
        Assert.Equal([NoticeKind.Disclosed], templates.Where(t => !t.IsBuiltIn).Select(t => t.Kind));

        await issuer.RestoreBuiltInTemplateAsync(agency.Id, NoticeKind.Disclosed);
        Assert.True((await issuer.TemplateAsync(agency.Id, NoticeKind.Disclosed)).IsBuiltIn);
    }

    [Theory]
    [DatabaseEngines]
    public async Task SaveTemplate_UnknownPlaceholder_IsRefusedAndNothingSaved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (agency, _) = await SeedAsync(database);
        await using var db = database.NewContext();
        var issuer = new NoticeIssuer(db, new TextRenderer());
        var text = (await issuer.TemplateAsync(agency.Id, NoticeKind.Extension)).Text;

        var refusal = await Assert.ThrowsAsync<RuleViolationException>(() =>
            issuer.SaveTemplateAsync(agency.Id, NoticeKind.Extension, text with { Body = text.Body + "\n经办人：{经办人}" }, RequestBuilder.Officer));

        Assert.StartsWith("模板中的占位符“{经办人}”无法识别。", refusal.Message);
        Assert.Empty(await db.NoticeTemplates.ToListAsync());
    }
}

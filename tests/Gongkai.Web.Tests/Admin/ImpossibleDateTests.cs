using System.Net;
using Gongkai.Data;
using Gongkai.Data.Officers;
using Gongkai.Web.Tests.Admin.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Admin;

/// <summary>
/// Issue 12 item 4: every back-office date field refuses a date that does not exist, is not a date, or lies outside
/// what the law can have produced — with a Chinese message beside the field, the form kept as typed, and nothing
/// written (never "today" instead, never 0001-01-01 stored).
/// </summary>
[Collection(BackOfficeCollection.Name)]
public sealed class ImpossibleDateTests(BackOfficeFactory factory)
{
    /// <summary>The impossible values posted to every date field.</summary>
    private static readonly string[] ImpossibleValues = ["2025-02-30", "2025-13-01", "abc", "0001-01-01", "9999-12-31", "2008-04-30"];

    /// <summary>The impossible values as theory data.</summary>
    public static TheoryData<string> Impossible => new(ImpossibleValues);

    /// <summary>The message the officer reads for <paramref name="value"/>.</summary>
    private static string MessageFor(string value) => value switch
    {
        "abc" => "“abc”不是日期，请按“年-月-日”（如 2025-03-03）填写。",
        "2025-02-30" or "2025-13-01" => $"“{value}”不是实际存在的日期，请核对年、月、日。",
        _ => $"日期“{value}”超出可登记的范围",
    };

    private async Task<RequestDeskClient> DeskAsync(string agency = "XN-MZ") =>
        new(await factory.SignedInClientAsync(await factory.CreateOfficerAsync(agency, OfficerRole.Officer)));

    private async Task<T> DbAsync<T>(Func<GongkaiDbContext, Task<T>> read)
    {
        using var scope = factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    private static async Task<string> RefusedAsync(HttpResponseMessage response, string value, bool formShown = true)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(MessageFor(value)), html, StringComparison.Ordinal);
        if (formShown)
        {
            Assert.Contains($"value=\"{value}\"", html, StringComparison.Ordinal);
        }

        return html;
    }

    [Theory]
    [MemberData(nameof(Impossible))]
    public async Task RegisterRequest_ImpossibleSubmittedOn_IsRefusedAndNothingIsRegistered(string value)
    {
        var desk = await DeskAsync();
        var description = "不可能日期登记" + Guid.NewGuid().ToString("N")[..8];
        var response = await BackOfficeFactory.PostFormAsync(desk.Http, "/Admin/Requests/Register", "/Admin/Requests/Register", new Dictionary<string, string>
        {
            ["Channel"] = "Post", ["Kind"] = "NaturalPerson", ["Name"] = "王五", ["Phone"] = "13900000000",
            ["Description"] = description, ["SubmittedOn"] = value,
        });

        var html = await RefusedAsync(response, value);
        Assert.Contains("id=\"submitted-on-error\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await DbAsync(db => db.DisclosureRequests.CountAsync(r => r.Description == description)));
    }

    [Theory]
    [MemberData(nameof(Impossible))]
    public async Task RegisterRequest_ImpossibleConfirmedOn_IsRefusedAndNothingIsRegistered(string value)
    {
        var desk = await DeskAsync();
        var description = "不可能确认日期" + Guid.NewGuid().ToString("N")[..8];
        var response = await BackOfficeFactory.PostFormAsync(desk.Http, "/Admin/Requests/Register", "/Admin/Requests/Register", new Dictionary<string, string>
        {
            ["Channel"] = "Post", ["Kind"] = "NaturalPerson", ["Name"] = "王五", ["Phone"] = "13900000000",
            ["Description"] = description, ["SubmittedOn"] = RequestDeskClient.Day(-3), ["ConfirmedOn"] = value,
        });

        await RefusedAsync(response, value);
        Assert.Equal(0, await DbAsync(db => db.DisclosureRequests.CountAsync(r => r.Description == description)));
    }

    [Theory]
    [InlineData("Confirm")]
    [InlineData("Correction")]
    [InlineData("ProposeExtension")]
    [InlineData("Consultation")]
    [InlineData("Fee")]
    [InlineData("Reply")]
    [InlineData("Deliver")]
    [InlineData("Forward")]
    public async Task RequestAction_ImpossibleDate_IsRefusedBesideTheFieldAndNothingIsRecorded(string handler)
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        var before = await DbAsync(db => db.DisclosureRequests.AsNoTracking().Where(r => r.Id == id).Select(r => r.Events.Count).SingleAsync());

        var form = "id=\"form-" + string.Concat(handler.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        foreach (var value in ImpossibleValues)
        {
            var response = await desk.ActAsync(id, handler, new Dictionary<string, string>
            {
                ["On"] = value, ["Text"] = "理由", ["Days"] = "10", ["AmountYuan"] = "100", ["Outcome"] = "Disclosed", ["OtherAgency"] = "某局",
            });

            var html = await RefusedAsync(response, value, formShown: false);
            if (html.Contains(form, StringComparison.Ordinal))
            {
                Assert.Contains($"value=\"{value}\"", html, StringComparison.Ordinal);
            }
        }

        Assert.Equal(before, await DbAsync(db => db.DisclosureRequests.AsNoTracking().Where(r => r.Id == id).Select(r => r.Events.Count).SingleAsync()));
        var stored = await DbAsync(db => db.DisclosureRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Null(stored.ForwardedTo);
    }

    [Theory]
    [MemberData(nameof(Impossible))]
    public async Task DelayedReply_ImpossibleUntil_IsRefusedAndNothingIsRecorded(string value)
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        var before = await DbAsync(db => db.DisclosureRequests.AsNoTracking().Where(r => r.Id == id).Select(r => r.Events.Count).SingleAsync());

        await RefusedAsync(await desk.ActAsync(id, "Delay", new Dictionary<string, string> { ["On"] = RequestDeskClient.Day(0), ["Until"] = value, ["Text"] = "申请数量明显超过合理范围" }), value);

        Assert.Equal(before, await DbAsync(db => db.DisclosureRequests.AsNoTracking().Where(r => r.Id == id).Select(r => r.Events.Count).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Impossible))]
    public async Task RegisterAppeal_ImpossibleFiledOn_IsRefusedAndNothingIsRegistered(string value)
    {
        var desk = await DeskAsync("XN-RS");
        var id = await desk.RegisterAsync();
        var number = await DbAsync(db => db.DisclosureRequests.Where(r => r.Id == id).Select(r => r.TrackingNumber).SingleAsync());

        var response = await BackOfficeFactory.PostFormAsync(desk.Http, "/Admin/Appeals/Register", "/Admin/Appeals/Register", new Dictionary<string, string>
        {
            ["Kind"] = "Reconsideration", ["TrackingNumber"] = number, ["CaseNumber"] = "某府复〔2025〕99号", ["FiledOn"] = value,
        });

        await RefusedAsync(response, value);
        Assert.Equal(0, await DbAsync(db => db.Reconsiderations.CountAsync(r => r.RequestId == id)));
    }

    [Theory]
    [MemberData(nameof(Impossible))]
    public async Task AppealCase_ImpossibleStageAndDecisionDates_AreRefusedAndNothingIsRecorded(string value)
    {
        var desk = await DeskAsync("XN-RS");
        var id = await desk.RegisterAsync();
        var number = await DbAsync(db => db.DisclosureRequests.Where(r => r.Id == id).Select(r => r.TrackingNumber).SingleAsync());
        var registered = await BackOfficeFactory.PostFormAsync(desk.Http, "/Admin/Appeals/Register", "/Admin/Appeals/Register", new Dictionary<string, string>
        {
            ["Kind"] = "Reconsideration", ["TrackingNumber"] = number, ["CaseNumber"] = "某府复〔2025〕" + Guid.NewGuid().ToString("N")[..6], ["FiledOn"] = RequestDeskClient.Day(-1),
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var page = registered.Headers.Location!.OriginalString;

        await RefusedAsync(await BackOfficeFactory.PostFormAsync(desk.Http, page, page + "?handler=Stage", new Dictionary<string, string> { ["StageName"] = "受理", ["StageOn"] = value }), value);
        await RefusedAsync(await BackOfficeFactory.PostFormAsync(desk.Http, page, page + "?handler=Decide", new Dictionary<string, string> { ["Result"] = "Upheld", ["DecidedOn"] = value }), value);

        var stored = await DbAsync(db => db.Reconsiderations.AsNoTracking().SingleAsync(r => r.RequestId == id));
        Assert.Empty(stored.Stages);
        Assert.Null(stored.DecidedOn);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("abc")]
    [InlineData("0001-01-01")]
    [InlineData("1949-09-30")]
    [InlineData("9999-12-31")]
    public async Task NormativeDocument_ImpossibleIssuedOn_IsRefusedAndNothingIsRegistered(string value)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("ELHT-BGS", OfficerRole.Officer));
        var number = "测日〔2025〕" + Guid.NewGuid().ToString("N")[..6] + "号";
        var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/NormativeDocuments/Edit", "/Admin/NormativeDocuments/Edit", new Dictionary<string, string>
        {
            ["Kind"] = "AdministrativeNormativeDocument", ["Title"] = "物业管理办法", ["DocumentNumber"] = number, ["IssuedOn"] = value,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(value == "1949-09-30" ? "文件日期不能早于1949年10月1日" : System.Net.WebUtility.HtmlEncode(MessageFor(value)), html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{value}\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await DbAsync(db => db.NormativeDocuments.CountAsync(d => d.DocumentNumber == number)));
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("abc")]
    [InlineData("0001-01-01")]
    public async Task NormativeDocument_ImpossibleRepealDate_IsRefusedAndNotRecorded(string value)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("ELHT-BGS", OfficerRole.Officer));
        var number = "测废〔2025〕" + Guid.NewGuid().ToString("N")[..6] + "号";
        var registered = await BackOfficeFactory.PostFormAsync(client, "/Admin/NormativeDocuments/Edit", "/Admin/NormativeDocuments/Edit", new Dictionary<string, string>
        {
            ["Kind"] = "AdministrativeNormativeDocument", ["Title"] = "物业管理办法", ["DocumentNumber"] = number, ["IssuedOn"] = "2025-03-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var page = registered.Headers.Location!.OriginalString;

        await RefusedAsync(await BackOfficeFactory.PostFormAsync(client, page, page + "?handler=Repeal", new Dictionary<string, string> { ["RepealedOn"] = value, ["RepealDecision"] = "测规〔2025〕9号" }), value);
        await RefusedAsync(await BackOfficeFactory.PostFormAsync(client, page, page + "?handler=Publish", new Dictionary<string, string> { ["PublishedOn"] = value }), value);

        var stored = await DbAsync(db => db.NormativeDocuments.AsNoTracking().SingleAsync(d => d.DocumentNumber == number));
        Assert.Null(stored.RepealedOn);
        Assert.Null(stored.PublishedOn);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("abc")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task CatalogueEntry_ImpossibleWrittenOn_IsRefusedAndNothingIsDrafted(string value)
    {
        var client = await factory.SignedInClientAsync(await factory.CreateOfficerAsync("XN-MZ", OfficerRole.Officer));
        var title = "不可能成文日期" + Guid.NewGuid().ToString("N")[..8];
        var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/Catalogue/Edit", "/Admin/Catalogue/Edit", new Dictionary<string, string>
        {
            ["Title"] = title, ["DocumentNumber"] = "某民发〔2025〕3号", ["Category"] = "SocialAssistance",
            ["WrittenOn"] = value, ["Validity"] = "InForce", ["Body"] = "<p>正文。</p>",
        });

        await RefusedAsync(response, value);
        Assert.Equal(0, await DbAsync(db => db.CatalogueEntries.CountAsync(e => e.Title == title)));
    }

    [Fact]
    public async Task RequestAction_RealDateInChineseForm_IsRecordedAsTyped()
    {
        var desk = await DeskAsync();
        var id = await desk.RegisterAsync();
        var day = DateOnly.Parse(RequestDeskClient.Day(-1), System.Globalization.CultureInfo.InvariantCulture);

        await desk.DoAsync(id, "Confirm", new Dictionary<string, string> { ["On"] = $"{day.Year}年{day.Month}月{day.Day}日" });

        var stored = await DbAsync(db => db.DisclosureRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Contains(stored.Events, e => e.LegalDate == day);
    }
}

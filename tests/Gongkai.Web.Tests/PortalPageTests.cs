using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests;

[Collection(PortalCollection.Name)]
public sealed partial class PortalPageTests(PortalFactory factory)
{
    private static readonly string[] Paths = ["/", "/Guide", "/Policy", "/Catalogue", "/search?q=低保", "/Apply", "/Track", "/Reports"];

    [Fact]
    public async Task Pages_Get_RenderRawChineseWithLabelledInputs()
    {
        var client = factory.CreateClient();
        foreach (var path in Paths)
        {
            var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, path);
            Assert.Contains("政府信息公开", html, StringComparison.Ordinal);
            Assert.DoesNotMatch("&#x[4-9][0-9A-F]{3};", html);
            foreach (Match input in InputId().Matches(html))
            {
                Assert.Contains($"for=\"{input.Groups[1].Value}\"", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Search_TwoCharacters_ShowsHighlightedHitsAndPages()
    {
        var html = await factory.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("低保"));

        Assert.Contains("<mark>低保</mark>", html, StringComparison.Ordinal);
        Assert.Matches(@"共 [1-9][0-9]* 条", html);
    }

    [Fact]
    public async Task Search_SingleCharacter_SaysTwoCharactersAreNeeded()
    {
        var html = await factory.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("保"));

        Assert.Contains("请输入至少两个字", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryPage_ShowsTheCatalogueMetadata()
    {
        var client = factory.CreateClient();
        var list = await client.GetStringAsync("/Catalogue?category=SocialAssistance");
        var link = EntryLink().Match(list).Groups[1].Value;

        var html = await client.GetStringAsync(link);

        foreach (var label in new[] { "索引号", "发布机构", "成文日期", "发布日期", "文号", "有效性", "主题分类" })
        {
            Assert.Contains(label, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Apply_PostWithoutAntiforgeryToken_IsRejected()
    {
        var response = await factory.CreateClient().PostAsync("/Apply", new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Name"] = "张三" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Apply_InvalidForm_ShowsChineseMessagesAndNoReceipt()
    {
        var client = factory.CreateClient();
        var (token, submission) = await FormTokensAsync(client);

        var html = await PostAsync(client, "/Apply", new() { ["__RequestVerificationToken"] = token, ["SubmissionToken"] = submission, ["Form.Name"] = "张三", ["Form.IdentityNumber"] = "123" });

        Assert.Contains("请选择受理机关。", html, StringComparison.Ordinal);
        Assert.Contains("证件号码格式不正确", html, StringComparison.Ordinal);
        Assert.Contains("请至少留下一种联系方式", html, StringComparison.Ordinal);
        Assert.DoesNotContain("access-code", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_SubmittedTwice_GivesOneRequestAndTheSameReceipt()
    {
        var client = factory.CreateClient();
        var (token, submission) = await FormTokensAsync(client);
        var form = await ValidFormAsync(client, token, submission);

        var first = await PostAsync(client, "/Apply", form);
        var second = await PostAsync(client, "/Apply", form);

        var number = TrackingNumber().Match(first).Groups[1].Value;
        Assert.StartsWith("YSQ", number, StringComparison.Ordinal);
        Assert.Equal(number, TrackingNumber().Match(second).Groups[1].Value);
        Assert.Contains("此前已经提交成功", second, StringComparison.Ordinal);
        Assert.DoesNotContain("110101199003076518", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_Check_ListsMatchingPublishedEntries()
    {
        var client = factory.CreateClient();
        var (token, submission) = await FormTokensAsync(client);

        var html = await PostAsync(client, "/Apply?handler=Check", new() { ["__RequestVerificationToken"] = token, ["SubmissionToken"] = submission, ["Form.Description"] = "城乡最低生活保障标准调整的通知" });

        Assert.Contains("可能就是您需要的", html, StringComparison.Ordinal);
        Assert.Contains("/Catalogue/Entry/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Track_WithCode_ShowsStatusStepsAndDueDate_WithoutCode_ShowsNothing()
    {
        var client = factory.CreateClient();
        var (token, submission) = await FormTokensAsync(client);
        var receipt = await PostAsync(client, "/Apply", await ValidFormAsync(client, token, submission));
        var number = TrackingNumber().Match(receipt).Groups[1].Value;
        var code = AccessCode().Match(receipt).Groups[1].Value;
        var trackToken = AntiforgeryToken().Match(await client.GetStringAsync("/Track")).Groups[1].Value;

        var wrong = await PostAsync(client, "/Track", new() { ["__RequestVerificationToken"] = trackToken, ["TrackingNumber"] = number, ["AccessCode"] = "AAAAAAAAAA" });
        var right = await PostAsync(client, "/Track", new() { ["__RequestVerificationToken"] = trackToken, ["TrackingNumber"] = number, ["AccessCode"] = code });

        Assert.Contains("受理编号或查询码不正确", wrong, StringComparison.Ordinal);
        Assert.DoesNotContain("提交申请", wrong, StringComparison.Ordinal);
        Assert.Contains("待确认收到", right, StringComparison.Ordinal);
        Assert.Contains("提交申请", right, StringComparison.Ordinal);
        Assert.Contains("第三十一条", right, StringComparison.Ordinal);
        Assert.Matches(@"id=""due-on"">\d{4}-\d{2}-\d{2}<", right);
    }

    [Fact]
    public async Task Display_LargeTextAndSeniorMode_AreRemembered()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/Display?size=large&returnUrl=%2F");
        await client.GetAsync("/Display?senior=1&returnUrl=%2F");

        var html = await client.GetStringAsync("/");

        Assert.Contains("class=\"text-large senior\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Display_ForeignReturnUrl_GoesHome()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Display?size=large&returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/", response.Headers.Location?.ToString());
    }

    internal static async Task<(string Antiforgery, string Submission)> FormTokensAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/Apply");
        return (AntiforgeryToken().Match(html).Groups[1].Value, SubmissionTokenField().Match(html).Groups[1].Value);
    }

    internal static async Task<Dictionary<string, string>> ValidFormAsync(HttpClient client, string token, string submission)
    {
        var agencies = await client.GetStringAsync("/api/agencies");
        var agency = Regex.Match(agencies, "\"id\":\"([0-9a-f-]{36})\"").Groups[1].Value;
        return new()
        {
            ["__RequestVerificationToken"] = token,
            ["SubmissionToken"] = submission,
            ["Form.AgencyId"] = agency,
            ["Form.ApplicantKind"] = "NaturalPerson",
            ["Form.Name"] = "张三",
            ["Form.IdentityNumber"] = "110101199003076518",
            ["Form.Phone"] = "13800000000",
            ["Form.Description"] = "2024年城乡低保标准调整的通知（文号不详）",
            ["Form.Form"] = "电子文档",
            ["Form.Manner"] = "网上获取",
        };
    }

    private static async Task<string> PostAsync(HttpClient client, string path, Dictionary<string, string> form)
    {
        var response = await client.PostAsync(path, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<input(?![^>]*type=\"hidden\")[^>]* id=\"([^\"]+)\"[^>]*>")]
    private static partial Regex InputId();

    [GeneratedRegex("href=\"(/Catalogue/Entry/[0-9a-f-]{36})\"")]
    private static partial Regex EntryLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"SubmissionToken\" value=\"([^\"]+)\"")]
    private static partial Regex SubmissionTokenField();

    [GeneratedRegex("id=\"tracking-number\" class=\"code\">([^<]+)<")]
    internal static partial Regex TrackingNumber();

    [GeneratedRegex("id=\"access-code\" class=\"code\">([^<]+)<")]
    internal static partial Regex AccessCode();
}

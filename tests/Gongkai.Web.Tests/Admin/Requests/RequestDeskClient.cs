using System.Net;

namespace Gongkai.Web.Tests.Admin.Requests;

/// <summary>Drives /Admin/Requests as a signed-in officer: registers requests and posts the request page's forms.</summary>
public sealed class RequestDeskClient(HttpClient client)
{
    /// <summary>The signed-in client.</summary>
    public HttpClient Http => client;

    /// <summary>A date relative to the test clock's today as a form value.</summary>
    public static string Day(int offsetDays) => TestClock.Day(offsetDays);

    /// <summary>Registers a request through the form; returns its id.</summary>
    public async Task<Guid> RegisterAsync(string channel = "Post", string? description = null, string name = "王五", string? identity = null, int submittedDaysAgo = 10, string? agencyId = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Channel"] = channel,
            ["Kind"] = "NaturalPerson",
            ["Name"] = name,
            ["Phone"] = "13900000000",
            ["Address"] = "西宁市城中区某路1号",
            ["Description"] = description ?? "2025年城乡低保资金发放情况及审批文件",
            ["FormRequested"] = "纸质，邮寄",
            ["SubmittedOn"] = Day(-submittedDaysAgo),
            ["Documents"] = "申请表原件1份；身份证复印件1份",
        };
        if (identity is not null)
        {
            fields["IdentityNumber"] = identity;
        }

        if (agencyId is not null)
        {
            fields["AgencyId"] = agencyId;
        }

        var response = await BackOfficeFactory.PostFormAsync(client, "/Admin/Requests/Register", "/Admin/Requests/Register", fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Register failed: " + await response.Content.ReadAsStringAsync());
        }

        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary>Posts one action form of the request page.</summary>
    public Task<HttpResponseMessage> ActAsync(Guid id, string handler, IDictionary<string, string>? fields = null) =>
        BackOfficeFactory.PostFormAsync(client, $"/Admin/Requests/{id}", $"/Admin/Requests/{id}?handler={handler}", fields ?? new Dictionary<string, string>());

    /// <summary>Posts an action that must succeed (PRG redirect).</summary>
    public async Task DoAsync(Guid id, string handler, IDictionary<string, string>? fields = null)
    {
        var response = await ActAsync(id, handler, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{handler} refused: " + Errors(await response.Content.ReadAsStringAsync()));
        }
    }

    /// <summary>Posts an action that must be refused; returns the page's HTML.</summary>
    public async Task<string> RefusedAsync(Guid id, string handler, IDictionary<string, string>? fields = null)
    {
        var response = await ActAsync(id, handler, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Errors(string html)
    {
        var start = html.IndexOf("id=\"errors\"", StringComparison.Ordinal);
        return start < 0 ? html[..Math.Min(html.Length, 2000)] : html.Substring(start, Math.Min(600, html.Length - start));
    }
}

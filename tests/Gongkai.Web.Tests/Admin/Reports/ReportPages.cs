using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Admin.Reports;

/// <summary>Posting the annual-report pages' forms as a signed-in officer, and finding the seed reports.</summary>
internal static partial class ReportPages
{
    public static string Draft(string agency, int year) => $"/Admin/Reports/Draft?agency={agency}&year={year}";

    /// <summary>Posts a handler of the draft page (the token taken from the page itself).</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string agency, int year, string handler, IDictionary<string, string>? fields = null) =>
        BackOfficeFactory.PostFormAsync(client, Draft(agency, year), $"/Admin/Reports/Draft?handler={handler}&agency={agency}&year={year}",
            fields ?? new Dictionary<string, string>());

    /// <summary>Starts the report from the report page.</summary>
    public static Task<HttpResponseMessage> StartAsync(HttpClient client, string agency, int year) =>
        BackOfficeFactory.PostFormAsync(client, $"/Admin/Reports?agency={agency}&year={year}", $"/Admin/Reports?handler=Start&agency={agency}&year={year}",
            new Dictionary<string, string>());

    /// <summary>Asserts a redirect (the action succeeded).</summary>
    public static async Task SucceededAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {Errors(await response.Content.ReadAsStringAsync())}");
    }

    /// <summary>The error summary of a page.</summary>
    public static string Errors(string html) => ErrorSummary().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Value) : string.Empty;

    /// <summary>A published seed report (<see cref="SeedFolder"/>); tests using it are [SeedFact].</summary>
    public static string Seed(string prefix) => SeedFolder.File(prefix);

    [GeneratedRegex("<div class=\"errors[^\"]*\"[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();
}

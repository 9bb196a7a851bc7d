using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests.Boundaries;

/// <summary>Posting the portal's forms as a browser does: with the anti-forgery cookie and token of the form's page.</summary>
internal static partial class PortalForms
{
    /// <summary>The anti-forgery token on a page (the client keeps the cookie).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return Token().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No anti-forgery token on {page}");
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the token of <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", await TokenAsync(client, page)) };
        return await client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

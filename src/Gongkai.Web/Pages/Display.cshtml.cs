using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The text-size switch and the senior-friendly (适老化) mode: remembered in cookies, works without script.</summary>
public sealed class DisplayModel : PageModel
{
    /// <summary>Sets the preference and goes back.</summary>
    public IActionResult OnGet(string? size, string? senior, string? returnUrl)
    {
        var options = new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true };
        if (size is "large" or "normal")
        {
            Response.Cookies.Append("gk-size", size, options);
        }

        if (senior is "1" or "0")
        {
            Response.Cookies.Append("gk-senior", senior, options);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}

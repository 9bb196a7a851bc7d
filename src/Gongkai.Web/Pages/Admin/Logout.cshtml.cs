using Gongkai.Data.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin;

/// <summary>Signs the officer out (POST only, with the anti-forgery token).</summary>
public sealed class LogoutModel(SignInManager<OfficerAccount> signIn) : PageModel
{
    /// <summary>A GET shows the sign-out button rather than signing out (no sign-out by link).</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs out.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/Admin/Login");
    }
}

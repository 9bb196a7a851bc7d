using System.ComponentModel.DataAnnotations;
using Gongkai.Data.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Account;

/// <summary>The signed-in officer changes its own password (the printed first password must be changed here).</summary>
public sealed class PasswordModel(UserManager<OfficerAccount> users, SignInManager<OfficerAccount> signIn) : PageModel
{
    /// <summary>原密码.</summary>
    [BindProperty]
    [Required(ErrorMessage = "请输入原密码。")]
    public string Current { get; set; } = string.Empty;

    /// <summary>新密码.</summary>
    [BindProperty]
    [Required(ErrorMessage = "请输入新密码。")]
    [StringLength(200)]
    public string New { get; set; } = string.Empty;

    /// <summary>再次输入新密码.</summary>
    [BindProperty]
    [Compare(nameof(New), ErrorMessage = "两次输入的新密码不一致。")]
    public string Confirm { get; set; } = string.Empty;

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Changes the password.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(account, Current, New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(account);
        TempData["Success"] = "密码已修改。";
        return Redirect("/Admin");
    }
}

using System.ComponentModel.DataAnnotations;
using Gongkai.Data.Officers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin;

/// <summary>Officers sign in (Identity password sign-in with lockout after 5 failures).</summary>
public sealed class LoginModel(SignInManager<OfficerAccount> signIn, ILogger<LoginModel> logger) : PageModel
{
    /// <summary>登录名.</summary>
    [BindProperty]
    [Required(ErrorMessage = "请输入登录名。")]
    [StringLength(100)]
    public string UserName { get; set; } = string.Empty;

    /// <summary>密码.</summary>
    [BindProperty]
    [Required(ErrorMessage = "请输入密码。")]
    [StringLength(200)]
    public string Password { get; set; } = string.Empty;

    /// <summary>Where to go after signing in (local paths only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Officer signed in: {UserName}", UserName.Trim());
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Admin");
        }

        logger.LogWarning("Failed sign-in for {UserName} (locked out: {LockedOut})", UserName.Trim(), result.IsLockedOut);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "连续输错密码次数过多，账号已暂时锁定，请 15 分钟后再试或联系管理员。"
            : "登录名或密码不正确。");
        return Page();
    }
}

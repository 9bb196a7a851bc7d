using Gongkai.Web.Hosting;
using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages;

/// <summary>办理进度查询: tracking number and access code (posted, never in the URL) → status, steps, due date and its proof.</summary>
[EnableRateLimiting(PortalLimits.Policy)]
[RatePurpose(RatePurpose.Lookup)]
public sealed class TrackModel(RequestTracking tracking) : PageModel
{
    /// <summary>受理编号.</summary>
    [BindProperty]
    public string? TrackingNumber { get; set; }

    /// <summary>查询码.</summary>
    [BindProperty]
    public string? AccessCode { get; set; }

    /// <summary>The request found.</summary>
    public TrackedRequest? Found { get; private set; }

    /// <summary>The form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Looks the request up.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(TrackingNumber) || string.IsNullOrWhiteSpace(AccessCode))
        {
            ModelState.AddModelError(string.Empty, "请填写受理编号和查询码。");
            return Page();
        }

        Found = await tracking.FindAsync(TrackingNumber, AccessCode, cancellationToken);
        if (Found is null)
        {
            ModelState.AddModelError(string.Empty, "受理编号或查询码不正确，请核对后重新输入。");
        }

        return Page();
    }
}

using Gongkai.Web.Hosting;
using Gongkai.Data.Catalogue;
using Gongkai.Domain;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Requests;
using Gongkai.Web.Agencies;
using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages.Apply;

/// <summary>
/// 依申请公开: the online request form (第二十九条), a check against the published catalogue before submitting (the
/// information may already be public), and the receipt — shown only after the request is committed, the same receipt
/// again when the same form is submitted twice.
/// </summary>
[EnableRateLimiting(PortalLimits.Policy)]
[RatePurpose(RatePurpose.Submission)]
public sealed class IndexModel(AgencyDirectory agencies, CatalogueSearch search, OnlineRequestSubmission submission) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public OnlineRequestForm Form { get; set; } = new();

    /// <summary>The one-time token of this form (a double submit gives one request).</summary>
    [BindProperty]
    public string SubmissionToken { get; set; } = string.Empty;

    /// <summary>Agencies to choose from.</summary>
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    /// <summary>Published entries that may already hold the information.</summary>
    public IReadOnlyList<CatalogueHit> Matches { get; private set; } = [];

    /// <summary>Whether the catalogue check ran.</summary>
    public bool Checked { get; private set; }

    /// <summary>The receipt, once submitted.</summary>
    public RequestReceipt? Receipt { get; private set; }

    /// <summary>A blank form.</summary>
    public async Task OnGetAsync(Guid? agency, CancellationToken cancellationToken)
    {
        SubmissionToken = Guid.NewGuid().ToString("N");
        Form.AgencyId = agency;
        Agencies = await agencies.AllAsync(cancellationToken);
    }

    /// <summary>查找已公开信息: shows catalogue entries matching the description, keeps the form.</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadMatchesAsync(cancellationToken);
        return Page();
    }

    /// <summary>提交申请.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(SubmissionToken) || SubmissionToken.Length > 64)
        {
            SubmissionToken = Guid.NewGuid().ToString("N");
        }

        foreach (var error in Form.CrossFieldErrors())
        {
            ModelState.AddModelError("Form." + error.MemberNames.FirstOrDefault(), error.ErrorMessage ?? "输入不正确。");
        }

        if (Form.AgencyId is { } agencyId && await agencies.FindAsync(agencyId, cancellationToken) is null)
        {
            ModelState.AddModelError("Form.AgencyId", "所选受理机关不存在，请从列表中选择。");
        }

        if (!ModelState.IsValid)
        {
            await LoadMatchesAsync(cancellationToken);
            return Page();
        }

        try
        {
            Receipt = await submission.SubmitAsync(Form, "form:" + SubmissionToken, cancellationToken);
        }
        catch (SubmissionKeyReusedException)
        {
            ModelState.Remove(nameof(SubmissionToken));
            SubmissionToken = Guid.NewGuid().ToString("N");
            ModelState.AddModelError(string.Empty, "这份表单已经提交过另一份内容不同的申请。请核对下面的内容后再次点击“提交申请”，将作为新的申请提交。");
            await LoadMatchesAsync(cancellationToken);
        }
        catch (RuleViolationException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            await LoadMatchesAsync(cancellationToken);
        }

        return Page();
    }

    /// <summary>The applicant kinds offered.</summary>
    public static IEnumerable<ApplicantKind> Kinds => Enum.GetValues<ApplicantKind>();

    private async Task LoadMatchesAsync(CancellationToken cancellationToken)
    {
        Agencies = await agencies.AllAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(Form.Description))
        {
            Checked = true;
            Matches = (await search.SearchAsync(new CatalogueQuery(Form.Description, PageSize: 5, MatchAnyWord: true), cancellationToken)).Hits;
        }
    }
}

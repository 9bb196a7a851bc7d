using Gongkai.Data.Officers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Admin;

/// <summary>
/// The admin folders and who may do what in each: the one table from which Razor Pages conventions authorize the
/// folders (<see cref="ReadPolicy"/>, enforced by the framework before any page code) and guard their actions
/// (<see cref="ActionPolicy"/>, enforced by <see cref="AdminActionFilter"/> on every POST), and from which the
/// navigation is rendered (<see cref="AdminNavigation"/>).
/// </summary>
/// <param name="Folder">The Razor Pages folder, e.g. "/Admin/Requests".</param>
/// <param name="ReadPolicy">Who may open its pages (records only inside the account's scope).</param>
/// <param name="ActionPolicy">Who may post its forms; null: each page decides (its actions need different roles).</param>
/// <param name="Refusal">The Chinese refusal shown on the page when <see cref="ActionPolicy"/> fails.</param>
/// <param name="HandlerRefusals">Refusals for particular handlers (by handler name), where one message does not fit all.</param>
public sealed record AdminFolder(string Folder, string ReadPolicy, string? ActionPolicy, string? Refusal, IReadOnlyDictionary<string, string>? HandlerRefusals = null)
{
    /// <summary>Every admin folder (docs/back-office.md "Policies").</summary>
    public static IReadOnlyList<AdminFolder> All { get; } =
    [
        new("/Admin/Requests", AdminPolicies.BackOffice, AdminPolicies.Officer, "办理申请须具有“经办人”或“审核人”角色。"),
        new("/Admin/Appeals", AdminPolicies.BackOffice, AdminPolicies.Officer,
            $"登记和记录复议诉讼案件须具有“{OfficerRole.Label(OfficerRole.Officer)}”或“{OfficerRole.Label(OfficerRole.Approver)}”角色。"),
        new("/Admin/Catalogue", AdminPolicies.BackOffice, AdminPolicies.Officer,
            $"起草和修改目录条目须具有“{OfficerRole.Label(OfficerRole.Officer)}”或“{OfficerRole.Label(OfficerRole.Approver)}”角色。"),
        new("/Admin/NormativeDocuments", AdminPolicies.BackOffice, null, null),
        new("/Admin/Statistics", AdminPolicies.BackOffice, AdminPolicies.Officer, "填报统计数据需要“经办人”或“审核人（工作机构负责人）”角色。"),
        new("/Admin/Reports", AdminPolicies.BackOffice, null, null),
        new("/Admin/Notices", AdminPolicies.BackOffice, AdminPolicies.AgencyAdministrator, "只有单位管理员可以修改告知书模板。"),
        new("/Admin/Agencies", AdminPolicies.BackOffice, AdminPolicies.SystemAdministrator, "只有系统管理员可以新增机关。",
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Rename"] = "只有系统管理员可以修改机关名称。" }),
        new("/Admin/Users", AdminPolicies.BackOffice, AdminPolicies.AgencyAdministrator, "只有单位管理员或系统管理员可以管理账号。"),
        new("/Admin/Imports", AdminPolicies.BackOffice, null, null),
        new("/Admin/AuditTrail", AdminPolicies.BackOffice, null, null),
        new("/Admin/Account", AdminPolicies.BackOffice, null, null),
    ];

    /// <summary>The folder of a page path ("/Admin/Requests/Show"), null for pages at the admin root.</summary>
    public static AdminFolder? Of(string viewEnginePath) =>
        All.FirstOrDefault(f => viewEnginePath.StartsWith(f.Folder + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>The refusal for <paramref name="handler"/>.</summary>
    public string RefusalFor(string? handler) =>
        handler is not null && HandlerRefusals?.TryGetValue(handler, out var specific) == true ? specific : Refusal ?? "您的账号没有这项操作所需的角色。";
}

/// <summary>Applies <see cref="AdminFolder.All"/> as Razor Pages conventions.</summary>
public static class AdminFolderConventions
{
    /// <summary>Adds the folder read policies to <paramref name="conventions"/>.</summary>
    public static void Apply(PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Admin", AdminPolicies.BackOffice);
        conventions.AllowAnonymousToPage(BackOffice.LoginPath);
        foreach (var folder in AdminFolder.All)
        {
            conventions.AuthorizeFolder(folder.Folder, folder.ReadPolicy);
        }
    }
}

/// <summary>
/// On every POST to an admin page: a POST that names no form of the page is answered 404 (405 when the page has no
/// form at all) instead of rendering the page unloaded; and the folder's <see cref="AdminFolder.ActionPolicy"/> is
/// checked — when it fails, the page's GET handler runs instead with the refusal in the page's message area, so
/// nothing is written and the officer reads why on the page they were on (the answer each page used to give itself).
/// Registered once for all pages (<see cref="AdminPages.AddAdminPages"/>); the folder comes from the page's path.
/// </summary>
public sealed class AdminActionFilter : IAsyncPageFilter
{
    /// <inheritdoc />
    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || !context.ActionDescriptor.ViewEnginePath.StartsWith("/Admin/", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (context.HandlerMethod is null)
        {
            context.HttpContext.Items[typeof(AdminActionFilter)] = context.ActionDescriptor.HandlerMethods.Any(h => !IsGet(h))
                ? StatusCodes.Status404NotFound
                : StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (AdminFolder.Of(context.ActionDescriptor.ViewEnginePath) is not { ActionPolicy: { } policy } folder)
        {
            return;
        }

        var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        if ((await authorization.AuthorizeAsync(context.HttpContext.User, policy)).Succeeded)
        {
            return;
        }

        var refusal = folder.RefusalFor(context.HandlerMethod.Name ?? request.Query["handler"].FirstOrDefault());
        context.HandlerMethod = context.ActionDescriptor.HandlerMethods.FirstOrDefault(h => IsGet(h) && h.Name is null);
        context.HttpContext.Items[typeof(AdminActionFilter)] = context.HandlerMethod is null ? StatusCodes.Status403Forbidden : refusal;
    }

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        switch (context.HttpContext.Items[typeof(AdminActionFilter)])
        {
            case int status:
                context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(status);
                return;
            case string refusal:
                context.ModelState.AddModelError(string.Empty, refusal);
                break;
        }

        await next();
    }

    private static bool IsGet(Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.HandlerMethodDescriptor handler) =>
        string.Equals(handler.HttpMethod, "Get", StringComparison.OrdinalIgnoreCase);
}

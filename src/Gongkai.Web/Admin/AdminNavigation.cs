using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;

namespace Gongkai.Web.Admin;

/// <summary>One link of the back-office navigation and the policy that shows it.</summary>
/// <param name="Group">The heading it is listed under.</param>
/// <param name="Href">Where it goes.</param>
/// <param name="Label">Its text.</param>
/// <param name="Policy">The <see cref="AdminPolicies"/> policy that must pass for the link to show: the folder's read
/// policy, or its action policy when the page exists only to act (登记申请, 统计数据填报, 告知书模板, 机关, 账号).</param>
public sealed record AdminLink(string Group, string Href, string Label, string Policy)
{
    /// <summary>Every link, in order.</summary>
    public static IReadOnlyList<AdminLink> All { get; } =
    [
        new("日常办理", "/Admin", "工作台", AdminPolicies.BackOffice),
        new("日常办理", "/Admin/Requests", "申请办理", AdminPolicies.BackOffice),
        new("日常办理", "/Admin/Requests/Register", "登记申请", AdminPolicies.Officer),
        new("日常办理", "/Admin/Imports", "导入台账和目录", AdminPolicies.BackOffice),
        new("日常办理", "/Admin/Appeals", "复议诉讼", AdminPolicies.BackOffice),
        new("主动公开", "/Admin/Catalogue", "目录发布", AdminPolicies.BackOffice),
        new("主动公开", "/Admin/NormativeDocuments", "规章和规范性文件", AdminPolicies.BackOffice),
        new("年度报告", "/Admin/Reports", "年度报告", AdminPolicies.BackOffice),
        new("年度报告", "/Admin/Reports/Units", "下属单位报告", AdminPolicies.Supervisor),
        new("年度报告", "/Admin/Statistics", "统计数据填报", AdminPolicies.Officer),
        new("年度报告", "/Admin/Reports/Audit", "报告审查", AdminPolicies.BackOffice),
        new("管理", "/Admin/Notices/Templates", "告知书模板", AdminPolicies.AgencyAdministrator),
        new("管理", "/Admin/Agencies", "机关", AdminPolicies.BackOffice),
        new("管理", "/Admin/Users", "账号", AdminPolicies.AgencyAdministrator),
        new("管理", "/Admin/AuditTrail", "操作日志", AdminPolicies.BackOffice),
    ];

    /// <summary>The links <paramref name="user"/> passes the policy of, grouped under their headings.</summary>
    public static async Task<IReadOnlyList<IGrouping<string, AdminLink>>> VisibleAsync(IAuthorizationService authorization, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var visible = new List<AdminLink>();
        var passed = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var link in All)
        {
            if (!passed.TryGetValue(link.Policy, out var ok))
            {
                passed[link.Policy] = ok = (await authorization.AuthorizeAsync(user, link.Policy)).Succeeded;
            }

            if (ok)
            {
                visible.Add(link);
            }
        }

        return visible.GroupBy(l => l.Group).ToList();
    }
}

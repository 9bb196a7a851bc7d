using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Hosting;

/// <summary>
/// A platform without any agency (a production start on an empty database): the home page and the console say what
/// the administrator does first, instead of showing an empty tree with no explanation.
/// </summary>
public static class EmptyPortal
{
    /// <summary>The first steps, in the words the home page and the console use.</summary>
    public static IReadOnlyList<string> FirstSteps { get; } =
    [
        "以系统管理员身份登录后台（/Admin）：登录名 admin，密码在首次启动时打印在服务器控制台上（或由 Admin:InitialPassword 设定）；登录后先修改密码。",
        "在“机关”中添加本级人民政府，再添加其部门和下级政府。",
        "在“账号”中为各机关添加经办人和审核人。",
        "在“目录发布”中发布主动公开的政府信息；公开指南、申请表和年度报告随后在门户网站上显示。",
    ];

    /// <summary>True when no agency exists yet.</summary>
    public static async Task<bool> IsEmptyAsync(GongkaiDbContext db, CancellationToken cancellationToken = default) =>
        !await db.Agencies.AnyAsync(cancellationToken);

    /// <summary>Prints the first steps on the console when the platform has no agency.</summary>
    public static async Task AnnounceAsync(GongkaiDbContext db, TextWriter console, CancellationToken cancellationToken = default)
    {
        if (!await IsEmptyAsync(db, cancellationToken))
        {
            return;
        }

        console.WriteLine();
        console.WriteLine("================ 平台尚未添加任何机关 ================");
        for (var i = 0; i < FirstSteps.Count; i++)
        {
            console.WriteLine($"  {i + 1}. {FirstSteps[i]}");
        }

        console.WriteLine($"  （演示数据只在开发环境或以 {DemoSwitch.CommandLine} / {DemoSwitch.Setting}=true 启动时加载。）");
        console.WriteLine("======================================================");
        console.WriteLine();
    }
}

namespace Gongkai.Data.Officers;

/// <summary>
/// The back-office roles. Every role sees only its agency's subtree; the role decides the actions.
/// </summary>
public static class OfficerRole
{
    /// <summary>经办人: registers and handles requests, drafts notices, enters catalogue entries and statistics.</summary>
    public const string Officer = "Officer";

    /// <summary>审核人 (政府信息公开工作机构负责人): approves extensions (条例 第三十三条第二款), confidentiality reviews
    /// (第十七条) and annual reports before publication.</summary>
    public const string Approver = "Approver";

    /// <summary>单位管理员: manages the accounts, notice templates and disclosure guide of its agency.</summary>
    public const string AgencyAdministrator = "AgencyAdministrator";

    /// <summary>上级主管/监督: the supervising office (条例 第三条、第四条) that checks and rolls up the reports of its
    /// departments and lower governments.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>系统管理员: creates agencies and accounts anywhere in its tree.</summary>
    public const string SystemAdministrator = "SystemAdministrator";

    /// <summary>Every role, in the order the user-management page lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Officer, Approver, AgencyAdministrator, Supervisor, SystemAdministrator];

    /// <summary>The Chinese name of a role.</summary>
    public static string Label(string role) => role switch
    {
        Officer => "经办人",
        Approver => "审核人（工作机构负责人）",
        AgencyAdministrator => "单位管理员",
        Supervisor => "上级主管（监督）",
        SystemAdministrator => "系统管理员",
        _ => role,
    };
}

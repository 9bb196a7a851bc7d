using Gongkai.Domain;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Data.Officers;

/// <summary>
/// A back-office account: an officer (工作人员) of one agency. What the account may see is that agency's subtree
/// (the agency, its departments and lower governments); what it may do is set by its roles (<see cref="OfficerRole"/>).
/// Only a system administrator may have no agency, and then sees the whole tree.
/// </summary>
public sealed class OfficerAccount : IdentityUser<Guid>
{
    private OfficerAccount()
    {
        DisplayName = string.Empty;
    }

    /// <summary>The person's name as shown on notices and in the audit trail.</summary>
    public string DisplayName { get; private set; }

    /// <summary>The agency the account belongs to; null only for a system administrator of the whole tree.</summary>
    public Guid? AgencyId { get; private set; }

    /// <summary>Creates an account (the password is set by Identity's UserManager).</summary>
    /// <exception cref="RuleViolationException">User name or display name missing.</exception>
    public static OfficerAccount Create(string userName, string displayName, Guid? agencyId)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            throw new RuleViolationException("登录名不能为空。");
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new RuleViolationException("姓名不能为空。");
        }

        return new OfficerAccount
        {
            Id = Guid.NewGuid(),
            UserName = userName.Trim(),
            DisplayName = displayName.Trim(),
            AgencyId = agencyId,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
        };
    }

    /// <summary>Changes the name shown for the account.</summary>
    /// <exception cref="RuleViolationException">Empty name.</exception>
    public void Rename(string displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new RuleViolationException("姓名不能为空。");
        }

        DisplayName = displayName.Trim();
    }
}

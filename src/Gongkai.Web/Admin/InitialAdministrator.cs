using System.Security.Cryptography;
using Gongkai.Data.Officers;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Admin;

/// <summary>
/// First start of the back office: creates the roles and, when there is no account at all, one system administrator
/// named <c>admin</c> with a generated password, which the host prints once on the console (never a fixed default;
/// an automated setup may supply it as <c>Admin:InitialPassword</c>).
/// </summary>
public sealed class InitialAdministrator(UserManager<OfficerAccount> users, RoleManager<IdentityRole<Guid>> roles)
{
    /// <summary>The sign-in name of the first administrator.</summary>
    public const string UserName = "admin";

    /// <summary>Creates missing roles, and the administrator when no account exists.</summary>
    /// <returns>The generated password when the administrator was created now; otherwise null.</returns>
    /// <exception cref="InvalidOperationException">Identity refused the account (e.g. a supplied password that breaks the policy).</exception>
    public async Task<string?> EnsureAsync(string? suppliedPassword)
    {
        foreach (var role in OfficerRole.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() }));
            }
        }

        if (users.Users.Any())
        {
            return null;
        }

        var password = string.IsNullOrEmpty(suppliedPassword) ? Generate() : suppliedPassword;
        var admin = OfficerAccount.Create(UserName, "系统管理员", agencyId: null);
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRolesAsync(admin, [OfficerRole.SystemAdministrator, OfficerRole.AgencyAdministrator, OfficerRole.Supervisor]));
        return password;
    }

    /// <summary>A random password that meets the policy (upper, lower, digit, symbol; 16 characters).</summary>
    public static string Generate()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!@#$%*-_=+";
        const string all = upper + lower + digits + symbols;
        var chars = new char[16];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Creating the first administrator failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}

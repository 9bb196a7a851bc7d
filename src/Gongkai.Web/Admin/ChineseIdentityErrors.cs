using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Admin;

/// <summary>Identity's messages in Chinese (the user sees them on the account pages).</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    /// <inheritdoc />
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码至少 {length} 位。" };

    /// <inheritdoc />
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "密码须包含数字。" };

    /// <inheritdoc />
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "密码须包含小写字母。" };

    /// <inheritdoc />
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "密码须包含大写字母。" };

    /// <inheritdoc />
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "密码须包含符号（如 !@#$%）。" };

    /// <inheritdoc />
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"密码至少包含 {uniqueChars} 个不同的字符。" };

    /// <inheritdoc />
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "原密码不正确。" };

    /// <inheritdoc />
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"登录名“{userName}”已被使用。" };

    /// <inheritdoc />
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"登录名“{userName}”无效：只能使用字母、数字和 - . _ @。" };

    /// <inheritdoc />
    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = $"该账号已有角色“{Gongkai.Data.Officers.OfficerRole.Label(role)}”。" };

    /// <inheritdoc />
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "操作未成功，请重试。" };

    /// <inheritdoc />
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "该账号刚被他人修改，请刷新后重试。" };
}

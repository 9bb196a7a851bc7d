namespace Gongkai.Domain.Requests;

/// <summary>
/// 申请人: who asks (条例 第二十九条第二款第（一）项: 姓名或者名称、身份证明、联系方式). Identity number, phone and
/// address are personal data: they never appear in logs, URLs or public pages.
/// </summary>
public sealed record Applicant
{
    /// <summary>Creates an applicant, refusing one that 第二十九条 would not accept.</summary>
    /// <exception cref="RuleViolationException">Name or contact missing.</exception>
    public Applicant(ApplicantKind kind, string name, string? identityNumber, string? phone, string? email, string? address)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RuleViolationException("申请人姓名或者名称不能为空（第二十九条第二款第（一）项）。", "第二十九条");
        }

        if (string.IsNullOrWhiteSpace(phone) && string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(address))
        {
            throw new RuleViolationException("申请人须留有联系方式：电话、电子邮箱或通信地址至少一项（第二十九条第二款第（一）项）。", "第二十九条");
        }

        Kind = kind;
        Name = name.Trim();
        IdentityNumber = Blank(identityNumber);
        Phone = Blank(phone);
        Email = Blank(email);
        Address = Blank(address);
    }

    private Applicant(ApplicantKind kind, string name, string? phone, string? email, string? address)
    {
        Kind = kind;
        Name = name.Trim();
        Phone = Blank(phone);
        Email = Blank(email);
        Address = Blank(address);
    }

    /// <summary>
    /// The applicant of a request an office recorded in its ledger before Gongkai (imported history). The name is
    /// required; the contact is what the ledger kept — many ledgers keep none, and 第二十九条's requirement applies to
    /// filing a request, not to the record of one already answered.
    /// </summary>
    /// <exception cref="RuleViolationException">No name.</exception>
    public static Applicant FromLedger(ApplicantKind kind, string name, string? phone, string? email, string? address)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RuleViolationException("申请人姓名或者名称不能为空（第二十九条第二款第（一）项）。", "第二十九条");
        }

        return new Applicant(kind, name, phone, email, address);
    }

    /// <summary>自然人 or the kind of 法人或其他组织.</summary>
    public ApplicantKind Kind { get; }

    /// <summary>姓名或者名称.</summary>
    public string Name { get; }

    /// <summary>身份证明: an identity-card number, or for an organisation its 统一社会信用代码.</summary>
    public string? IdentityNumber { get; }

    /// <summary>联系电话.</summary>
    public string? Phone { get; }

    /// <summary>电子邮箱.</summary>
    public string? Email { get; }

    /// <summary>通信地址.</summary>
    public string? Address { get; }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

namespace Gongkai.Domain.Requests;

/// <summary>
/// 申请人情况: the applicant columns of table 三 of the national report format (2019, 2021): 自然人, and under
/// 法人或其他组织 the five kinds below. Persisted as strings; never renamed.
/// </summary>
public enum ApplicantKind
{
    /// <summary>自然人.</summary>
    NaturalPerson,

    /// <summary>法人或其他组织 — 商业企业.</summary>
    CommercialEnterprise,

    /// <summary>法人或其他组织 — 科研机构.</summary>
    ResearchInstitution,

    /// <summary>法人或其他组织 — 社会公益组织.</summary>
    PublicWelfareOrganization,

    /// <summary>法人或其他组织 — 法律服务机构.</summary>
    LegalServiceInstitution,

    /// <summary>法人或其他组织 — 其他.</summary>
    OtherOrganization,
}

/// <summary>Labels of the applicant kinds as printed in the column headers of table 三.</summary>
public static class ApplicantKindLabels
{
    /// <summary>
    /// Whether <paramref name="kind"/> is one of the kinds of 第二十九条 / table 三. A record stored before the portal
    /// refused undefined numbers may hold another value: it is shown as needing correction, never counted.
    /// </summary>
    public static bool IsDefined(this ApplicantKind kind) => Enum.IsDefined(kind);

    /// <summary>How an undefined kind is shown: as needing correction, with the stored value.</summary>
    public static string NeedsCorrection(this ApplicantKind kind) => $"申请人类型无效（{kind:D}），需更正";

    /// <summary>
    /// The column path of table 三 under "申请人情况", e.g. ["法人或其他组织", "商业企业"]; for an undefined kind the
    /// single label <see cref="NeedsCorrection"/> (callers that count check <see cref="IsDefined"/> first).
    /// </summary>
    public static IReadOnlyList<string> ColumnPath(this ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => ["自然人"],
        ApplicantKind.CommercialEnterprise => ["法人或其他组织", "商业企业"],
        ApplicantKind.ResearchInstitution => ["法人或其他组织", "科研机构"],
        ApplicantKind.PublicWelfareOrganization => ["法人或其他组织", "社会公益组织"],
        ApplicantKind.LegalServiceInstitution => ["法人或其他组织", "法律服务机构"],
        ApplicantKind.OtherOrganization => ["法人或其他组织", "其他"],
        _ => [kind.NeedsCorrection()],
    };

    /// <summary>The kind in Chinese (the leaf label).</summary>
    public static string ChineseName(this ApplicantKind kind) => kind.ColumnPath()[^1];
}

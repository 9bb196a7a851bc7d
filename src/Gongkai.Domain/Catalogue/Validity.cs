namespace Gongkai.Domain.Catalogue;

/// <summary>
/// 有效性 of a published document: whether it is still in force (第二十条第（二）项 requires normative documents to be
/// published; their validity is shown with them). Persisted as strings; never renamed.
/// </summary>
public enum Validity
{
    /// <summary>Not a document with legal effect (工作动态、统计、公告): no validity shown.</summary>
    NotApplicable,

    /// <summary>有效.</summary>
    InForce,

    /// <summary>已修改: amended by a later document.</summary>
    Amended,

    /// <summary>已废止.</summary>
    Repealed,

    /// <summary>已失效: its period of validity has ended.</summary>
    Expired,
}

/// <summary>Validity as printed on the portal.</summary>
public static class ValidityNames
{
    /// <summary>The validity in Chinese ("—" when not applicable).</summary>
    public static string ChineseName(this Validity validity) => validity switch
    {
        Validity.NotApplicable => "—",
        Validity.InForce => "有效",
        Validity.Amended => "已修改",
        Validity.Repealed => "已废止",
        Validity.Expired => "已失效",
        _ => throw new ArgumentOutOfRangeException(nameof(validity)),
    };
}

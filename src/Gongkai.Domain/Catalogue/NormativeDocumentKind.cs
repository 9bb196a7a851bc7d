namespace Gongkai.Domain.Catalogue;

/// <summary>
/// The two kinds of document of 条例 第二十条第（一）项 the annual report counts (table 二, rows 规章 and 行政规范性文件 /
/// 规范性文件). Persisted as the member name; never renamed.
/// </summary>
public enum NormativeDocumentKind
{
    /// <summary>规章: departmental or local government rules (《规章制定程序条例》).</summary>
    Rule,

    /// <summary>行政规范性文件 (2019 format: 规范性文件): documents binding on the public issued by an agency under its powers.</summary>
    AdministrativeNormativeDocument,
}

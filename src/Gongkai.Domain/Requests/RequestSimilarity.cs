using Gongkai.Domain.Catalogue;

namespace Gongkai.Domain.Requests;

/// <summary>
/// Whether two requests come from the same applicant and ask for the same information — the facts behind 重复申请
/// (条例 第三十六条第（六）项: 行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的，告知申请人
/// 不予重复处理) and behind 第四十四条 (多个申请人就相同政府信息…提出公开申请). It only points the officer at earlier
/// requests; deciding that they are "相同政府信息" stays the officer's judgement.
/// </summary>
public static class RequestSimilarity
{
    /// <summary>
    /// The share of the shorter description's Chinese bigrams (<see cref="ChineseBigrams"/>) found in the other one
    /// from which two descriptions are shown as "similar" (a choice: see docs/back-office.md).
    /// </summary>
    public const double SimilarThreshold = 0.5;

    /// <summary>
    /// Same applicant: the same identity number (身份证明) when both have one; otherwise the same name and at least one
    /// same contact (phone, e-mail or address).
    /// </summary>
    public static bool SameApplicant(Applicant a, Applicant b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.IdentityNumber is { } x && b.IdentityNumber is { } y)
        {
            return string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(a.Name, b.Name, StringComparison.Ordinal)
            && (Same(a.Phone, b.Phone) || Same(a.Email, b.Email) || Same(a.Address, b.Address));
    }

    /// <summary>
    /// A key that is equal for the same applicant as far as it can tell: the identity number, else name and the first
    /// contact given. Used to count distinct applicants (第四十四条).
    /// </summary>
    public static string ApplicantKey(Applicant applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        return ApplicantKey(applicant.IdentityNumber, applicant.Name, applicant.Phone ?? applicant.Email ?? applicant.Address);
    }

    /// <summary>The same key from stored columns (identity number, name, first contact given).</summary>
    public static string ApplicantKey(string? identityNumber, string name, string? firstContact) =>
        identityNumber is { } id ? "id:" + id.ToUpperInvariant() : $"name:{name}|{firstContact}";

    /// <summary>
    /// How much two descriptions share: the number of distinct tokens in both divided by the number of distinct tokens
    /// of the shorter one (0 when either has none). 1 means the shorter is contained in the longer.
    /// </summary>
    public static double Overlap(string? a, string? b)
    {
        var x = ChineseBigrams.Tokens(a).ToHashSet(StringComparer.Ordinal);
        var y = ChineseBigrams.Tokens(b).ToHashSet(StringComparer.Ordinal);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var shared = x.Count <= y.Count ? x.Count(y.Contains) : y.Count(x.Contains);
        return (double)shared / Math.Min(x.Count, y.Count);
    }

    /// <summary>Whether two descriptions reach <see cref="SimilarThreshold"/>.</summary>
    public static bool Similar(string? a, string? b) => Overlap(a, b) >= SimilarThreshold;

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Replace(" ", string.Empty, StringComparison.Ordinal), b.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}

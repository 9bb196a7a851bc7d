using System.Globalization;
using System.Text;

namespace Gongkai.Domain.Imports;

/// <summary>
/// The form in which headers and vocabulary words are compared: compatibility-normalised (full-width letters,
/// digits and brackets become half-width), lower case, with white space, brackets and punctuation removed — so
/// “申请人姓名（名称）”, “申请人姓名(名称)” and “申请人 姓名 名称” are one key.
/// </summary>
public static class TextKey
{
    /// <summary>The key of <paramref name="text"/>.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalised = text.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || category is UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                    or UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation
                    or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.MathSymbol
                    or UnicodeCategory.Format or UnicodeCategory.Control)
            {
                continue;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }
}

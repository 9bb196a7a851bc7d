using System.Globalization;
using System.Text;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The comparison form of a printed label or label path. Official tables print full-width punctuation
/// (（一）, ：, ，, “三安全一稳定”), while web copies, OCR and hand-typed data often carry half-width forms, curly or
/// straight quotes, stray spaces and line breaks. Two labels are the same label when their keys are equal.
/// <para>
/// The key is: Unicode NFKC (full-width ASCII forms → ASCII, ideographic space → space), curly quotes → straight
/// quotes, every white-space and invisible format character removed, ASCII letters lower-cased. Nothing else is
/// changed: 、 and ， stay different, a changed word (情形/情况) is a different label, and no prefix or fuzzy
/// matching is done — tolerance for local wording belongs to the parser, not to the model.
/// </para>
/// </summary>
public readonly record struct LabelKey
{
    private const char SegmentSeparator = '\u001F';

    private LabelKey(string value) => Value = value;

    /// <summary>The normalised text.</summary>
    public string Value { get; }

    /// <summary>The key of one label.</summary>
    public static LabelKey Of(string label) => new(Normalize(label));

    /// <summary>
    /// The key of a label path (outermost → leaf). Segments that normalise to nothing are dropped, so a path
    /// written with an empty merged cell matches the official path without it.
    /// </summary>
    public static LabelKey Of(IEnumerable<string> path) =>
        new(string.Join(SegmentSeparator, path.Select(Normalize).Where(s => s.Length > 0)));

    /// <summary>The normalised text of <paramref name="label"/> (see the type's remarks).</summary>
    public static string Normalize(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var folded = label.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u300C' or '\u300D' => '"',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                >= 'A' and <= 'Z' => char.ToLowerInvariant(c),
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}

namespace Gongkai.Domain.Audit;

/// <summary>
/// A number as written in a report, with where it was written. <see cref="Value"/> has the 万/亿 multiplier of a
/// counted unit applied ("2.46万件" → 24600 件); money keeps its printed unit ("2202万元" → 2202 万元, use
/// <see cref="ValueInYuan"/> to compare amounts).
/// </summary>
/// <param name="Kind">What was written.</param>
/// <param name="Value">The number; 0 for <see cref="FigureKind.NoneWord"/>; null for blank, markers and text.</param>
/// <param name="Unit">The unit written after the number.</param>
/// <param name="UnitText">The unit exactly as written ("件", "人次", "万元", "户"), empty when none.</param>
/// <param name="Span">Where the figure sits in the text it was parsed from (number, multiplier, unit and 余/多).</param>
/// <param name="Text">The exact text of <see cref="Span"/>.</param>
/// <param name="IsApproximate">Written as an approximation: "9616余条", "30多条", "近4万人次", "约", "左右".</param>
public sealed record Figure(
    FigureKind Kind,
    decimal? Value,
    FigureUnit Unit,
    string UnitText,
    TextSpan Span,
    string Text,
    bool IsApproximate = false)
{
    /// <summary>True unless nothing at all was written.</summary>
    public bool IsFilled => Kind != FigureKind.Blank;

    /// <summary>True for "/" and dashes: an officer chose to leave the cell empty.</summary>
    public bool IsExplicitlyEmpty => Kind is FigureKind.Slash or FigureKind.Dash;

    /// <summary>For money units, the amount in yuan; otherwise null.</summary>
    public decimal? ValueInYuan => Value is null
        ? null
        : Unit switch
        {
            FigureUnit.Yuan => Value,
            FigureUnit.WanYuan => Value * 10_000m,
            FigureUnit.YiYuan => Value * 100_000_000m,
            _ => null,
        };

    /// <summary>A blank cell of the given text.</summary>
    internal static Figure Blank(string text) =>
        new(FigureKind.Blank, null, FigureUnit.None, string.Empty, new TextSpan(0, text.Length), text);

    public override string ToString() => Kind == FigureKind.Number ? $"{Value}{UnitText}" : $"{Kind}({Text})";
}

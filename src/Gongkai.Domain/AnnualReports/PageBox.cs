using System.Text.Json.Serialization;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Where on a page a value was printed, in PDF user-space points (1/72 inch) with the origin at the page's lower-left
/// corner, as the page is drawn (before any /Rotate): left, bottom, width and height of the glyphs' box.
/// </summary>
public sealed record PageBox
{
    /// <summary>A box.</summary>
    [JsonConstructor]
    public PageBox(double left, double bottom, double width, double height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        Left = left;
        Bottom = bottom;
        Width = width;
        Height = height;
    }

    /// <summary>Left edge (points).</summary>
    [JsonPropertyName("left"), JsonPropertyOrder(0)]
    public double Left { get; }

    /// <summary>Bottom edge (points).</summary>
    [JsonPropertyName("bottom"), JsonPropertyOrder(1)]
    public double Bottom { get; }

    /// <summary>Width (points).</summary>
    [JsonPropertyName("width"), JsonPropertyOrder(2)]
    public double Width { get; }

    /// <summary>Height (points).</summary>
    [JsonPropertyName("height"), JsonPropertyOrder(3)]
    public double Height { get; }
}

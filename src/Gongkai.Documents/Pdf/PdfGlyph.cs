namespace Gongkai.Documents.Pdf;

/// <summary>
/// One printed character of a page in reading coordinates: x grows to the right along the text, y grows down the
/// page (points, origin at the top-left of the page as read), so a page printed sideways reads like any other.
/// <see cref="UserBox"/> is where the character stands in the PDF's own coordinates (for evidence);
/// <see cref="OcrConfidence"/> is set for characters recognised by OCR on a page without a text layer.
/// </summary>
internal readonly record struct PdfGlyph(string Text, double Left, double Right, double Baseline, double Size, UserBox UserBox, double? OcrConfidence = null)
{
    /// <summary>Top of the character's em box.</summary>
    public double Top => Baseline - (Size * 0.85);

    /// <summary>Bottom of the character's em box.</summary>
    public double Bottom => Baseline + (Size * 0.15);

    /// <summary>Horizontal centre.</summary>
    public double CenterX => (Left + Right) / 2;

    /// <summary>Vertical centre of the em box.</summary>
    public double CenterY => Baseline - (Size * 0.35);

    /// <summary>True for a Chinese character or full-width punctuation (no word spaces between them).</summary>
    public bool IsWide => Text.Length > 0 && PdfText.IsWide(Text[0]);
}

/// <summary>An axis-aligned rectangle: x from <see cref="Left"/> to <see cref="Right"/>, y from <see cref="Top"/> down to <see cref="Bottom"/>.</summary>
internal readonly record struct PdfRect(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Top && y <= Bottom;

    public PdfRect Union(PdfRect other) =>
        new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    public static PdfRect Empty => new(double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);

    public bool IsEmpty => Left > Right;
}

/// <summary>A box in the PDF's own coordinates as PdfPig reports them (points, origin lower-left of the page as displayed).</summary>
internal readonly record struct UserBox(double Left, double Bottom, double Width, double Height)
{
    public UserBox Union(UserBox other)
    {
        var left = Math.Min(Left, other.Left);
        var bottom = Math.Min(Bottom, other.Bottom);
        return new UserBox(left, bottom, Math.Max(Left + Width, other.Left + other.Width) - left, Math.Max(Bottom + Height, other.Bottom + other.Height) - bottom);
    }
}

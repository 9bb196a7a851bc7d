namespace Gongkai.Domain.Audit.Extraction;

/// <summary>What a printed column header stands for.</summary>
internal enum ColumnRole
{
    /// <summary>An official column.</summary>
    Official,
    /// <summary>"本年增" printed as its own column (2019 table 二): adds to 本年增/减.</summary>
    Increase,
    /// <summary>"本年减" printed as its own column: subtracts from 本年增/减.</summary>
    Decrease,
}

/// <summary>
/// A printed column resolved to a layout column path. <see cref="Doubt"/> is set when the column was placed by its
/// position between columns whose labels were read, not by its own label (a header misread by OCR).
/// </summary>
internal sealed record ColumnRef(IReadOnlyList<string> Path, ColumnRole Role, int Order, string? Doubt = null);

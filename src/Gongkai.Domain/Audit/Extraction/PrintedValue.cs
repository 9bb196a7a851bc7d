using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>A value cell as printed: what it reads as and where it stands.</summary>
internal readonly record struct PrintedValue(Figure Figure, SourceLocation Source)
{
    /// <summary>Whether the text can be a table value (a number, a blank, "/", "—", "无").</summary>
    public bool IsValue => Figure.Kind != FigureKind.Text;
}

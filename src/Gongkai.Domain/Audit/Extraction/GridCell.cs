using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Extraction;

/// <summary>One slot of a table grid as printed (HTML, DOCX or a pipe table); merged cells repeat their text with <see cref="IsOrigin"/> false.</summary>
internal readonly record struct GridCell(string Text, SourceLocation Location, bool IsOrigin = true);
